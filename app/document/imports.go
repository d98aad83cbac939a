package document

import (
	"sort"
	"time"

	"daymark/data"
)

// The time import part of the export (version 6): the rules, the tracker
// mappings and settings, and what imports remember.

// ImportRule is a calendar rule; an empty dimension skips the event.
type ImportRule struct {
	Field     string `json:"field"`
	Op        string `json:"op"`
	Pattern   string `json:"pattern"`
	Dimension string `json:"dimension"`
}

// TrackerMapping maps a time tracker's project or tag to a
// dimension; an empty dimension skips its entries.
type TrackerMapping struct {
	Kind      string `json:"kind"`
	Name      string `json:"name"`
	Dimension string `json:"dimension"`
}

// ImportSettings are where unmatched events go (empty: skipped),
// whether and how long all-day events count, and the person's addresses.
type ImportSettings struct {
	Unmatched     string   `json:"unmatched"`
	AllDay        bool     `json:"all_day"`
	AllDayMinutes int      `json:"all_day_minutes"`
	Emails        []string `json:"emails"`
}

// ImportedEvent is an event's part on a day, as an import
// remembers it; start and end are RFC 3339 in UTC.
type ImportedEvent struct {
	Source     string `json:"source"`
	UID        string `json:"uid"`
	Occurrence string `json:"occurrence"`
	Date       string `json:"date"`
	Start      string `json:"start"`
	End        string `json:"end"`
	Title      string `json:"title"`
	Dimension  string `json:"dimension"`
}

// ImportedDay is the actual minutes the last import set on a day.
type ImportedDay struct {
	Date    string         `json:"date"`
	Minutes map[string]int `json:"minutes"`
}

func (doc *Export) addImports(c data.Contents, names map[int64]string) {
	doc.ImportRules = []ImportRule{}
	doc.TrackerMappings = []TrackerMapping{}
	if r := c.ImportRules; r != nil {
		for _, rule := range r.Rules {
			doc.ImportRules = append(doc.ImportRules, ImportRule{Field: rule.Field, Op: rule.Op, Pattern: rule.Pattern, Dimension: names[rule.DimensionID]})
		}
		mappings := append([]data.Mapping{}, r.Mappings...)
		data.SortMappings(mappings)
		for _, m := range mappings {
			doc.TrackerMappings = append(doc.TrackerMappings, TrackerMapping{Kind: m.Kind, Name: m.Name, Dimension: names[m.DimensionID]})
		}
		doc.ImportSettings = &ImportSettings{Unmatched: names[r.Unmatched], AllDay: r.AllDay, AllDayMinutes: r.AllDayMinutes, Emails: append([]string{}, r.Emails...)}
	}
	doc.ImportedEvents = make([]ImportedEvent, 0, len(c.ImportedEvents))
	for _, e := range c.ImportedEvents {
		doc.ImportedEvents = append(doc.ImportedEvents, ImportedEvent{
			Source: e.Source, UID: e.UID, Occurrence: e.Occurrence, Date: e.Date.String(),
			Start: e.Start.UTC().Format(time.RFC3339), End: e.End.UTC().Format(time.RFC3339), Title: e.Title, Dimension: names[e.DimensionID],
		})
	}
	doc.ImportedMinutes = make([]ImportedDay, 0, len(c.ImportedDays))
	for _, d := range c.ImportedDays {
		m := map[string]int{}
		for id, minutes := range d.Minutes {
			if minutes != 0 {
				m[names[id]] = minutes
			}
		}
		doc.ImportedMinutes = append(doc.ImportedMinutes, ImportedDay{Date: d.Date.String(), Minutes: m})
	}
}

// importContents reads the time import part; a file without rules or
// settings (before version 6) gets the starter rules.
func (doc Export) importContents(c *data.Contents, ids map[string]int64) error {
	if doc.ImportRules == nil && doc.TrackerMappings == nil && doc.ImportSettings == nil {
		starters := data.StarterRules(c.Dimensions)
		c.ImportRules = &starters
	} else {
		r, err := doc.importRules(ids)
		if err != nil {
			return err
		}
		c.ImportRules = &r
	}
	return doc.importedContents(c, ids)
}

// optionalDimension returns the id of the dimension named name, 0 for no
// name, or where the file names one it does not hold.
func optionalDimension(ids map[string]int64, where, name string) (int64, error) {
	if name == "" {
		return 0, nil
	}
	id, ok := ids[name]
	if !ok {
		return 0, data.Errorf(data.EInvalid, "%s: it names “%s”, which is not one of the file's dimensions", where, name)
	}
	return id, nil
}

// importRules reads the person's rules, tracker mappings and settings.
func (doc Export) importRules(ids map[string]int64) (data.ImportRules, error) {
	r := data.ImportRules{AllDayMinutes: data.DefaultAllDayMinutes}
	for i, dr := range doc.ImportRules {
		id, err := optionalDimension(ids, at("import_rules", i), dr.Dimension)
		if err != nil {
			return r, err
		}
		r.Rules = append(r.Rules, data.Rule{Field: dr.Field, Op: dr.Op, Pattern: dr.Pattern, DimensionID: id})
	}
	for i, dm := range doc.TrackerMappings {
		id, err := optionalDimension(ids, at("tracker_mappings", i), dm.Dimension)
		if err != nil {
			return r, err
		}
		r.Mappings = append(r.Mappings, data.Mapping{Kind: dm.Kind, Name: dm.Name, DimensionID: id})
	}
	if s := doc.ImportSettings; s != nil {
		id, err := optionalDimension(ids, "import_settings", s.Unmatched)
		if err != nil {
			return r, err
		}
		r.Unmatched, r.AllDay, r.AllDayMinutes, r.Emails = id, s.AllDay, s.AllDayMinutes, s.Emails
	}
	r.Normalize()
	return r, nil
}

// importedContents reads the events imported before and the minutes each
// day's import set.
func (doc Export) importedContents(c *data.Contents, ids map[string]int64) error {
	for i, de := range doc.ImportedEvents {
		where := at("imported_events", i)
		date, err := data.ParseDate(de.Date)
		if err != nil {
			return data.Errorf(data.EInvalid, "%s: date: %s", where, data.ErrorMessage(err))
		}
		var stamps [2]time.Time
		for j, s := range []string{de.Start, de.End} {
			if stamps[j], err = time.Parse(time.RFC3339, s); err != nil {
				return data.Errorf(data.EInvalid, "%s: “%s” is not a time: write it as 2026-11-02T09:30:00Z", where, s)
			}
			stamps[j] = stamps[j].UTC().Truncate(time.Second) // as the database keeps it
		}
		id, err := optionalDimension(ids, where, de.Dimension)
		if err != nil {
			return err
		}
		c.ImportedEvents = append(c.ImportedEvents, data.ImportedEvent{Source: de.Source, UID: de.UID, Occurrence: de.Occurrence, Date: date,
			Start: stamps[0], End: stamps[1], Title: de.Title, DimensionID: id})
	}
	sort.SliceStable(c.ImportedEvents, func(i, j int) bool { return c.ImportedEvents[i].Before(c.ImportedEvents[j]) })
	for i, dd := range doc.ImportedMinutes {
		where := at("imported_minutes", i)
		date, err := data.ParseDate(dd.Date)
		if err != nil {
			return data.Errorf(data.EInvalid, "%s: date: %s", where, data.ErrorMessage(err))
		}
		d := data.ImportedDay{Date: date, Minutes: map[int64]int{}}
		for name, m := range dd.Minutes {
			id, err := optionalDimension(ids, where, name)
			if err != nil || id == 0 {
				return data.Errorf(data.EInvalid, "%s: it names “%s”, which is not one of the file's dimensions", where, name)
			}
			d.Minutes[id] = m
		}
		c.ImportedDays = append(c.ImportedDays, d)
	}
	sort.SliceStable(c.ImportedDays, func(i, j int) bool { return c.ImportedDays[i].Date.Before(c.ImportedDays[j].Date) })
	return nil
}
