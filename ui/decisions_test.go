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
	if h.win.Canvas().Focused() != s.form.title {
		t.Errorf("focus is on %T, want the title", h.win.Canvas().Focused())
	}
	h.typeHere("Delay the launch")
	s.form.situation.SetText("QA found regressions in billing")
	c := h.win.Canvas()
	c.Focus(s.form.honoured.Field)
	typeKeys(c, "tr")
	pressKey(c, fyne.KeyReturn, 0)
	c.Focus(s.form.feeling)
	pressKey(c, fyne.KeyHome, 0)
	s.form.reviewOn.SetText(data.Today().AddDays(14).String())
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
	if len(s.rows) != 1 || s.count.Text != "1 decision, newest first" {
		t.Errorf("list %d rows, %q", len(s.rows), s.count.Text)
	}
	// Ctrl+N starts another; Ctrl+F goes to the search, which finds the first by its situation.
	h.press(keyNew)
	if s.current.ID != 0 || s.form.title.Text != "" || h.win.Canvas().Focused() != s.form.title {
		t.Errorf("Ctrl+N: %+v", s.current)
	}
	h.press(keyFind)
	h.typeHere("regress")
	if len(s.rows) != 1 || s.rows[0].Title != "Delay the launch" || s.count.Text != "1 decision match, newest first" {
		t.Errorf("search: %d rows, %q", len(s.rows), s.count.Text)
	}
	s.search.SetText("offsite")
	h.settle()
	if len(s.rows) != 0 {
		t.Errorf("a search for a word nowhere finds %d", len(s.rows))
	}
}

func TestADecisionNeedsATitleAndADate(t *testing.T) {
	h := newHarness(t)
	s := onDecisions(h)
	s.form.situation.SetText("something happened")
	h.press(keySave)
	if s.message.Text != "Title: a decision needs a title" {
		t.Errorf("message = %q", s.message.Text)
	}
	s.form.title.SetText("x")
	s.form.date.SetText("yesterday")
	h.press(keySave)
	if !strings.HasPrefix(s.message.Text, "Date: “yesterday” is not a date") {
		t.Errorf("message = %q", s.message.Text)
	}
	s.form.date.SetText(data.Today().String())
	s.form.reviewOn.SetText(data.Today().AddDays(-3).String())
	h.press(keySave)
	if !strings.HasPrefix(s.message.Text, "Review on: the review") {
		t.Errorf("message = %q", s.message.Text)
	}
	if n, _ := h.store.CountDecisions(context.Background(), data.DecisionFilter{}); n != 0 {
		t.Errorf("%d decisions stored from a bad form", n)
	}
	// Leaving the screen with a form that cannot be saved asks first.
	h.press(keyDayScreen)
	if h.w.Current != screenDecisions {
		t.Fatal("left without asking")
	}
	h.tapButton("Discard changes")
	if h.w.Current != screenDay {
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
	if h.w.Current != screenDecisions || !s.due.Checked || len(s.rows) != 1 || s.rows[0].Title != "Cut the project" {
		t.Fatalf("reviews due: screen %d, %d rows", h.w.Current, len(s.rows))
	}
	s.clearFilters()
	s.feelingF.SetSelected("In discomfort (−1, −2)")
	h.settle()
	if len(s.rows) != 2 || s.rows[0].Title != "Skip the offsite" {
		t.Errorf("discomfort: %+v", s.rows)
	}
	if !strings.Contains(s.total.Text, "3 decisions") || len(s.discomfort.Objects) != 2 || len(s.reviews.Objects) != 1 {
		t.Errorf("insights: %q, %d in discomfort, %d reviews", s.total.Text, len(s.discomfort.Objects), len(s.reviews.Objects))
	}
	// Opening a decision and writing its outcome clears the review.
	s.open(s.rows[1].ID)
	h.settle()
	s.form.outcome.SetText("Right call, said too late.")
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
	if s.count.Text != "250 decisions, newest first" || len(s.rows) != app.DecisionPage || s.list.Length() != 250 {
		t.Fatalf("%q with %d rows read, %d listed", s.count.Text, len(s.rows), s.list.Length())
	}
	// Scrolling to the oldest reads the rest.
	s.list.ScrollToBottom()
	h.settle()
	if len(s.rows) != 250 || s.rows[249].Title != "Decision 0" {
		t.Fatalf("after scrolling to the end, %d rows read", len(s.rows))
	}
	// A new search reads again from the first page, as far as the list is
	// looked at; opening an old decision reads as far as it, and selects it.
	s.list.ScrollToTop()
	s.search.SetText("decision")
	h.settle()
	if len(s.rows) != app.DecisionPage {
		t.Errorf("the search read %d rows", len(s.rows))
	}
	rows, err := h.store.FindDecisions(ctx, data.DecisionFilter{Offset: 246, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	s.open(rows[0].ID)
	h.settle()
	if len(s.rows) < 247 || s.rows[246].Title != "Decision 3" || s.form.title.Text != "Decision 3" {
		t.Errorf("opening decision 3 read %d rows", len(s.rows))
	}
	if s.count.Text != "250 decisions match, newest first" {
		t.Errorf("count = %q", s.count.Text)
	}
}
