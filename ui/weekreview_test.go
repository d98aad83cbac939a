package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"daymark/app/week"
	"daymark/data"
)

// reviewed is the week the review tests look back on, reviewed on its
// Friday, 6 March 2026.
var reviewed = data.NewDate(2026, 3, 2)

// reviewSetUp gives the harness a week to review: targets, a plan kept
// badly for My self, decisions, a session's actions, a focus and an ideal
// week, and sets the review's clock to Friday 16:00.
func reviewSetUp(h *harness) {
	h.t.Helper()
	ctx := context.Background()
	must := func(err error) {
		h.t.Helper()
		if err != nil {
			h.t.Fatal(err)
		}
	}
	h.w.svc.Weeks.Now = func() time.Time { return time.Date(2026, 3, 6, 16, 0, 0, 0, time.Local) }
	my, people := h.dims[0].ID, h.dims[1].ID
	must(h.store.SaveTarget(ctx, data.Target{From: data.NewDate(2026, 1, 1), Minutes: map[int64]int{my: 240, people: 120}}))
	var days []data.Day
	for i := range 5 {
		d := data.NewDay(reviewed.AddDays(i))
		d.Planned = map[int64]int{my: 240, people: 120}
		d.Actual = map[int64]int{my: 60, people: 180}
		days = append(days, d)
	}
	must(h.store.SaveDays(ctx, days))
	speed := data.Value{Kind: data.Organisational, Name: "Speed"}
	must(h.store.CreateValue(ctx, &speed, reviewed))
	uneasy := -2
	must(h.store.SaveDecision(ctx, &data.Decision{Date: reviewed.AddDays(1), Title: "Delay the launch", Feeling: &uneasy, Compromised: []int64{speed.ID}}))
	must(h.store.SaveSession(ctx, &data.Session{Date: data.NewDate(2026, 2, 20), Coach: "Ana", Actions: []data.Action{
		{Text: "Say no once a week", Due: data.NewDate(2026, 3, 1)},
		{Text: "Block two mornings", Due: data.NewDate(2026, 3, 12)},
	}}))
	must(h.store.SetFocus(ctx, data.Focus{Started: data.NewDate(2026, 2, 1), DimensionID: people, Reason: "the team"}))
	ideal := data.NewIdealWeek(data.NewDate(2026, 1, 5))
	for day := time.Monday; day <= time.Friday; day++ {
		ideal.Minutes[day] = map[int64]int{my: 90, people: 240}
	}
	must(h.store.SaveIdealWeek(ctx, ideal))
}

// panelText is every label of the review in front.
func panelText(h *harness) string {
	labels, _ := texts(h.w.week.Review.Content)
	return strings.Join(labels, "\n")
}

func TestTheReviewStepByStepSavesEveryAnswer(t *testing.T) {
	h := newHarness(t)
	reviewSetUp(h)
	s := h.showWeek(reviewed)
	test.Tap(findButton(t, s.Content, "Review the week…"))
	h.settle()
	p := s.Review
	if p == nil {
		t.Fatal("Review the week… opened no review")
	}
	step := func(n int, title string) {
		t.Helper()
		if want := "Step " + string(rune('0'+n)) + " of 6: " + title; p.Heading.Text != want {
			t.Fatalf("the heading says %q, want %q", p.Heading.Text, want)
		}
	}
	// 1. The week against the targets, and where it falls short in words.
	step(1, "The week against the targets")
	if text := panelText(h); !strings.Contains(text, "My self: 3h a day below target this week.") || !strings.Contains(text, "Weekly review of 2 March to 8 March 2026") {
		t.Errorf("step 1 shows:\n%s", text)
	}
	// 2. Decisions, what the feeling says, and the notes (Alt+Right goes on).
	h.press(keyNextDay)
	step(2, "Decisions")
	if text := panelText(h); !strings.Contains(text, "3 Mar, Delay the launch (felt −2, very uncomfortable)") || !strings.Contains(text, "The discomfort points at Speed, which it compromised") {
		t.Errorf("step 2 shows:\n%s", text)
	}
	h.typeHere("A hard week.") // the cursor is in the notes
	// 3. The guide questions.
	test.Tap(&p.Next.Button)
	step(3, "The guide questions")
	h.typeHere("Mostly.")
	h.tab()
	h.typeHere("Less than the posters say.")
	// 4. The actions: the overdue one done, the other carried to the 20th.
	test.Tap(&p.Next.Button)
	step(4, "Coaching actions")
	if p.Actions[0].Action.Text != "Say no once a week" || p.Actions[0].Due.Text != "2026-03-15" {
		t.Fatalf("the first action is %q, carried by default to %q (the end of next week)", p.Actions[0].Action.Text, p.Actions[0].Due.Text)
	}
	h.key(fyne.KeyLeft) // Carry on → Done
	p.Actions[1].Due.SetText("2026-03-20")
	// 5. Another focus (its reason forgotten for now).
	test.Tap(&p.Next.Button)
	step(5, "Next week's focus")
	h.key(fyne.KeyRight) // Keep it → Pick another
	p.Focus.Dim.SetSelectedIndex(2)
	// 6. Next week's plan, filled from the ideal week, adjusted in the grid.
	test.Tap(&p.Next.Button)
	step(6, "Next week's plan")
	if got := p.Grid.Cells[1][0].Text; got != "4h" || p.Grid.Plan.Range.From != reviewed.AddDays(7) {
		t.Fatalf("next week's Monday plans %q for People (week of %s)", got, p.Grid.Plan.Range.From)
	}
	h.win.Canvas().Focus(p.Grid.Cells[1][0])
	h.typeHere("3h")
	if p.Next.Text != "Save review" {
		t.Fatalf("the last step's button says %q", p.Next.Text)
	}
	test.Tap(&p.Next.Button)
	h.settle()
	// A new focus needs its reason: the review goes back to that step and says so.
	step(5, "Next week's focus")
	if want := "Next week's focus: say why Organisational improvement gets the focus next week"; !p.Message.Visible() || p.Message.Text != want {
		t.Fatalf("saving without the reason: %q (shown %v)", p.Message.Text, p.Message.Visible())
	}
	if _, ok, _ := h.store.Review(context.Background(), reviewed); ok {
		t.Fatal("a review was saved without the reason for its new focus")
	}
	p.Focus.Reason.SetText("the reorg lands")
	h.press(keySave) // Ctrl+S saves the review from any step

	if s.Review != nil || !strings.Contains(s.Info.Text, "The review of 2 Mar to 8 Mar 2026 is saved") {
		t.Fatalf("after saving: review open %v, info %q", s.Review != nil, s.Info.Text)
	}
	ctx := context.Background()
	r, ok, err := h.store.Review(ctx, reviewed)
	if err != nil || !ok {
		t.Fatalf("no review stored: %v", err)
	}
	if r.Notes != "A hard week." || len(r.Answers) != 2 || r.Answers[0].Answer != "Mostly." || r.Answers[1].Answer != "Less than the posters say." {
		t.Errorf("the record's notes and answers: %q %+v", r.Notes, r.Answers)
	}
	if r.Focus.DimensionID != h.dims[2].ID || r.Focus.Kept || r.Focus.Reason != "the reorg lands" {
		t.Errorf("the record's focus: %+v", r.Focus)
	}
	sessions, _ := h.store.Sessions(ctx)
	actions := sessions[0].Actions
	if actions[0].Done != data.NewDate(2026, 3, 6) || !actions[1].Done.IsZero() || actions[1].Due != data.NewDate(2026, 3, 20) {
		t.Errorf("the actions stored: %+v", actions)
	}
	focus, _ := h.store.FocusHistory(ctx)
	if last := focus[len(focus)-1]; last.Started != reviewed.AddDays(7) || last.DimensionID != h.dims[2].ID {
		t.Errorf("the focus from next Monday: %+v", last)
	}
	if mon, tue := h.stored(reviewed.AddDays(7)), h.stored(reviewed.AddDays(8)); mon.Planned[h.dims[1].ID] != 180 || mon.Planned[h.dims[0].ID] != 90 || tue.Planned[h.dims[1].ID] != 240 {
		t.Errorf("next week's plan stored: Monday %v, Tuesday %v", mon.Planned, tue.Planned)
	}
	reflections, _ := h.store.Reflections(ctx)
	if len(reflections) != 2 || reflections[0].Date != data.NewDate(2026, 3, 6) {
		t.Errorf("the answers as reflections: %+v", reflections)
	}
}

func TestAPastReviewReadsAsItWasSaved(t *testing.T) {
	h := newHarness(t)
	reviewSetUp(h)
	ctx := context.Background()
	d, err := h.w.svc.Weeks.Draft(ctx, week.Of(reviewed, time.Monday))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.w.svc.Weeks.SaveReview(ctx, d, week.ReviewAnswers{
		Answers: map[int64]string{d.Questions[0].Prompt.ID: "Mostly."},
		Focus:   week.FocusChoice{Keep: true, Reason: "still the team"},
		Notes:   "A hard week.",
	}); err != nil {
		t.Fatal(err)
	}
	// Renamed since: the review keeps the name it was saved with.
	me := h.dims[0]
	me.Name = "Me"
	if err := h.store.UpdateDimension(ctx, me); err != nil {
		t.Fatal(err)
	}
	s := h.showWeek(reviewed)
	charts := len(h.w.tasks.Charts)
	s.ShowPastReviews()
	h.settle()
	// The week's dates once, in the title: the detail's room goes to what
	// the review found, so a dimension's name is not cut.
	if list := h.overlayText(); !strings.Contains(list, "Week of 2 Mar to 8 Mar 2026, reviewed ") || strings.Count(list, "2 Mar to 8 Mar 2026") != 1 ||
		!strings.Contains(list, "\nMy self: 3h a day below target.") {
		t.Fatalf("the list of reviews shows:\n%s", list)
	}
	h.key(fyne.KeyReturn) // the list has the cursor; Enter reads the review in it
	text := h.overlayText()
	for _, want := range []string{
		"My self: 3h a day below target in the week of 2 Mar 2026.",
		"Mostly.",
		"Say no once a week: Carried on, due 1 Mar 2026.",
		"Kept on People, because still the team",
		"A hard week.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the review read again does not say %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Me:") {
		t.Errorf("the review read again uses today's name:\n%s", text)
	}
	h.tapButton("Close")
	if got := len(h.w.tasks.Charts); got != charts {
		t.Errorf("closed, the review read again leaves %d charts behind", got-charts)
	}
}

func TestLeavingAReviewUnderWayAsksFirst(t *testing.T) {
	h := newHarness(t)
	reviewSetUp(h)
	s := h.showWeek(reviewed)
	s.StartReview(s.Rng)
	h.settle()
	h.press(keyNextDay)
	h.typeHere("Half a thought")
	h.press(keyDayScreen)
	if h.w.nav.Current != screenWeek || !strings.Contains(h.overlayText(), "Leave the review of the week of 2 Mar?") {
		t.Fatalf("leaving: screen %d, dialog %q", h.w.nav.Current, h.overlayText())
	}
	h.tapButton("Keep reviewing")
	if s.Review == nil || s.Review.Notes.Text != "Half a thought" {
		t.Fatal("Keep reviewing lost the review")
	}
	h.press(keyDayScreen)
	h.tapButton("Leave the review")
	if h.w.nav.Current != screenDay || s.Review != nil {
		t.Errorf("after leaving: screen %d, review open %v", h.w.nav.Current, s.Review != nil)
	}
	if _, ok, _ := h.store.Review(context.Background(), reviewed); ok {
		t.Error("a review left half way was saved")
	}
}

func TestTheDayPlannerAsksForTheReviewOnItsDay(t *testing.T) {
	h := newHarness(t)
	today := data.Today()
	h.w.settings.SetReviewDay((today.Weekday() + 1) % 7) // tomorrow's weekday: not yet, unless the week ends today
	h.w.day.refreshReview()
	h.settle()
	rng := week.Of(today, time.Monday)
	if h.w.day.weekly.Visible() != (rng.To == today) {
		t.Errorf("the banner shows %v the day before the review day", h.w.day.weekly.Visible())
	}
	h.w.settings.SetReviewDay(today.Weekday())
	h.w.day.refreshReview()
	h.settle()
	if !h.w.day.weekly.Visible() || !strings.Contains(h.w.day.weekly.Text, "Review your week of "+rng.From.Format("2 Jan")) {
		t.Fatalf("on the review day the banner says %q (shown %v)", h.w.day.weekly.Text, h.w.day.weekly.Visible())
	}
	test.Tap(&h.w.day.weekly.Button)
	h.settle()
	if h.w.nav.Current != screenWeek || h.w.week.Review == nil || h.w.week.Review.Draft.Week.From != rng.From {
		t.Fatalf("the banner opened screen %d, review %v", h.w.nav.Current, h.w.week.Review != nil)
	}
	for range 5 {
		test.Tap(&h.w.week.Review.Next.Button)
	}
	test.Tap(&h.w.week.Review.Next.Button) // Save review
	h.settle()
	if h.w.week.Review != nil || h.w.day.weekly.Visible() {
		t.Errorf("once the review is saved the banner still shows: review open %v", h.w.week.Review != nil)
	}
}

// The charts of a review, and of a past review read again, go with it:
// none is kept in memory or drawn again once it is closed.
func TestAClosedReviewLeavesNoChartBehind(t *testing.T) {
	h := newHarness(t)
	reviewSetUp(h)
	s := h.showWeek(reviewed)
	before := len(h.w.tasks.Charts)
	for range 3 {
		s.StartReview(s.Rng)
		h.settle()
		if len(h.w.tasks.Charts) == before {
			t.Fatal("the review shows no chart")
		}
		for range 6 {
			h.press(keyNextDay) // Alt+Right stops at the last step: it does not save
		}
		if s.Review == nil || s.Review.Step != 5 {
			t.Fatalf("Alt+Right past the last step: review open %v", s.Review != nil)
		}
		s.Review.Leave(true, func() {})
		h.settle()
	}
	if got := len(h.w.tasks.Charts); got != before {
		t.Errorf("after three reviews closed the window keeps %d charts, want %d", got, before)
	}
	if _, ok, _ := h.store.Review(context.Background(), reviewed); ok {
		t.Error("Alt+Right saved the review")
	}
}

// The week's doors are in the Go menu too, a few keys away (Alt, arrows,
// Enter) from any screen, rather than ten Shift+Tabs from the grid.
func TestTheGoMenuOpensTheReviewTheIdealWeekAndPastReviews(t *testing.T) {
	h := newHarness(t)
	reviewSetUp(h)
	menuItem := func(label string) *fyne.MenuItem {
		t.Helper()
		for _, m := range h.win.MainMenu().Items {
			for _, i := range m.Items {
				if i.Label == label {
					return i
				}
			}
		}
		t.Fatalf("no menu item %q", label)
		return nil
	}
	h.showWeek(reviewed)
	h.press(keyDayScreen)
	menuItem("Review the week…").Action()
	h.settle()
	if h.w.nav.Current != screenWeek || h.w.week.Review == nil || h.w.week.Review.Draft.Week != week.Of(reviewed, time.Monday) {
		t.Fatalf("Review the week… from the Day planner: screen %d, review open %v", h.w.nav.Current, h.w.week.Review != nil)
	}
	menuItem("Ideal week…").Action() // not over a review under way
	h.settle()
	if text := h.overlayText(); strings.Contains(text, "Ideal week") {
		t.Errorf("Ideal week… opened over the review:\n%s", text)
	}
	h.w.week.Review.Leave(true, func() {})
	h.settle()
	menuItem("Ideal week…").Action()
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "Ideal week") || !strings.Contains(text, "Effective from") {
		t.Errorf("Ideal week… shows:\n%s", text)
	}
	h.tapButton("Cancel")
	menuItem("Past reviews…").Action()
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "Past reviews") {
		t.Errorf("Past reviews… shows:\n%s", text)
	}
}
