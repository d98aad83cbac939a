package data

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
)

func sampleContents() Contents {
	dims := []Dimension{
		{ID: 1, Name: "Family", Description: "Évenings 🏡 \"home\"", Colour: "#112233", Position: 1},
		{ID: 2, Name: "Team", Colour: "#445566", Position: 2},
		{ID: 3, Name: "Old work", Colour: "#778899", Position: 7, Archived: true},
	}
	d1 := NewDay(NewDate(2025, 12, 31))
	d1.Note = "line one\nline two, with “quotes” and 😀"
	d1.Planned = map[int64]int{1: 120, 2: 300}
	d1.Actual = map[int64]int{2: 360, 3: 15}
	d2 := NewDay(NewDate(2026, 1, 1))
	d2.Note = strings.Repeat("long ", 2000)
	targets := []Target{
		{From: NewDate(2025, 1, 1), Minutes: map[int64]int{1: 240, 2: 300}},
		{From: NewDate(2025, 7, 1), Minutes: map[int64]int{2: 360}},
	}
	focus := []Focus{{Started: NewDate(2025, 2, 3), DimensionID: 2, Reason: "a new team\nneeds me"}}
	values := []Value{
		{ID: 10, Kind: Personal, Name: "Trust", Meaning: "say what I mean", Behaviours: "share bad news early\nadmit mistakes", Slippery: "spin", Rank: 1},
		{ID: 11, Kind: Personal, Name: "Equity", Rank: 2, Archived: true},
		{ID: 20, Kind: Organisational, Name: "Speed", Rank: 1},
	}
	ratings := []Rating{{10, 20, -2}}
	snapshots := []Snapshot{{Date: NewDate(2025, 3, 1), Matrix: Matrix{Personal: []int64{10}, Organisational: []int64{20}, Ratings: []Rating{{10, 20, -1}}}}}
	prompts := []Prompt{{ID: 1, Text: "Built in?", Builtin: true, Position: 1}, {ID: 5, Text: "Mine", Position: 2, Archived: true}}
	reflections := []Reflection{{ID: 3, PromptID: 5, Date: NewDate(2025, 3, 2), Answer: "yes"}}
	contexts := []ValueContext{{ID: 7, Name: "Team", ParentID: 8, Position: 1}, {ID: 8, Name: "Org", Definition: "profit", Position: 2}}
	contradictions := []Contradiction{{FirstID: 7, SecondID: 8, Note: "speed"}}
	rules := &ImportRules{
		Rules:    []Rule{{Field: FieldTitle, Op: OpContains, Pattern: "1:1", DimensionID: 2}, {Field: FieldAttendees, Op: OpAtLeast, Pattern: "9", DimensionID: 0}},
		Mappings: []Mapping{{Kind: MappingProject, Name: "Hiring", DimensionID: 2}, {Kind: MappingTag, Name: "home", DimensionID: 1}},
		AllDay:   true, AllDayMinutes: 240, Emails: []string{"me@example.com"}, Unmatched: 3,
	}
	start := time.Date(2025, 12, 31, 9, 0, 0, 0, time.UTC)
	events := []ImportedEvent{
		{Source: "Work", UID: "a@x", Occurrence: "20251231T090000Z", Date: NewDate(2025, 12, 31), Start: start, End: start.Add(time.Hour), Title: "1:1 Sam", DimensionID: 2},
		{Source: "Work", UID: "b@x", Date: NewDate(2025, 12, 31), Start: start.Add(time.Hour), End: start.Add(2 * time.Hour), Title: "Plan", DimensionID: 3},
	}
	imported := []ImportedDay{{Date: NewDate(2025, 12, 31), Minutes: map[int64]int{2: 60, 3: 15}}}
	// Team timed from 23:00 to 01:30 across the new year, then Family running.
	night := time.Date(2025, 12, 31, 23, 0, 0, 0, time.UTC)
	intervals := []Interval{
		{ID: strings.Repeat("ab", 16), DimensionID: 2, Start: night, End: night.Add(150 * time.Minute), Note: "release night"},
		{ID: strings.Repeat("cd", 16), DimensionID: 1, Start: night.Add(10 * time.Hour)},
	}
	parts := []TimedPart{
		{IntervalID: intervals[0].ID, Date: NewDate(2025, 12, 31), DimensionID: 2, Minutes: 60},
		{IntervalID: intervals[0].ID, Date: NewDate(2026, 1, 1), DimensionID: 2, Minutes: 90},
	}
	d1.Timed = map[int64]int{2: 60}
	d2.Actual, d2.Timed = map[int64]int{2: 100}, map[int64]int{2: 90}
	ideal := NewIdealWeek(NewDate(2025, 6, 2))
	ideal.Minutes[time.Monday] = map[int64]int{1: 120, 2: 300}
	ideal.Minutes[time.Saturday] = map[int64]int{1: 600, 3: 30}
	ideals := []IdealWeek{ideal, NewIdealWeek(NewDate(2025, 9, 1))} // the second plans nothing, and is kept
	reviews := []Review{{From: NewDate(2025, 12, 29), To: NewDate(2026, 1, 4), SavedAt: time.Date(2026, 1, 2, 16, 30, 5, 0, time.UTC),
		Answers: []ReviewAnswer{{Prompt: "Built in?", Answer: "Mostly,\nbut not on Fridays"}, {Prompt: "Since removed?", Answer: "yes"}},
		Focus:   ReviewFocus{DimensionID: 2, Reason: "a new team"},
		Actions: []ReviewAction{{Text: "Say no", Due: NewDate(2025, 12, 30), Done: true}, {Text: "Read “the book”", CarriedTo: NewDate(2026, 1, 11)}},
		Notes:   "a good week 😀",
		Figures: FrozenWeek{
			Dimensions: []FrozenDimension{{Name: "Family", Colour: "#112233"}, {Name: "Team, as it was", Colour: "#445566", Archived: true}},
			Days: []FrozenDay{
				{Date: NewDate(2025, 12, 31), Planned: map[string]int{"Family": 120}, Actual: map[string]int{"Team, as it was": 360}, Target: map[string]int{"Family": 240}},
				{Date: NewDate(2026, 1, 1), Planned: map[string]int{}, Actual: map[string]int{}, Target: map[string]int{}},
			},
			Focus: "Team, as it was"},
	}}
	sessions := []Session{{ID: 4, Date: NewDate(2025, 12, 1), Coach: "Ana", Agenda: "saying no", Notes: "private", Questions: "how?",
		Actions: []Action{{ID: 9, Text: "Say no once a week", Due: NewDate(2025, 12, 15), Done: NewDate(2025, 12, 10)}, {ID: 10, Text: "Read"}}}}
	return Contents{Dimensions: dims, Days: []Day{d1, d2}, Targets: targets, Focus: focus, Sessions: sessions,
		IdealWeeks: ideals, Reviews: reviews,
		Values: values, Ratings: ratings, Snapshots: snapshots, Prompts: prompts, Reflections: reflections,
		Contexts: contexts, Contradictions: contradictions,
		ImportRules: rules, ImportedEvents: events, ImportedDays: imported,
		Intervals: intervals, TimedParts: parts}
}

func TestReplaceAndContentsRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	in := sampleContents()
	if err := s.Replace(ctx, in); err != nil {
		t.Fatal(err)
	}
	out, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in.Dimensions, out.Dimensions) {
		t.Errorf("dimensions:\n got %+v\nwant %+v", out.Dimensions, in.Dimensions)
	}
	if len(out.Days) != 2 || !in.Days[0].Equal(out.Days[0]) || !in.Days[1].Equal(out.Days[1]) {
		t.Errorf("days:\n got %+v\nwant %+v", out.Days, in.Days)
	}
	if !reflect.DeepEqual(in.Targets, out.Targets) || !reflect.DeepEqual(in.Focus, out.Focus) {
		t.Errorf("targets and focus:\n got %+v %+v\nwant %+v %+v", out.Targets, out.Focus, in.Targets, in.Focus)
	}
	for name, pair := range map[string][2]any{
		"values": {in.Values, out.Values}, "ratings": {in.Ratings, out.Ratings}, "snapshots": {in.Snapshots, out.Snapshots},
		"prompts": {in.Prompts, out.Prompts}, "reflections": {in.Reflections, out.Reflections},
		"contexts": {in.Contexts, out.Contexts}, "contradictions": {in.Contradictions, out.Contradictions},
		"import rules": {in.ImportRules, out.ImportRules}, "imported events": {in.ImportedEvents, out.ImportedEvents},
		"imported minutes": {in.ImportedDays, out.ImportedDays},
		"timed intervals":  {in.Intervals, out.Intervals}, "timed minutes": {in.TimedParts, out.TimedParts},
		"sessions": {in.Sessions, out.Sessions}, "ideal weeks": {in.IdealWeeks, out.IdealWeeks}, "weekly reviews": {in.Reviews, out.Reviews},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s:\n got %+v\nwant %+v", name, pair[1], pair[0])
		}
	}
	if empty, _ := s.IsEmpty(ctx); empty {
		t.Error("a database with imported data says it is empty")
	}
}

func TestReplaceRefusesBadContentsAndChangesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	before, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}

	dupName := sampleContents()
	dupName.Dimensions[1].Name = "family"
	overDay := sampleContents()
	overDay.Days[1].Actual = map[int64]int{1: 1441}
	dupDate := sampleContents()
	dupDate.Days[1].Date = dupDate.Days[0].Date
	unknown := sampleContents()
	unknown.Days[0].Planned[9] = 5
	badColour := sampleContents()
	badColour.Dimensions[2].Colour = "red"
	overTarget := sampleContents()
	overTarget.Targets[1].Minutes[1] = 1200
	twoFocus := sampleContents()
	twoFocus.Focus = append(twoFocus.Focus, twoFocus.Focus[0])
	focusUnknown := sampleContents()
	focusUnknown.Focus[0].DimensionID = 42
	crossRating := sampleContents()
	crossRating.Ratings = []Rating{{20, 10, 1}}
	loop := sampleContents()
	loop.Contexts[1].ParentID = 7
	orphan := sampleContents()
	orphan.Reflections[0].PromptID = 99
	badRule := sampleContents()
	badRule.ImportRules = &ImportRules{Rules: []Rule{{Field: FieldTitle, Op: OpPattern, Pattern: "(unclosed", DimensionID: 1}}, AllDayMinutes: 480}
	ruleUnknown := sampleContents()
	ruleUnknown.ImportRules.Rules[0].DimensionID = 42
	twiceRemembered := sampleContents()
	twiceRemembered.ImportedEvents[1].UID, twiceRemembered.ImportedEvents[1].Occurrence = "a@x", "20251231T090000Z"
	backwards := sampleContents()
	backwards.ImportedEvents[0].End = backwards.ImportedEvents[0].Start
	twoRunning := sampleContents()
	twoRunning.Intervals = append(twoRunning.Intervals, Interval{ID: strings.Repeat("ef", 16), DimensionID: 3, Start: time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)})
	overlapping := sampleContents()
	overlapping.Intervals[1].Start = overlapping.Intervals[0].End.Add(-time.Minute)
	timedOverActual := sampleContents()
	timedOverActual.Days[1].Actual[2], timedOverActual.Days[1].Timed = 80, nil
	partsOverLength := sampleContents()
	partsOverLength.TimedParts[1].Minutes = 91
	seconds := sampleContents()
	seconds.Intervals[0].Start = seconds.Intervals[0].Start.Add(time.Second)
	badID := sampleContents()
	badID.Intervals[0].ID = "1"
	cases := []struct {
		name string
		c    Contents
		want string
	}{
		{"duplicate name", dupName, "dimensions[1] (family): the name “family” is used twice"},
		{"over 1440", overDay, "days[1] (2026-01-01): actual minutes add up to 1441"},
		{"duplicate date", dupDate, "days[1] (2025-12-31): the date 2025-12-31 is there twice"},
		{"unknown dimension", unknown, "days[0] (2025-12-31): it names a dimension that is not in the file"},
		{"bad colour", badColour, "dimensions[2] (Old work): the colour “RED” is not a colour"},
		{"target over 1440", overTarget, "targets[1] (2025-07-01): the targets add up to 1560 minutes"},
		{"two focuses on a day", twoFocus, "focus[1] (2025-02-03): two focuses start on 2025-02-03"},
		{"focus on an unknown dimension", focusUnknown, "focus[0] (2025-02-03): it names a dimension that is not in the file"},
		{"a rating the wrong way round", crossRating, "alignment[0]: a rating pairs a personal value with an organisational one of the file"},
		{"contexts inside each other", loop, "contexts[0] (Team): “Team” cannot sit inside a context that sits inside it"},
		{"an answer to no prompt", orphan, "reflections[0] (2025-03-02): it answers a prompt that is not in the file"},
		{"a rule that is no pattern", badRule, "import_rules[0]: Rule 1: “(unclosed” is not a pattern (a regular expression): missing closing )"},
		{"a rule naming no dimension of the file", ruleUnknown, "import_rules[0] (1:1): it names a dimension that is not in the file"},
		{"an occurrence remembered twice", twiceRemembered, "imported_events[1] (Plan): the same occurrence is there twice on 2025-12-31"},
		{"an event ending as it starts", backwards, "imported_events[0] (1:1 Sam): it ends before it starts"},
		{"two timers running", twoRunning, "timed_intervals[2] (2026-02-01T09:00:00Z): two timers run at once (this one and timed_intervals[1])"},
		{"overlapping intervals", overlapping, "timed_intervals[1] (2026-01-01T01:29:00Z): it overlaps timed_intervals[0]"},
		{"timed over the actual minutes", timedOverActual, "timed_intervals[0] (2025-12-31T23:00:00Z): 2026-01-01 holds 80 actual minutes of its dimension, fewer than the 90 timed then"},
		{"minutes longer than the interval", partsOverLength, "timed_intervals[0] (2025-12-31T23:00:00Z): its minutes per day add up to more than it lasted (150 minutes)"},
		{"seconds", seconds, "timed_intervals[0] (2025-12-31T23:00:01Z): the interval's times must be whole minutes"},
		{"an ID that is not one", badID, "timed_intervals[0] (2025-12-31T23:00:00Z): the interval's ID (“1”) is not 32 hexadecimal digits"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := s.Replace(ctx, c.c)
			if err == nil || ErrorMessage(err) != c.want && !strings.Contains(ErrorMessage(err), c.want) {
				t.Errorf("error = %v, want %q", err, c.want)
			}
		})
	}
	after, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Error("a refused replace changed the database")
	}
	if r, _ := s.Revision(ctx); r != rev {
		t.Errorf("revision moved from %d to %d", rev, r)
	}
}

func TestRevisionCountsThePersonsChangesOnly(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if r, err := s.Revision(ctx); err != nil || r != 0 {
		t.Fatalf("a new database has revision %d, %v", r, err)
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 2, 2), dims[0].ID, 10, 0)); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 2, 3), dims[0].ID, 10, 0)); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 2, 4), dims[0].ID, 5000, 0)); err == nil {
		t.Fatal("a day of 5000 minutes was saved")
	}
	if r, _ := s.Revision(ctx); r != 2 {
		t.Errorf("revision = %d after two saves and a refusal, want 2", r)
	}
}

func TestIsEmptyCountsChangedDimensions(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if empty, _ := s.IsEmpty(ctx); !empty {
		t.Fatal("a new database is not empty")
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dims[1].Name = "Team"
	if err := s.UpdateDimension(ctx, dims[1]); err != nil {
		t.Fatal(err)
	}
	if empty, _ := s.IsEmpty(ctx); empty {
		t.Error("a renamed dimension does not count as data")
	}
}
