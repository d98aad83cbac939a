package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"daymark/app/brief"
	"daymark/data"
	"daymark/ui/coachingscreen"
	"daymark/ui/control"
)

func (h *harness) sessions() []data.Session {
	h.t.Helper()
	all, err := h.store.Sessions(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	return all
}

func TestRecordASessionWithItsActions(t *testing.T) {
	h := newHarness(t)
	s := onCoaching(h).Sessions
	today := data.Today()
	if s.Current.ID != 0 || s.Form.Date.Text != today.String() || h.win.Canvas().Focused() != s.Form.Coach || s.Heading.Text != "New session" {
		t.Fatalf("a first visit shows %+v, focus on %T", s.Current, h.win.Canvas().Focused())
	}
	if !strings.Contains(s.Next.Text, "None planned") {
		t.Errorf("next session: %q", s.Next.Text)
	}
	h.typeHere("Ana")
	s.Form.Agenda.SetText("Saying no")
	test.Tap(findButton(t, s.Content, "Add an action"))
	h.typeHere("Say no once a week")
	s.Form.Rows[0].Due.SetText(today.AddDays(-1).String())
	test.Tap(findButton(t, s.Content, "Add an action")) // left blank: not an action
	h.press(keySave)
	got := h.sessions()
	if len(got) != 1 || got[0].Coach != "Ana" || len(got[0].Actions) != 1 || got[0].Actions[0].Due != today.AddDays(-1) || !got[0].Actions[0].Done.IsZero() {
		t.Fatalf("stored %+v", got)
	}
	if len(s.Sessions) != 1 || s.Heading.Text != coachingscreen.SessionTitle(got[0]) {
		t.Errorf("the list shows %d sessions, heading %q", len(s.Sessions), s.Heading.Text)
	}
	// The open action is listed, overdue; ticking it there marks it done today.
	texts := labelTexts(s.Open)
	if !strings.Contains(texts, "due "+today.AddDays(-1).Format("2 Jan")+" · overdue") {
		t.Errorf("open actions: %q", texts)
	}
	check := s.Open.Objects[0].(*fyne.Container).Objects[0].(*control.CheckBox)
	test.Tap(check)
	h.settle()
	if got := h.sessions(); got[0].Actions[0].Done != today || !s.Form.Rows[0].Done.Checked {
		t.Errorf("after ticking: %+v, form ticked %v", got[0].Actions, s.Form.Rows[0].Done.Checked)
	}
	if !strings.Contains(labelTexts(s.Open), "None: every action agreed is done.") {
		t.Errorf("open actions after ticking: %q", labelTexts(s.Open))
	}
}

func TestASessionSaysWhichFieldIsWrong(t *testing.T) {
	h := newHarness(t)
	s := onCoaching(h).Sessions
	s.Form.Coach.SetText("Ana")
	s.Form.Date.SetText("next week")
	h.press(keySave)
	if !strings.HasPrefix(s.Message.Text, "Date: “next week” is not a date") {
		t.Errorf("message %q", s.Message.Text)
	}
	s.Form.Date.SetText(data.Today().String())
	s.Form.AddRow(data.Action{Text: "x"}).Due.SetText("2026-13-01")
	h.press(keySave)
	if !strings.HasPrefix(s.Message.Text, "Action 1: Due: ") {
		t.Errorf("message %q", s.Message.Text)
	}
	s.Form.Rows[0].Due.SetText("")
	s.Form.Rows[0].Text.SetText(strings.Repeat("a", data.MaxAction+1))
	h.press(keySave)
	if s.Message.Text != "Action 1: at most 500 characters" || len(h.sessions()) != 0 {
		t.Errorf("message %q, %d stored", s.Message.Text, len(h.sessions()))
	}
	// Leaving asks before discarding what cannot be saved; keeping editing stays.
	h.press(keyDayScreen)
	if h.w.nav.Current != screenCoaching || !strings.Contains(h.overlayText(), "Action 1: at most 500 characters") {
		t.Fatalf("leaving a bad session: screen %d, dialog %q", h.w.nav.Current, h.overlayText())
	}
	h.tapButton("Keep editing")
	if s.Form.Rows[0].Text.Text == "" {
		t.Error("what was typed is gone")
	}
}

func TestTheBriefPreviewsExportsAndKeepsTheQuestions(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	today := data.Today()
	last := data.Session{Date: today.AddDays(-10), Coach: "Ana", Notes: "private words"}
	next := data.Session{Date: today.AddDays(1), Coach: "Ana", Questions: "First question"}
	for _, s := range []*data.Session{&last, &next} {
		if err := h.store.SaveSession(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	// The Day planner reminds the day before, and takes the person to the brief.
	h.w.day.refreshGuide()
	h.settle()
	if !h.w.day.coaching.Visible() || h.w.day.coaching.Text != "Coaching with Ana tomorrow: prepare your brief" {
		t.Fatalf("reminder %q, visible %v", h.w.day.coaching.Text, h.w.day.coaching.Visible())
	}
	test.Tap(h.w.day.coaching)
	h.settle()
	c := h.w.coaching
	if h.w.nav.Current != screenCoaching || c.Current != coachingscreen.TabBrief {
		t.Fatalf("the reminder opened screen %d, tab %d", h.w.nav.Current, c.Current)
	}
	b := c.Brief
	if b.From.Text != today.AddDays(-9).String() || b.To.Text != today.String() {
		t.Errorf("period %s to %s, want since the last session", b.From.Text, b.To.Text)
	}
	preview := richTexts(b.Preview.Box)
	for _, want := range []string{brief.TimeBalanceHeading, brief.FocusHeading, brief.DecisionsHeading, brief.ValuesHeading, brief.ReflectionsHeading, brief.ActionsHeading, brief.QuestionsHeading} {
		if !strings.Contains(preview, want) {
			t.Errorf("the preview lacks %q", want)
		}
	}
	if len(b.Preview.Charts) != 3 || b.Questions.Text != "First question" || strings.Contains(labelTexts(b.Preview.Box), "private words") {
		t.Errorf("%d charts, questions %q", len(b.Preview.Charts), b.Questions.Text)
	}

	// Questions typed in the brief are kept with the next session.
	b.Questions.SetText("First question\nSecond question")
	h.press(keySave)
	if got := h.sessions(); got[1].Questions != "First question\nSecond question" {
		t.Errorf("questions stored %q", got[1].Questions)
	}
	// A narrower period prepares the brief again.
	b.From.SetText(today.AddDays(-2).String())
	h.settle()
	if b.Brief.Period.From != today.AddDays(-2) || b.Brief.Period.Days() != 3 {
		t.Errorf("period %+v", b.Brief.Period)
	}

	// Export writes the brief; a second export into the folder asks first.
	dir := filepath.Join(t.TempDir(), "daymark-brief")
	b.ConfirmExport(dir)
	h.settle()
	md, err := os.ReadFile(filepath.Join(dir, "brief.md"))
	if err != nil || !strings.Contains(string(md), "Second question") {
		t.Fatalf("brief.md: %v\n%s", err, md)
	}
	if !strings.Contains(h.overlayText(), "brief.md (Markdown") {
		t.Errorf("after exporting: %q", h.overlayText())
	}
	h.win.Canvas().Overlays().Top().Hide()
	if err := os.WriteFile(filepath.Join(dir, "brief.md"), []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	b.ConfirmExport(dir)
	h.settle()
	if !strings.Contains(h.overlayText(), "already holds 5 of its files") {
		t.Fatalf("exporting over a brief: %q", h.overlayText())
	}
	h.tapButton("Cancel")
	if md, _ := os.ReadFile(filepath.Join(dir, "brief.md")); string(md) != "mine" {
		t.Error("a refused export replaced brief.md")
	}
}

func TestWithoutAPlannedSessionTheBriefOffersToPlanOne(t *testing.T) {
	h := newHarness(t)
	c := onCoaching(h)
	c.ShowBrief()
	h.settle()
	if c.Brief.Brief.Period.Days() != 30 {
		t.Errorf("without a session the brief covers %d days, want 30", c.Brief.Brief.Period.Days())
	}
	test.Tap(findButton(t, c.Brief.Preview.Box, "Plan the next session"))
	h.settle()
	if c.Current != coachingscreen.TabSessions || c.Sessions.Form.Date.Text != data.Today().AddDays(7).String() {
		t.Errorf("tab %d, date %q", c.Current, c.Sessions.Form.Date.Text)
	}
}

// labelTexts returns the text of every label in o.
func labelTexts(o fyne.CanvasObject) string {
	var parts []string
	for _, x := range test.LaidOutObjects(o) {
		switch l := x.(type) {
		case *widget.Label:
			parts = append(parts, l.Text)
		case *control.CheckBox:
			parts = append(parts, l.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// richTexts returns the text of every rich text and label in o.
func richTexts(o fyne.CanvasObject) string {
	var parts []string
	for _, x := range test.LaidOutObjects(o) {
		if r, ok := x.(*widget.RichText); ok {
			parts = append(parts, r.String())
		}
	}
	return strings.Join(parts, "\n") + labelTexts(o)
}
