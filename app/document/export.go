package document

import (
	"context"
	"encoding/json"
	"io"
	"time"

	"daymark/data"
)

// ExportFormat names Daymark's export files; ExportVersion is the version of
// their shape this build writes. It goes up when the shape changes; import
// reads every version up to it.
const (
	ExportFormat  = "daymark"
	ExportVersion = 8 // 2 added targets and focus; 3 values, alignment, reflections and contexts; 4 decisions; 5 sessions; 6 time import; 7 timed intervals; 8 the ideal week and weekly reviews
)

// Export is the JSON export: everything in the database, with dimensions
// referred to by name so a person can read and edit the file. The format is
// described in docs/export-format.md.
type Export struct {
	Format     string      `json:"format"`
	Version    int         `json:"version"`
	ExportedAt string      `json:"exported_at"`
	Dimensions []Dimension `json:"dimensions"`
	Days       []Day       `json:"days"`
	Targets    []Target    `json:"targets"`
	Focus      []Focus     `json:"focus"`

	Values           []Value         `json:"values"`
	Alignment        []Rating        `json:"alignment"`
	AlignmentHistory []Snapshot      `json:"alignment_history"`
	Prompts          []Prompt        `json:"prompts"`
	Reflections      []Reflection    `json:"reflections"`
	Contexts         []Context       `json:"contexts"`
	Contradictions   []Contradiction `json:"contradictions"`

	Decisions []Decision `json:"decisions"`
	Sessions  []Session  `json:"sessions"`

	ImportRules     []ImportRule     `json:"import_rules"`
	TrackerMappings []TrackerMapping `json:"tracker_mappings"`
	ImportSettings  *ImportSettings  `json:"import_settings"`
	ImportedEvents  []ImportedEvent  `json:"imported_events"`
	ImportedMinutes []ImportedDay    `json:"imported_minutes"`

	TimedIntervals []Interval `json:"timed_intervals"`

	IdealWeeks    []IdealWeek `json:"ideal_weeks"`
	WeeklyReviews []Review    `json:"weekly_reviews"`
}

// Dimension is a dimension in the export.
type Dimension struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Colour      string `json:"colour"`
	Position    int    `json:"position"`
	Archived    bool   `json:"archived"`
}

// Day is a day in the export: minutes by dimension name, zeros left out.
type Day struct {
	Date    string         `json:"date"`
	Note    string         `json:"note"`
	Planned map[string]int `json:"planned"`
	Actual  map[string]int `json:"actual"`
}

// Target is a target version in the export: minutes per day by
// dimension name, in force from a date.
type Target struct {
	EffectiveFrom string         `json:"effective_from"`
	Minutes       map[string]int `json:"minutes"`
}

// Focus is a focus in the export.
type Focus struct {
	Started   string `json:"started"`
	Dimension string `json:"dimension"`
	Reason    string `json:"reason"`
}

// ExportJSON writes everything in the database to w as an Export.
func ExportJSON(ctx context.Context, store *data.Store, w io.Writer) error {
	c, err := store.Contents(ctx)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewExport(c, time.Now()))
}

// NewExport turns the database's contents into an export made at t.
func NewExport(c data.Contents, t time.Time) Export {
	doc := Export{
		Format:     ExportFormat,
		Version:    ExportVersion,
		ExportedAt: t.UTC().Format(time.RFC3339),
		Dimensions: make([]Dimension, 0, len(c.Dimensions)),
		Days:       make([]Day, 0, len(c.Days)),
		Targets:    make([]Target, 0, len(c.Targets)),
		Focus:      make([]Focus, 0, len(c.Focus)),
	}
	names := map[int64]string{}
	for _, d := range c.Dimensions {
		names[d.ID] = d.Name
		doc.Dimensions = append(doc.Dimensions, Dimension{
			Name: d.Name, Description: d.Description, Colour: d.Colour, Position: d.Position, Archived: d.Archived,
		})
	}
	byName := func(m map[int64]int) map[string]int {
		out := make(map[string]int, len(m))
		for id, minutes := range m {
			if minutes != 0 {
				out[names[id]] = minutes
			}
		}
		return out
	}
	for _, d := range c.Days {
		doc.Days = append(doc.Days, Day{Date: d.Date.String(), Note: d.Note, Planned: byName(d.Planned), Actual: byName(d.Actual)})
	}
	for _, t := range c.Targets {
		doc.Targets = append(doc.Targets, Target{EffectiveFrom: t.From.String(), Minutes: byName(t.Minutes)})
	}
	for _, f := range c.Focus {
		doc.Focus = append(doc.Focus, Focus{Started: f.Started.String(), Dimension: names[f.DimensionID], Reason: f.Reason})
	}
	doc.addValues(c)
	doc.addDecisions(c)
	doc.addSessions(c)
	doc.addImports(c, names)
	doc.addTimer(c, names)
	doc.addWeek(c, names)
	return doc
}
