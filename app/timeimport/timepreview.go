package timeimport

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"daymark/app"
	"daymark/data"
)

// Importer is the use cases of filling actual time from a calendar or a
// time tracker: the rules, a preview of a file, and applying it.
type Importer struct {
	store *data.Store
	// Location is the person's time zone: days run from midnight to
	// midnight in it, and floating times are read in it. time.Local unless
	// set (tests set it, so they hold in every zone).
	Location *time.Location
}

// NewImporter returns the time import use cases over store.
func NewImporter(store *data.Store) *Importer {
	return &Importer{store: store, Location: time.Local}
}

// Rules returns the import rules, mappings and settings.
func (t *Importer) Rules(ctx context.Context) (data.ImportRules, error) {
	return t.store.ImportRules(ctx)
}

// SaveRules replaces the import rules, mappings and settings.
func (t *Importer) SaveRules(ctx context.Context, r data.ImportRules) error {
	return t.store.SaveImportRules(ctx, r)
}

// Dimensions returns every dimension, for the rules' choices.
func (t *Importer) Dimensions(ctx context.Context) ([]data.Dimension, error) {
	return t.store.Dimensions(ctx)
}

// A PreviewRequest says which days to fill, and what happens to actual
// minutes typed by hand: kept (Keep), or replaced by the file's.
type PreviewRequest struct {
	From, To data.Date
	Keep     bool
	Progress func(fraction float64) // nil, or told how far reading has come
}

// A Preview is what importing a file would do, before anything is written.
type Preview struct {
	Reading
	File      string // the file's name
	From, To  data.Date
	Keep      bool
	Days      []PreviewDay // the days whose actual minutes would be set, by date
	Counted   int          // items counted
	Unmatched []Item       // items no rule or mapping matched
	RuleSkips []Item       // items a rule without a dimension skipped
	Unmatch   int64        // where unmatched items go; 0: skipped
	batch     data.ImportBatch
}

// A PreviewDay is a day's actual minutes before and after the import, and
// the events behind them.
type PreviewDay struct {
	Date          data.Date
	Before, After map[int64]int  // actual minutes by dimension
	Events        map[int64]int  // the minutes of the day's events, overlaps counted once
	Kept          map[int64]bool // dimensions whose minutes typed by hand are kept
	Trimmed       int            // minutes of events left out to keep the day to 1440
	Timed         map[int64]int  // the day's timed minutes: they stay, and win over the events
	UnderTimer    int            // minutes of events the timer counted instead
	Items         []PreviewEvent // by start
}

// A PreviewEvent is an event's part on a day, the minutes it counts for
// once it shares overlapping time, and why it went to its dimension.
type PreviewEvent struct {
	data.ImportedEvent
	Minutes float64
	Why     string // the rule that matched, or where an event remembered from another file came from
	Earlier bool   // remembered from an earlier import of another file
}

// PreviewFile reads the file at path and previews importing it.
func (t *Importer) PreviewFile(ctx context.Context, path string, req PreviewRequest) (Preview, error) {
	f, err := os.Open(path)
	if err != nil {
		return Preview{}, data.Errorf(data.ENotFound, "cannot read %s", path)
	}
	defer f.Close()
	return t.Preview(ctx, filepath.Base(path), f, req)
}

// Preview reads a calendar or tracker file named name from r and works out
// what importing it would do between req.From and req.To, writing nothing.
func (t *Importer) Preview(ctx context.Context, name string, r io.Reader, req PreviewRequest) (Preview, error) {
	if err := (data.ImportBatch{Source: "-", From: req.From, To: req.To}).Validate(); err != nil {
		return Preview{}, err
	}
	raw, err := readTimeFile(r, "calendar or time tracker")
	if err != nil {
		return Preview{}, err
	}
	rules, err := t.store.ImportRules(ctx)
	if err != nil {
		return Preview{}, err
	}
	opts := ReadOptions{From: req.From, To: req.To, Location: t.location(), Rules: rules, Context: ctx}
	if req.Progress != nil {
		opts.Progress = func(f float64) { req.Progress(0.9 * f) }
	}
	var reading Reading
	switch FileKind(name, raw[:min(len(raw), fileHead)]) {
	case FileExport:
		return Preview{}, data.Errorf(data.EInvalid, "%s is a Daymark export, not a calendar or a time tracker's CSV: import it with File → Import… (or daymark import without --from and --to)", name)
	case FileCalendar:
		reading, err = ReadCalendar(bytes.NewReader(raw), opts)
	default:
		reading, err = ReadTracker(bytes.NewReader(raw), opts)
	}
	if err != nil {
		return Preview{}, err
	}
	if reading.Source == "" {
		reading.Source = strings.TrimSpace(strings.TrimSuffix(name, filepath.Ext(name)))
	}
	if reading.Source == "" {
		reading.Source = "calendar"
	}
	reading.Source = app.Clip(reading.Source, data.MaxImportSource)
	p := Preview{Reading: reading, File: name, From: req.From, To: req.To, Keep: req.Keep, Unmatch: rules.Unmatched}
	why := p.classify(rules, t.location())
	for _, list := range [][]Item{p.Unmatched, p.RuleSkips} {
		sort.SliceStable(list, func(i, j int) bool { return list[i].Start.Before(list[j].Start) })
	}
	sort.SliceStable(p.Skipped, func(i, j int) bool { return p.Skipped[i].Start.Before(p.Skipped[j].Start) })
	days, err := t.store.ImportState(ctx, p.batch)
	if err != nil {
		return Preview{}, err
	}
	for _, d := range days {
		p.Days = append(p.Days, p.day(d, why))
	}
	if req.Progress != nil {
		req.Progress(1)
	}
	return p, nil
}

func (t *Importer) location() *time.Location {
	if t.Location == nil {
		return time.Local
	}
	return t.Location
}

// classify sends the items to dimensions and cuts them per day into the
// batch; it returns why each part went where it did, by UID and occurrence.
func (p *Preview) classify(rules data.ImportRules, loc *time.Location) map[[2]string]string {
	c := newClassifier(rules)
	why := map[[2]string]string{}
	p.batch = data.ImportBatch{Source: p.Source, From: p.From, To: p.To}
	for _, it := range p.Items {
		classify := c.calendar
		if p.Kind != KindCalendar {
			classify = c.tracker
		}
		dim, reason, matched := classify(it)
		switch {
		case it.Free && !matched:
			p.Skipped = append(p.Skipped, Skipped{Item: it, Reason: SkipFree})
			continue
		case it.Free:
			reason += ", though shown as free"
		}
		if !matched {
			p.Unmatched = append(p.Unmatched, it)
		} else if dim == 0 {
			p.RuleSkips = append(p.RuleSkips, it)
		}
		if dim == 0 {
			continue
		}
		p.Counted++
		why[[2]string{it.UID, it.Occurrence}] = reason
		for _, part := range split(it, loc, p.From, p.To) {
			part.Source, part.DimensionID = p.Source, dim
			p.batch.Events = append(p.batch.Events, part)
		}
	}
	return why
}

// day previews one day the import changes.
func (p *Preview) day(d data.ImportDay, why map[[2]string]string) PreviewDay {
	s := settle(d, p.Keep)
	day := PreviewDay{Date: d.Day.Date, Before: d.Day.Actual, After: s.actual, Events: s.calendar, Kept: s.kept, Trimmed: s.trimmed,
		Timed: d.Timed, UnderTimer: s.timed}
	for i, e := range d.Events {
		pe := PreviewEvent{ImportedEvent: e, Minutes: s.each[i], Why: why[[2]string{e.UID, e.Occurrence}]}
		if e.Source != p.Source {
			pe.Earlier, pe.Why = true, "imported earlier from "+e.Source
		}
		day.Items = append(day.Items, pe)
	}
	return day
}

// Changed reports whether the day's actual minutes change.
func (d PreviewDay) Changed() bool {
	for _, m := range []map[int64]int{d.Before, d.After} {
		for id := range m {
			if d.Before[id] != d.After[id] {
				return true
			}
		}
	}
	return false
}

// A Result says what applying a preview did.
type Result struct {
	Days   int    // days whose actual minutes were set
	Backup string // the backup made first, when the database held data
}

// Apply writes what p previewed, in one transaction, after a backup when
// the database holds data. The days are worked out again from what the
// database holds at that moment, so nothing typed since the preview is
// lost unless the preview said to replace it.
func (t *Importer) Apply(ctx context.Context, p Preview) (Result, error) {
	var res Result
	if p.batch.Source == "" {
		return res, data.Errorf(data.EInvalid, "there is nothing to import: preview a file first")
	}
	empty, err := t.store.IsEmpty(ctx)
	if err != nil {
		return res, err
	}
	if !empty {
		b, err := t.store.Backup(ctx, "before-import")
		if err != nil {
			return res, err
		}
		res.Backup = b.Path
	}
	err = t.store.ApplyImport(ctx, p.batch, func(d data.ImportDay) (map[int64]int, map[int64]int, error) {
		s := settle(d, p.Keep)
		res.Days++
		return s.actual, s.imported, nil
	})
	if err != nil {
		return Result{Backup: res.Backup}, err
	}
	return res, nil
}
