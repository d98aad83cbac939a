package data

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
)

// reviewStore is a database with a week (Monday 2 to Sunday 8 March 2026)
// to review: days with plans and actual time (Saturday not recorded), a
// target that changes on Thursday, a focus, a prompt and a session with
// two actions.
func reviewStore(t *testing.T) (*Store, []Dimension, Session) {
	t.Helper()
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, b := dims[0].ID, dims[1].ID
	var days []Day
	for i := range 7 {
		if i == 5 {
			continue
		}
		d := NewDay(NewDate(2026, 3, 2).AddDays(i))
		d.Planned[a], d.Planned[b] = 60, 120
		d.Actual[a], d.Actual[b] = 30+i, 100
		days = append(days, d)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.SaveDays(ctx, days))
	must(s.SaveTarget(ctx, Target{From: NewDate(2026, 1, 1), Minutes: map[int64]int{a: 60, b: 90}}))
	must(s.SaveTarget(ctx, Target{From: NewDate(2026, 3, 5), Minutes: map[int64]int{b: 150}}))
	must(s.SetFocus(ctx, Focus{Started: NewDate(2026, 2, 1), DimensionID: b, Reason: "the team"}))
	session := Session{Date: NewDate(2026, 2, 20), Coach: "Ana", Actions: []Action{{Text: "Say no once a week", Due: NewDate(2026, 3, 4)}, {Text: "Read the book", Due: NewDate(2026, 3, 6)}}}
	must(s.SaveSession(ctx, &session))
	return s, dims, session
}

func TestSavingAReviewFreezesTheWeeksFiguresAsTheyStand(t *testing.T) {
	s, dims, _ := reviewStore(t)
	ctx := context.Background()
	a, b := dims[0].ID, dims[1].ID
	saved := time.Date(2026, 3, 6, 16, 30, 12, 345, time.FixedZone("CET", 3600))
	r := Review{From: NewDate(2026, 3, 2), To: NewDate(2026, 3, 8), SavedAt: saved, Notes: "  a full week  ",
		Answers: []ReviewAnswer{{Prompt: "Guided by values?", Answer: " Mostly. "}}, Focus: ReviewFocus{DimensionID: b, Kept: true}}
	if err := s.SaveReview(ctx, &r, ReviewEffects{}); err != nil {
		t.Fatal(err)
	}
	// What happens later leaves the record as it was.
	dims[1].Name = "Team"
	if err := s.UpdateDimension(ctx, dims[1]); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, NewDay(NewDate(2026, 3, 2))); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveTarget(ctx, Target{From: NewDate(2026, 1, 1), Minutes: map[int64]int{a: 600}}); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Review(ctx, NewDate(2026, 3, 2))
	if err != nil || !ok {
		t.Fatalf("Review = %v %v", ok, err)
	}
	if !got.SavedAt.Equal(saved.Truncate(time.Second)) || got.Notes != "a full week" || got.Answers[0].Answer != "Mostly." || !got.Focus.Kept || got.Focus.DimensionID != b {
		t.Errorf("the record: %+v", got)
	}
	f := got.Figures
	if len(f.Dimensions) != 4 || f.Dimensions[1].Name != "People" || f.Focus != "People" || len(f.Days) != 7 {
		t.Fatalf("figures: %+v", f)
	}
	for i, want := range []struct {
		planned, actual, target map[string]int
	}{
		{map[string]int{"My self": 60, "People": 120}, map[string]int{"My self": 30, "People": 100}, map[string]int{"My self": 60, "People": 90}},
		{map[string]int{"My self": 60, "People": 120}, map[string]int{"My self": 31, "People": 100}, map[string]int{"My self": 60, "People": 90}},
		{map[string]int{"My self": 60, "People": 120}, map[string]int{"My self": 32, "People": 100}, map[string]int{"My self": 60, "People": 90}},
		{map[string]int{"My self": 60, "People": 120}, map[string]int{"My self": 33, "People": 100}, map[string]int{"People": 150}},
		{map[string]int{"My self": 60, "People": 120}, map[string]int{"My self": 34, "People": 100}, map[string]int{"People": 150}},
		{map[string]int{}, map[string]int{}, map[string]int{"People": 150}}, // Saturday: nothing stored, the target all the same
		{map[string]int{"My self": 60, "People": 120}, map[string]int{"My self": 36, "People": 100}, map[string]int{"People": 150}},
	} {
		day := f.Days[i]
		if day.Date != NewDate(2026, 3, 2+i) || !reflect.DeepEqual(day.Planned, want.planned) || !reflect.DeepEqual(day.Actual, want.actual) || !reflect.DeepEqual(day.Target, want.target) {
			t.Errorf("day %d: %+v, want %+v", i, day, want)
		}
	}
	if ok, _ := s.Reviewed(ctx, NewDate(2026, 3, 8)); !ok {
		t.Error("Sunday's week is not reviewed")
	}
	if ok, _ := s.Reviewed(ctx, NewDate(2026, 3, 9)); ok {
		t.Error("the next Monday's week is reviewed")
	}
}

func TestAReviewAndItsEffectsAreSavedWholeOrNotAtAll(t *testing.T) {
	s, dims, session := reviewStore(t)
	ctx := context.Background()
	prompts, err := s.Prompts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	earlier := Reflection{PromptID: prompts[1].ID, Date: NewDate(2026, 3, 3), Answer: "not yet"}
	if err := s.SaveReflection(ctx, &earlier); err != nil {
		t.Fatal(err)
	}
	next := NewDay(NewDate(2026, 3, 9))
	next.Planned[dims[2].ID] = 90
	effects := func() ReviewEffects {
		return ReviewEffects{
			Reflections: []Reflection{{PromptID: prompts[0].ID, Date: NewDate(2026, 3, 6), Answer: "Mostly"}, {ID: earlier.ID, PromptID: prompts[1].ID, Date: NewDate(2026, 3, 6), Answer: "Less than I hoped"}},
			Actions:     []Action{{ID: session.Actions[0].ID, Due: session.Actions[0].Due, Done: NewDate(2026, 3, 6)}, {ID: session.Actions[1].ID, Due: NewDate(2026, 3, 15)}},
			Focus:       &Focus{Started: NewDate(2026, 3, 9), DimensionID: dims[2].ID, Reason: "the retro backlog"},
			Days:        []Day{next.Clone()},
		}
	}
	review := func() Review {
		return Review{From: NewDate(2026, 3, 2), To: NewDate(2026, 3, 8), SavedAt: time.Now(),
			Focus:   ReviewFocus{DimensionID: dims[2].ID, Reason: "the retro backlog"},
			Actions: []ReviewAction{{Text: "Say no once a week", Due: NewDate(2026, 3, 4), Done: true}, {Text: "Read the book", Due: NewDate(2026, 3, 6), CarriedTo: NewDate(2026, 3, 15)}}}
	}
	before, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	overDay := effects()
	overDay.Days[0].Planned[dims[0].ID] = 1400
	goneAction := effects()
	goneAction.Actions[1].ID = 999
	badReview := review()
	badReview.To = NewDate(2026, 3, 9)
	for _, c := range []struct {
		name string
		r    Review
		e    ReviewEffects
		want string
	}{
		{"a day over 1440 minutes", review(), overDay, "planned minutes add up to 1490, more than the 1440 in a day"},
		{"an action gone", review(), goneAction, "no longer exists"},
		{"a week of eight days", badReview, effects(), "a review looks back on a week: seven days from 2026-03-02 to 2026-03-08, not to 2026-03-09"},
	} {
		r := c.r
		if err := s.SaveReview(ctx, &r, c.e); err == nil || !strings.Contains(ErrorMessage(err), c.want) {
			t.Errorf("%s: error = %v, want %q", c.name, err, c.want)
		}
	}
	if after, _ := s.Contents(ctx); !reflect.DeepEqual(before, after) {
		t.Fatal("a refused review changed the database")
	}

	r := review()
	if err := s.SaveReview(ctx, &r, effects()); err != nil {
		t.Fatal(err)
	}
	c, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Reviews) != 1 || len(c.Reviews[0].Actions) != 2 || c.Reviews[0].Actions[1].CarriedTo != NewDate(2026, 3, 15) {
		t.Errorf("reviews: %+v", c.Reviews)
	}
	if len(c.Reflections) != 2 || c.Reflections[0].ID != earlier.ID || c.Reflections[0].Answer != "Less than I hoped" || c.Reflections[1].Answer != "Mostly" {
		t.Errorf("reflections: %+v", c.Reflections)
	}
	if acts := c.Sessions[0].Actions; acts[0].Done != NewDate(2026, 3, 6) || !acts[1].Done.IsZero() || acts[1].Due != NewDate(2026, 3, 15) {
		t.Errorf("actions: %+v", acts)
	}
	if f, _ := FocusOn(c.Focus, NewDate(2026, 3, 9)); f.DimensionID != dims[2].ID {
		t.Errorf("focus: %+v", c.Focus)
	}
	if d, _ := s.Day(ctx, NewDate(2026, 3, 9)); d.Planned[dims[2].ID] != 90 {
		t.Errorf("next Monday: %+v", d)
	}

	// Saving the same week again replaces its review.
	again := review()
	again.Notes, again.Actions = "second thoughts", nil
	if err := s.SaveReview(ctx, &again, ReviewEffects{}); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.Reviews(ctx); len(all) != 1 || all[0].Notes != "second thoughts" || len(all[0].Actions) != 0 {
		t.Errorf("after saving again: %+v", all)
	}
	later := Review{From: NewDate(2026, 3, 9), To: NewDate(2026, 3, 15), SavedAt: time.Now()}
	if err := s.SaveReview(ctx, &later, ReviewEffects{}); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.Reviews(ctx); len(all) != 2 || all[0].From != later.From {
		t.Errorf("Reviews are not the latest week first: %+v", all)
	}
	if err := s.DeleteReview(ctx, later.From); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteReview(ctx, later.From); err == nil || ErrorMessage(err) != "there is no review of the week of 2026-03-09" {
		t.Errorf("deleting it twice: %v", err)
	}
}

func TestAReviewSaysWhatIsWrongWithIt(t *testing.T) {
	week := func() Review {
		return Review{From: NewDate(2026, 3, 2), To: NewDate(2026, 3, 8), SavedAt: time.Date(2026, 3, 6, 9, 0, 0, 0, time.UTC)}
	}
	noTime := week()
	noTime.SavedAt = time.Time{}
	emptyAnswer := week()
	emptyAnswer.Answers = []ReviewAnswer{{Prompt: "Why?", Answer: " "}}
	both := week()
	both.Actions = []ReviewAction{{Text: "x", Done: true, CarriedTo: NewDate(2026, 3, 9)}}
	longReason := week()
	longReason.Focus.Reason = strings.Repeat("x", MaxReason+1)
	outside := week()
	outside.Figures = FrozenWeek{Days: []FrozenDay{{Date: NewDate(2026, 3, 9)}}}
	unnamed := week()
	unnamed.Figures = FrozenWeek{Dimensions: []FrozenDimension{{Name: "A", Colour: "#000000"}}, Days: []FrozenDay{{Date: NewDate(2026, 3, 2), Actual: map[string]int{"B": 5}}}}
	over := week()
	over.Figures = FrozenWeek{Dimensions: []FrozenDimension{{Name: "A", Colour: "#000000"}}, Days: []FrozenDay{{Date: NewDate(2026, 3, 2), Target: map[string]int{"A": 1441}}}}
	for _, c := range []struct {
		r    Review
		want string
	}{
		{noTime, "the review needs the time it was saved"},
		{emptyAnswer, "Answer 1: the answer is empty"},
		{both, "Action 1: it is either done or carried on, not both"},
		{longReason, "Focus: the reason is too long: 2001 characters, at most 2000"},
		{outside, "Figures: the days are the week's, each once: 2026-03-09 is not"},
		{unnamed, "Figures: 2026-03-02: actual names “B”, which is not one of the figures' dimensions"},
		{over, "Figures: 2026-03-02: target minutes add up to 1441, more than the 1440 in a day"},
	} {
		if err := c.r.normalized().Validate(); err == nil || ErrorMessage(err) != c.want {
			t.Errorf("error = %v, want %q", err, c.want)
		}
	}
	if err := week().Validate(); err != nil {
		t.Errorf("a plain review: %v", err)
	}
}
