package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"fyne.io/fyne/v2/test"

	"daymark/app"
	"daymark/data"
)

func TestRecordADecisionByKeyboard(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	trust := data.Value{Kind: data.Personal, Name: "Trust"}
	if err := h.store.CreateValue(ctx, &trust, data.Today()); err != nil {
		t.Fatal(err)
	}
	s := onDecisions(h)
	if h.win.Canvas().Focused() != s.Form.Title {
		t.Errorf("focus is on %T, want the title", h.win.Canvas().Focused())
	}
	h.typeHere("Delay the launch")
	s.Form.Situation.SetText("QA found regressions in billing")
	c := h.win.Canvas()
	c.Focus(s.Form.Honoured.Field)
	typeKeys(c, "tr")
	pressKey(c, fyne.KeyReturn, 0)
	c.Focus(s.Form.Feeling)
	pressKey(c, fyne.KeyHome, 0)
	s.Form.ReviewOn.SetText(data.Today().AddDays(14).String())
	h.press(keySave)
	rows, err := h.store.FindDecisions(ctx, data.DecisionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Title != "Delay the launch" || *rows[0].Feeling != -2 {
		t.Fatalf("stored %+v", rows)
	}
	d, err := h.store.Decision(ctx, rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Honoured) != 1 || d.Honoured[0] != trust.ID || d.ReviewOn != data.Today().AddDays(14) {
		t.Errorf("decision = %+v", d)
	}
	if len(s.Rows) != 1 || s.Count.Text != "1 decision, newest first" {
		t.Errorf("list %d rows, %q", len(s.Rows), s.Count.Text)
	}
	// Ctrl+N starts another; Ctrl+F goes to the search, which finds the first by its situation.
	h.press(keyNew)
	if s.Current.ID != 0 || s.Form.Title.Text != "" || h.win.Canvas().Focused() != s.Form.Title {
		t.Errorf("Ctrl+N: %+v", s.Current)
	}
	h.press(keyFind)
	h.typeHere("regress")
	if len(s.Rows) != 1 || s.Rows[0].Title != "Delay the launch" || s.Count.Text != "1 decision match, newest first" {
		t.Errorf("search: %d rows, %q", len(s.Rows), s.Count.Text)
	}
	s.Search.SetText("offsite")
	h.settle()
	if len(s.Rows) != 0 {
		t.Errorf("a search for a word nowhere finds %d", len(s.Rows))
	}
}

func TestADecisionNeedsATitleAndADate(t *testing.T) {
	h := newHarness(t)
	s := onDecisions(h)
	s.Form.Situation.SetText("something happened")
	h.press(keySave)
	if s.Message.Text != "Title: a decision needs a title" {
		t.Errorf("message = %q", s.Message.Text)
	}
	s.Form.Title.SetText("x")
	s.Form.Date.SetText("yesterday")
	h.press(keySave)
	if !strings.HasPrefix(s.Message.Text, "Date: “yesterday” is not a date") {
		t.Errorf("message = %q", s.Message.Text)
	}
	s.Form.Date.SetText(data.Today().String())
	s.Form.ReviewOn.SetText(data.Today().AddDays(-3).String())
	h.press(keySave)
	if !strings.HasPrefix(s.Message.Text, "Review on: the review") {
		t.Errorf("message = %q", s.Message.Text)
	}
	if n, _ := h.store.CountDecisions(context.Background(), data.DecisionFilter{}); n != 0 {
		t.Errorf("%d decisions stored from a bad form", n)
	}
	// Leaving the screen with a form that cannot be saved asks first.
	h.press(keyDayScreen)
	if h.w.nav.Current != screenDecisions {
		t.Fatal("left without asking")
	}
	h.tapButton("Discard changes")
	if h.w.nav.Current != screenDay {
		t.Error("discarding did not move on")
	}
}

func TestFiltersInsightsAndReviewsDue(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	feeling := func(n int) *int { return &n }
	today := data.Today()
	for _, d := range []data.Decision{
		{Date: today.AddDays(-20), Title: "Cut the project", Feeling: feeling(-2), ReviewOn: today.AddDays(-1)},
		{Date: today.AddDays(-10), Title: "Hire Sam", Feeling: feeling(2)},
		{Date: today.AddDays(-5), Title: "Skip the offsite", Feeling: feeling(-1), ReviewOn: today.AddDays(10)},
	} {
		if err := h.store.SaveDecision(ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	h.w.day.refreshGuide()
	h.settle()
	if !h.w.day.reviews.Visible() || h.w.day.reviews.Text != "A decision is due for review: see how it turned out" {
		t.Errorf("the planner says %q (visible %v)", h.w.day.reviews.Text, h.w.day.reviews.Visible())
	}
	test.Tap(h.w.day.reviews)
	h.settle()
	s := h.w.decisions
	if h.w.nav.Current != screenDecisions || !s.Due.Checked || len(s.Rows) != 1 || s.Rows[0].Title != "Cut the project" {
		t.Fatalf("reviews due: screen %d, %d rows", h.w.nav.Current, len(s.Rows))
	}
	s.ClearFilters()
	s.FeelingF.SetSelected("In discomfort (−1, −2)")
	h.settle()
	if len(s.Rows) != 2 || s.Rows[0].Title != "Skip the offsite" {
		t.Errorf("discomfort: %+v", s.Rows)
	}
	if !strings.Contains(s.Total.Text, "3 decisions") || len(s.Discomfort.Objects) != 2 || len(s.Reviews.Objects) != 1 {
		t.Errorf("insights: %q, %d in discomfort, %d reviews", s.Total.Text, len(s.Discomfort.Objects), len(s.Reviews.Objects))
	}
	// Opening a decision and writing its outcome clears the review.
	s.Open(s.Rows[1].ID)
	h.settle()
	s.Form.Outcome.SetText("Right call, said too late.")
	h.press(keySave)
	if n, _ := h.store.CountDecisions(ctx, data.DecisionFilter{ReviewDueOn: today}); n != 0 {
		t.Errorf("%d reviews still due", n)
	}
	if h.w.day.reviews.Visible() {
		t.Error("the planner still reminds")
	}
}

func TestALongLogIsReadAsFarAsItIsLookedAt(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	first := data.Today().AddDays(-400)
	var ds []data.Decision
	for i := range 250 {
		ds = append(ds, data.Decision{Date: first.AddDays(i), Title: fmt.Sprintf("Decision %d", i)})
	}
	if err := h.store.SaveDecisions(ctx, ds); err != nil {
		t.Fatal(err)
	}
	s := onDecisions(h)
	if s.Count.Text != "250 decisions, newest first" || len(s.Rows) != app.DecisionPage || s.List.Length() != 250 {
		t.Fatalf("%q with %d rows read, %d listed", s.Count.Text, len(s.Rows), s.List.Length())
	}
	// Scrolling to the oldest reads the rest.
	s.List.ScrollToBottom()
	h.settle()
	if len(s.Rows) != 250 || s.Rows[249].Title != "Decision 0" {
		t.Fatalf("after scrolling to the end, %d rows read", len(s.Rows))
	}
	// A new search reads again from the first page, as far as the list is
	// looked at; opening an old decision reads as far as it, and selects it.
	s.List.ScrollToTop()
	s.Search.SetText("decision")
	h.settle()
	if len(s.Rows) != app.DecisionPage {
		t.Errorf("the search read %d rows", len(s.Rows))
	}
	rows, err := h.store.FindDecisions(ctx, data.DecisionFilter{Offset: 246, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	s.Open(rows[0].ID)
	h.settle()
	if len(s.Rows) < 247 || s.Rows[246].Title != "Decision 3" || s.Form.Title.Text != "Decision 3" {
		t.Errorf("opening decision 3 read %d rows", len(s.Rows))
	}
	if s.Count.Text != "250 decisions match, newest first" {
		t.Errorf("count = %q", s.Count.Text)
	}
}
