// The helpers that several test files of this package share.

package document_test

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"daymark/app"
	"daymark/app/apptest"
	"daymark/app/document"
	"daymark/data"
)

// complete adds to an export written by hand the lists its version always
// has and that it leaves out, empty, so a test of one mistake meets only
// that mistake. A file that is not a JSON object comes back as it was.
func complete(t *testing.T, file string) string {
	t.Helper()
	var doc map[string]any
	if json.Unmarshal([]byte(file), &doc) != nil {
		return file
	}
	version, _ := doc["version"].(float64)
	for list, since := range document.ListsSince {
		if _, there := doc[list]; !there && int(version) >= since {
			doc[list] = []any{}
			if list == "import_settings" {
				doc[list] = nil
			}
		}
	}
	top := reflect.TypeOf(document.Export{}) // its lists are the version's: above
	for i := 0; i < top.NumField(); i++ {
		tag, _, _ := strings.Cut(top.Field(i).Tag.Get("json"), ",")
		if value, there := doc[tag]; there {
			fill(value, top.Field(i).Type)
		}
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// richStore is a database with everything a person can put in it: renamed,
// reordered, added and archived dimensions, and days with awkward notes.
func richStore(t testing.TB) *data.Store {
	t.Helper()
	store := apptest.OpenStore(t)
	ctx := context.Background()
	dims := app.NewDimensions(store)
	all, err := dims.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all[1].Name = "Team & “friends”"
	all[1].Description = "Line one\nline two\ttabbed, \"quoted\", emoji 🚀"
	if err := dims.Update(ctx, all[1]); err != nil {
		t.Fatal(err)
	}
	extra := data.Dimension{Name: "Écriture", Description: "=1+1 looks like a formula"}
	if err := dims.Create(ctx, &extra); err != nil {
		t.Fatal(err)
	}
	old := data.Dimension{Name: "Old job", Colour: "#123456", Archived: false}
	if err := dims.Create(ctx, &old); err != nil {
		t.Fatal(err)
	}
	if err := dims.Move(ctx, extra.ID, -2); err != nil {
		t.Fatal(err)
	}
	day1 := data.NewDay(data.NewDate(2024, 2, 29))
	day1.Note = "Leap day 🐸 — “quotes”, 'single', back\\slash,\ncomma, and a newline"
	day1.Planned = map[int64]int{all[0].ID: 120, all[1].ID: 240, extra.ID: 30, old.ID: 60}
	day1.Actual = map[int64]int{all[1].ID: 300, old.ID: 45}
	day2 := data.NewDay(data.NewDate(2026, 11, 22))
	day2.Note = strings.Repeat("Ω long note ", 833)
	day2.Actual = map[int64]int{all[0].ID: 1440}
	day3 := data.NewDay(data.NewDate(2025, 1, 1))
	day3.Note = "only a note"
	if err := store.SaveDays(ctx, []data.Day{day1, day2, day3}); err != nil {
		t.Fatal(err)
	}
	old.Archived = true
	if err := dims.Update(ctx, old); err != nil {
		t.Fatal(err)
	}
	for _, tg := range []data.Target{
		{From: data.NewDate(2024, 1, 1), Minutes: map[int64]int{all[0].ID: 240, all[1].ID: 180, old.ID: 60}},
		{From: data.NewDate(2025, 6, 1), Minutes: map[int64]int{all[0].ID: 300, extra.ID: 30}},
	} {
		if err := store.SaveTarget(ctx, tg); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.SetFocus(ctx, data.Focus{Started: data.NewDate(2025, 9, 1), DimensionID: all[1].ID, Reason: "new hires\nneed time"}); err != nil {
		t.Fatal(err)
	}
	addValues(t, store)
	addImports(t, store)
	addTimer(t, store)
	addWeek(t, store)
	return store
}

// addValues gives a store values of both kinds (one archived), ratings kept
// over two days, a prompt of the person's with answers, and value contexts
// inside each other with a contradiction.
func addValues(t testing.TB, store *data.Store) {
	t.Helper()
	ctx := context.Background()
	v := app.NewValues(store)
	day := data.NewDate(2025, 3, 1)
	v.Today = func() data.Date { return day }
	trust := data.Value{Kind: data.Personal, Name: "Trust", Meaning: "Say what I mean", Behaviours: "share bad news early\nadmit mistakes", Slippery: "spin"}
	equity := data.Value{Kind: data.Personal, Name: "Équité & “fairness”"}
	speed := data.Value{Kind: data.Organisational, Name: "Speed", Slippery: "cutting corners"}
	trustOrg := data.Value{Kind: data.Organisational, Name: "Trust"}
	for _, x := range []*data.Value{&trust, &equity, &speed, &trustOrg} {
		if err := v.Create(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(v.Rate(ctx, data.Rating{PersonalID: trust.ID, OrganisationalID: speed.ID, Rating: -2}, true))
	day = day.AddDays(10)
	must(v.Rate(ctx, data.Rating{PersonalID: trust.ID, OrganisationalID: trustOrg.ID, Rating: 2}, true))
	equity.Archived = true
	must(v.Update(ctx, equity))
	mine := data.Prompt{Text: "What did I avoid this week?"}
	must(v.SavePrompt(ctx, &mine))
	prompts, err := v.Prompts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	must(v.SaveReflection(ctx, &data.Reflection{PromptID: mine.ID, Date: day, Answer: "The budget talk.\nAgain."}))
	must(v.SaveReflection(ctx, &data.Reflection{PromptID: prompts[0].ID, Date: day, Answer: "Mostly, yes."}))
	org := data.ValueContext{Name: "Organisation", Definition: "Revenue this year"}
	team := data.ValueContext{Name: "Team", Definition: "A product people love"}
	must(v.SaveContext(ctx, &team))
	must(v.SaveContext(ctx, &org))
	team.ParentID = org.ID
	must(v.SaveContext(ctx, &team))
	must(v.SetContradiction(ctx, data.Contradiction{FirstID: team.ID, SecondID: org.ID, Note: "speed vs. quality"}, true))

	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	feeling, confidence := -2, 7
	decisions := app.NewDecisions(store)
	must(decisions.Save(ctx, &data.Decision{Date: data.NewDate(2025, 4, 1), Title: "Delay the launch", Situation: "Quality was low;\n“fix it” said QA",
		Options: "ship anyway\ndelay a week", Choice: "delay", Rationale: "trust", DimensionID: dims[1].ID, Feeling: &feeling, FeelingNote: "uneasy",
		SharedWith: "the team", Outcome: "", Honoured: []int64{trust.ID}, Compromised: []int64{speed.ID}}))
	must(decisions.Save(ctx, &data.Decision{Date: data.NewDate(2025, 4, 2), Title: "Hire", Confidence: &confidence, ReviewOn: data.NewDate(2025, 6, 1),
		Outcome: "good hire", Learnt: "ask earlier", Honoured: []int64{trustOrg.ID}}))
	must(app.NewCoaching(store).Save(ctx, &data.Session{Date: data.NewDate(2025, 4, 10), Coach: "Ana", Agenda: "saying no", Notes: "private\nnotes",
		Questions: "How do I say no kindly?", Actions: []data.Action{{Text: "Say no once a week", Due: data.NewDate(2025, 4, 24)}, {Text: "Read the book", Done: data.NewDate(2025, 4, 20)}}}))
}

func exportString(t testing.TB, store *data.Store) string {
	t.Helper()
	var buf bytes.Buffer
	if err := document.ExportJSON(context.Background(), store, &buf); err != nil {
		t.Fatal(err)
	}
	return exportedAt.ReplaceAllString(buf.String(), `"exported_at": "…"`)
}
