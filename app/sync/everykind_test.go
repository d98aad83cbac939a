package sync

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"daymark/data"
)

// everyKind returns contents with something of every kind the export
// carries: each list of data.Contents has items.
func everyKind() data.Contents {
	dims := []data.Dimension{
		{ID: 1, Name: "Family", Description: "Évenings 🏡 \"home\"", Colour: "#112233", Position: 1},
		{ID: 2, Name: "Team", Colour: "#445566", Position: 2},
		{ID: 3, Name: "Old work", Colour: "#778899", Position: 3, Archived: true},
	}
	d1 := data.NewDay(data.NewDate(2025, 12, 31))
	d1.Note = "line one\nline two, with “quotes” and 😀"
	d1.Planned = map[int64]int{1: 120, 2: 300}
	d1.Actual = map[int64]int{2: 360, 3: 15}
	d1.Timed = map[int64]int{2: 60}
	d2 := data.NewDay(data.NewDate(2026, 1, 1))
	d2.Note = strings.Repeat("long ", 200)
	d2.Actual, d2.Timed = map[int64]int{2: 100}, map[int64]int{2: 90}
	night := time.Date(2025, 12, 31, 23, 0, 0, 0, time.UTC)
	start := time.Date(2025, 12, 31, 9, 0, 0, 0, time.UTC)
	intervals := []data.Interval{
		{ID: strings.Repeat("ab", 16), DimensionID: 2, Start: night, End: night.Add(150 * time.Minute), Note: "release night"},
		{ID: strings.Repeat("cd", 16), DimensionID: 1, Start: night.Add(10 * time.Hour)},
	}
	ideal := data.NewIdealWeek(data.NewDate(2025, 6, 2))
	ideal.Minutes[time.Monday] = map[int64]int{1: 120, 2: 300}
	ideal.Minutes[time.Saturday] = map[int64]int{1: 600, 3: 30}
	feeling, confidence := -1, 7
	return data.Contents{
		Dimensions: dims,
		Days:       []data.Day{d1, d2},
		Targets:    []data.Target{{From: data.NewDate(2025, 1, 1), Minutes: map[int64]int{1: 240, 2: 300}}, {From: data.NewDate(2025, 7, 1), Minutes: map[int64]int{2: 360}}},
		Focus:      []data.Focus{{Started: data.NewDate(2025, 2, 3), DimensionID: 2, Reason: "a new team\nneeds me"}},
		Values: []data.Value{
			{ID: 10, Kind: data.Personal, Name: "Trust", Meaning: "say what I mean", Behaviours: "share bad news early\nadmit mistakes", Slippery: "spin", Rank: 1},
			{ID: 11, Kind: data.Personal, Name: "Equity", Rank: 2, Archived: true},
			{ID: 20, Kind: data.Organisational, Name: "Speed", Rank: 1},
		},
		Ratings:        []data.Rating{{PersonalID: 10, OrganisationalID: 20, Rating: -2}},
		Snapshots:      []data.Snapshot{{Date: data.NewDate(2025, 3, 1), Matrix: data.Matrix{Personal: []int64{10}, Organisational: []int64{20}, Ratings: []data.Rating{{PersonalID: 10, OrganisationalID: 20, Rating: -1}}}}},
		Prompts:        []data.Prompt{{ID: 1, Text: "Built in?", Builtin: true, Position: 1}, {ID: 5, Text: "Mine", Position: 2, Archived: true}},
		Reflections:    []data.Reflection{{ID: 3, PromptID: 5, Date: data.NewDate(2025, 3, 2), Answer: "yes"}},
		Contexts:       []data.ValueContext{{ID: 7, Name: "Team", ParentID: 8, Position: 1}, {ID: 8, Name: "Org", Definition: "profit", Position: 2}},
		Contradictions: []data.Contradiction{{FirstID: 7, SecondID: 8, Note: "speed"}},
		Decisions: []data.Decision{{ID: 1, Date: data.NewDate(2025, 12, 30), Title: "Delay the launch", Situation: "quality", Options: "ship\nwait",
			Choice: "wait", Rationale: "trust", DimensionID: 2, Feeling: &feeling, FeelingNote: "uneasy", Confidence: &confidence, SharedWith: "the team",
			ReviewOn: data.NewDate(2026, 2, 1), Outcome: "fine", Learnt: "ask", Honoured: []int64{10}, Compromised: []int64{20}}},
		Sessions: []data.Session{{ID: 4, Date: data.NewDate(2025, 12, 1), Coach: "Ana", Agenda: "saying no", Notes: "private", Questions: "how?",
			Actions: []data.Action{{ID: 9, Text: "Say no once a week", Due: data.NewDate(2025, 12, 15), Done: data.NewDate(2025, 12, 10)}, {ID: 10, Text: "Read"}}}},
		ImportRules: &data.ImportRules{
			Rules:    []data.Rule{{Field: data.FieldTitle, Op: data.OpContains, Pattern: "1:1", DimensionID: 2}, {Field: data.FieldAttendees, Op: data.OpAtLeast, Pattern: "9"}},
			Mappings: []data.Mapping{{Kind: data.MappingProject, Name: "Hiring", DimensionID: 2}, {Kind: data.MappingTag, Name: "home", DimensionID: 1}},
			AllDay:   true, AllDayMinutes: 240, Emails: []string{"me@example.com"}, Unmatched: 3,
		},
		ImportedEvents: []data.ImportedEvent{
			{Source: "Work", UID: "a@x", Occurrence: "20251231T090000Z", Date: data.NewDate(2025, 12, 31), Start: start, End: start.Add(time.Hour), Title: "1:1 Sam", DimensionID: 2},
			{Source: "Work", UID: "b@x", Date: data.NewDate(2025, 12, 31), Start: start.Add(time.Hour), End: start.Add(2 * time.Hour), Title: "Plan", DimensionID: 3},
		},
		ImportedDays: []data.ImportedDay{{Date: data.NewDate(2025, 12, 31), Minutes: map[int64]int{2: 60, 3: 15}}},
		Intervals:    intervals,
		TimedParts: []data.TimedPart{
			{IntervalID: intervals[0].ID, Date: data.NewDate(2025, 12, 31), DimensionID: 2, Minutes: 60},
			{IntervalID: intervals[0].ID, Date: data.NewDate(2026, 1, 1), DimensionID: 2, Minutes: 90},
		},
		IdealWeeks: []data.IdealWeek{ideal, data.NewIdealWeek(data.NewDate(2025, 9, 1))},
		Reviews: []data.Review{{From: data.NewDate(2025, 12, 29), To: data.NewDate(2026, 1, 4), SavedAt: time.Date(2026, 1, 2, 16, 30, 5, 0, time.UTC),
			Answers: []data.ReviewAnswer{{Prompt: "Built in?", Answer: "Mostly"}},
			Focus:   data.ReviewFocus{DimensionID: 2, Reason: "a new team"},
			Actions: []data.ReviewAction{{Text: "Say no", Due: data.NewDate(2025, 12, 30), Done: true}, {Text: "Read", CarriedTo: data.NewDate(2026, 1, 11)}},
			Notes:   "a good week",
			Figures: data.FrozenWeek{Dimensions: []data.FrozenDimension{{Name: "Family", Colour: "#112233"}},
				Days: []data.FrozenDay{{Date: data.NewDate(2025, 12, 31), Planned: map[string]int{"Family": 120}, Actual: map[string]int{}, Target: map[string]int{"Family": 240}}}, Focus: "Family"}}},
	}
}

// kinds returns the lists of contents by name, and how many items each has.
func lists(c data.Contents) map[string]int {
	out := map[string]int{}
	v := reflect.ValueOf(c)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Slice:
			out[v.Type().Field(i).Name] = f.Len()
		case reflect.Pointer:
			if !f.IsNil() {
				out[v.Type().Field(i).Name] = 1
			} else {
				out[v.Type().Field(i).Name] = 0
			}
		}
	}
	return out
}

func TestEveryKindOfTheExportRoundTripsThroughSync(t *testing.T) {
	ctx := context.Background()
	dir := folder(t)
	a, b := newDevice(t, "a"), newDevice(t, "b")
	if err := a.store.Replace(ctx, everyKind()); err != nil {
		t.Fatal(err)
	}
	have, err := a.store.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Every list of the export's Contents has items here: a kind added later
	// without items (and so, perhaps, without sync) fails here first.
	for name, n := range lists(have) {
		if n == 0 {
			t.Errorf("the test data has no %s: add some, so that syncing them is tested", name)
		}
	}
	a.round(dir)
	b.round(dir)
	same(t, a, b)
	got, err := b.store.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := lists(have); !reflect.DeepEqual(lists(got), want) {
		t.Errorf("after sync the other device holds %v, want %v", lists(got), want)
	}

	// And back: everything changed on b comes to a.
	c := b.syncer
	_ = c
	for _, d := range []*device{a, b} {
		if rep := d.round(dir); rep.Conflicts != 0 {
			t.Errorf("conflicts: %+v\n%+v", rep, d.conflicts())
		}
	}
	same(t, a, b)
}

func (d *device) conflicts() []Conflict {
	d.t.Helper()
	list, err := d.syncer.Conflicts(context.Background())
	if err != nil {
		d.t.Fatal(err)
	}
	return list
}
