package week

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"daymark/app"
	"daymark/app/apptest"
	"daymark/data"
)

// reviewWeek is weekStore with the rest of a week to review on Friday 6
// March 2026: decisions that felt every way, the default prompts with an
// answer written on Tuesday, a session's actions due at all sorts of
// times, a focus and an ideal week.
func reviewWeek(t *testing.T) (*Planner, *data.Store, []data.Dimension, data.Session) {
	t.Helper()
	w, s, dims := weekStore(t)
	w.Now = func() time.Time { return apptest.InLondon(2026, 3, 6, 16, 0, 0) }
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	trust := data.Value{Kind: data.Personal, Name: "Trust"}
	speed := data.Value{Kind: data.Organisational, Name: "Speed"}
	must(s.CreateValue(ctx, &trust, march2))
	must(s.CreateValue(ctx, &speed, march2))
	feel := func(n int) *int { return &n }
	for _, d := range []data.Decision{
		{Date: march2, Title: "Ship the beta", Feeling: feel(-1), Honoured: []int64{speed.ID}},
		{Date: march2.AddDays(1), Title: "Delay the launch", Feeling: feel(-2), Honoured: []int64{trust.ID}, Compromised: []int64{speed.ID}},
		{Date: march2.AddDays(1), Title: "Cancel the offsite", Feeling: feel(-1)},
		{Date: march2.AddDays(2), Title: "Hire Sam", Feeling: feel(2)},
		{Date: march2.AddDays(2), Title: "Move the standup", Feeling: feel(0)},
		{Date: march2.AddDays(3), Title: "Say no to the audit"},
		{Date: march2.AddDays(3), Title: "Share the roadmap", Feeling: feel(1), Honoured: []int64{trust.ID}}, // comfortable, a value named: no second look
		{Date: march2.AddDays(-1), Title: "Last week's", Feeling: feel(-2)},
	} {
		must(s.SaveDecision(ctx, &d))
	}
	prompts, err := s.Prompts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	must(s.SaveReflection(ctx, &data.Reflection{PromptID: prompts[1].ID, Date: march2.AddDays(1), Answer: "On the wall only."}))
	must(s.SaveReflection(ctx, &data.Reflection{PromptID: prompts[0].ID, Date: march2.AddDays(-3), Answer: "Last week's answer."}))
	session := data.Session{Date: data.NewDate(2026, 2, 20), Coach: "Ana", Actions: []data.Action{
		{Text: "Say no once a week", Due: data.NewDate(2026, 3, 1)},                               // overdue
		{Text: "Block two mornings", Due: data.NewDate(2026, 3, 12)},                              // due next week
		{Text: "Read the book", Due: data.NewDate(2026, 3, 30)},                                   // later
		{Text: "Think about it"},                                                                  // no due date
		{Text: "Write the memo", Due: data.NewDate(2026, 2, 25), Done: data.NewDate(2026, 2, 24)}, // done before the week
		{Text: "Ask for feedback", Due: data.NewDate(2026, 3, 5), Done: data.NewDate(2026, 3, 4)}, // done this week
	}}
	must(s.SaveSession(ctx, &session))
	must(s.SetFocus(ctx, data.Focus{Started: data.NewDate(2026, 2, 1), DimensionID: dims[1].ID, Reason: "the team"}))
	ideal := data.NewIdealWeek(data.NewDate(2026, 1, 5))
	for day := time.Monday; day <= time.Friday; day++ {
		ideal.Minutes[day] = map[int64]int{dims[0].ID: 90, dims[1].ID: 240}
	}
	ideal.Minutes[time.Saturday] = map[int64]int{dims[0].ID: 600}
	must(s.SaveIdealWeek(ctx, ideal))
	dims, err = s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return w, s, dims, session
}

func TestTheReviewsStepsShowTheWeek(t *testing.T) {
	w, _, dims, session := reviewWeek(t)
	d, err := w.Draft(context.Background(), march)
	if err != nil {
		t.Fatal(err)
	}
	if d.Week != march || d.Next.From != data.NewDate(2026, 3, 9) || d.Today != data.NewDate(2026, 3, 6) || d.Saved != nil {
		t.Errorf("weeks: %+v %+v %s", d.Week, d.Next, d.Today)
	}
	// 1: the Balance screen's figures for the week.
	p, err := w.Plan(context.Background(), march)
	if err != nil {
		t.Fatal(err)
	}
	if _, rows := d.Balance.BalanceTable(); !reflect.DeepEqual(rows, must2(p.Balance.BalanceTable())) || d.Callout != "My self: 10m a day below target this week." {
		t.Errorf("step 1: %q %v", d.Callout, rows)
	}
	// 2: the uncomfortable ones, the most first, then those that named no value.
	var heads, says []string
	for _, n := range d.Decisions {
		heads, says = append(heads, n.Head), append(says, n.Says)
	}
	wantHeads := []string{
		"3 Mar, Delay the launch (felt −2, very uncomfortable)",
		"3 Mar, Cancel the offsite (felt −1, uncomfortable)",
		"2 Mar, Ship the beta (felt −1, uncomfortable)",
		"5 Mar, Say no to the audit",
		"4 Mar, Move the standup (felt 0, neither)",
		"4 Mar, Hire Sam (felt +2, very comfortable)",
	}
	if !reflect.DeepEqual(heads, wantHeads) {
		t.Errorf("step 2:\n%s", strings.Join(heads, "\n"))
	}
	wantSays := []string{
		"The discomfort points at Speed, which it compromised: what would honouring it have asked of you, and can you still?",
		"The discomfort is a value in conflict that went unnamed: which one, and what would have honoured it?",
		"It honoured Speed and still felt wrong: which value of yours, or of the organisation's, was it working against?",
		"No feeling and no value noted: how does it sit with you now? Ease points to a value honoured, unease to one in conflict.",
		"It felt neither way and named no value: was a value at stake, or was it routine?",
		"It felt right without naming a value: which one made it so? Named, it makes the next such call clearer.",
	}
	if !reflect.DeepEqual(says, wantSays) {
		t.Errorf("step 2 says:\n%s", strings.Join(says, "\n"))
	}
	if d.Decisions[0].Values != "honoured Trust; compromised Speed" || !d.Decisions[0].Uncomfortable || d.Decisions[3].Uncomfortable {
		t.Errorf("step 2 values: %+v", d.Decisions[0])
	}
	// 3: the two guide questions, with this week's answer.
	if len(d.Questions) != 2 || d.Questions[0].Prompt.Text != data.DefaultPrompts[0] || d.Questions[0].Answer != "" || d.Questions[1].Answer != "On the wall only." {
		t.Errorf("step 3: %+v", d.Questions)
	}
	// 4: due by the end of next week, or overdue; done this week shows done.
	var actions []string
	for _, a := range d.Actions {
		actions = append(actions, a.Text)
	}
	if strings.Join(actions, ", ") != "Say no once a week, Ask for feedback, Block two mornings" || !d.Actions[0].Overdue || d.Actions[1].Done.IsZero() || d.Actions[2].Overdue {
		t.Errorf("step 4: %+v", d.Actions)
	}
	_ = session
	// 5 and 6.
	if d.Focus == nil || d.Focus.DimensionID != dims[1].ID || len(d.Dims) != 4 {
		t.Errorf("step 5: %+v %d", d.Focus, len(d.Dims))
	}
	if d.Plan.Range.From != d.Next.From || d.Plan.Days[0].Planned[dims[1].ID] != 240 || d.Plan.Days[5].Planned[dims[0].ID] != 600 || d.Filled[6].Result != NothingIn {
		t.Errorf("step 6: %+v %+v", d.Plan.Days, d.Filled)
	}
}

func must2(_ []string, rows [][]string) [][]string { return rows }

func TestSavingTheReviewKeepsItsAnswersAndFreezesItsFigures(t *testing.T) {
	apptest.Swap(t, &app.Zone, apptest.London)
	w, s, dims, session := reviewWeek(t)
	ctx := context.Background()
	d, err := w.Draft(ctx, march)
	if err != nil {
		t.Fatal(err)
	}
	next := d.Plan.Days[1].Clone()
	next.Planned[dims[2].ID] = 60
	plan := d.Plan.WithDay(next)
	answers := ReviewAnswers{
		Answers: map[int64]string{d.Questions[0].Prompt.ID: "  Mostly, yes.  ", d.Questions[1].Prompt.ID: "On the wall, and in one review."},
		Actions: map[int64]ActionChoice{session.Actions[0].ID: {Done: true}, session.Actions[1].ID: {Due: data.NewDate(2026, 3, 15)}},
		Focus:   FocusChoice{DimensionID: dims[2].ID, Reason: "the retro backlog"},
		Plan:    &plan,
		Notes:   "A full week; Friday was lost to the audit.",
	}

	// Refusals change nothing.
	before, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	noReason := answers
	noReason.Focus.Reason = " "
	past := answers
	past.Actions = map[int64]ActionChoice{session.Actions[1].ID: {Due: data.NewDate(2026, 3, 5)}}
	stranger := answers
	stranger.Answers = map[int64]string{999: "?"}
	overPlan := next.Clone()
	overPlan.Planned[dims[3].ID] = 1200
	over := d.Plan.WithDay(overPlan)
	overDay := answers
	overDay.Plan = &over
	for _, c := range []struct {
		a    ReviewAnswers
		want string
	}{
		{noReason, "Next week's focus: say why Organisational improvement gets the focus next week"},
		{past, "Coaching actions: “Block two mornings” is carried on to 5 March 2026, a day already past: carry it to today or later"},
		{stranger, "The guide questions: an answer is to a question the review did not ask (prompt 999)"},
		{overDay, "Next week's plan: The plan of Tuesday 10 March 2026 adds up to 26h 30m, 2h 30m more than the 24 hours in a day."},
	} {
		if _, err := w.SaveReview(ctx, d, c.a); err == nil || data.ErrorMessage(err) != c.want {
			t.Errorf("error = %v, want %q", err, c.want)
		}
	}
	if after, _ := s.Contents(ctx); !reflect.DeepEqual(before, after) {
		t.Fatal("a refused review changed the database")
	}

	saved, err := w.SaveReview(ctx, d, answers)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := w.Review(ctx, march2)
	if err != nil {
		t.Fatal(err)
	}
	if !ok || !reflect.DeepEqual(got, saved) {
		t.Fatalf("read back:\n%+v\nsaved:\n%+v", got, saved)
	}
	wantActions := []data.ReviewAction{
		{Text: "Say no once a week", Due: data.NewDate(2026, 3, 1), Done: true},
		{Text: "Ask for feedback", Due: data.NewDate(2026, 3, 5), Done: true},
		{Text: "Block two mornings", Due: data.NewDate(2026, 3, 12), CarriedTo: data.NewDate(2026, 3, 15)},
	}
	if !reflect.DeepEqual(got.Actions, wantActions) || got.Focus != (data.ReviewFocus{DimensionID: dims[2].ID, Reason: "the retro backlog"}) ||
		len(got.Answers) != 2 || got.Answers[0].Answer != "Mostly, yes." || got.Answers[1].Prompt != data.DefaultPrompts[1] {
		t.Errorf("the record: %+v", got)
	}
	// The frozen figures give step 1 again, to the letter.
	_, wantRows := d.Balance.BalanceTable()
	if _, rows := app.FrozenBalance(got).BalanceTable(); !reflect.DeepEqual(rows, wantRows) {
		t.Errorf("the frozen figures:\n%v\nwant\n%v", rows, wantRows)
	}

	c, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var reflections []string
	for _, r := range c.Reflections {
		reflections = append(reflections, r.Date.String()+" "+r.Answer)
	}
	if strings.Join(reflections, "; ") != "2026-02-27 Last week's answer.; 2026-03-03 On the wall, and in one review.; 2026-03-06 Mostly, yes." {
		t.Errorf("reflections: %v", reflections)
	}
	acts := c.Sessions[0].Actions
	if acts[0].Done != d.Today || acts[1].Due != data.NewDate(2026, 3, 15) || !acts[1].Done.IsZero() || acts[5].Done != data.NewDate(2026, 3, 4) {
		t.Errorf("actions: %+v", acts)
	}
	if f, _ := data.FocusOn(c.Focus, d.Next.From); f.DimensionID != dims[2].ID || f.Started != d.Next.From {
		t.Errorf("focus: %+v", c.Focus)
	}
	if p, _ := w.Plan(ctx, d.Next); p.Days[1].Planned[dims[2].ID] != 60 || p.Days[0].Planned[dims[1].ID] != 240 || !p.Days[6].IsEmpty() {
		t.Errorf("next week: %+v", p.Days)
	}

	// Later changes leave the record as it was; its line says what it found.
	if err := s.SaveDay(ctx, data.NewDay(march2)); err != nil {
		t.Fatal(err)
	}
	again, _, err := w.Review(ctx, march2)
	if err != nil {
		t.Fatal(err)
	}
	if _, rows := app.FrozenBalance(again).BalanceTable(); !reflect.DeepEqual(rows, wantRows) {
		t.Error("the frozen figures moved with the days")
	}
	line := app.ReviewLine(again, dims, app.Range{From: data.NewDate(2026, 3, 1), To: data.NewDate(2026, 3, 31)})
	if want := "2 Mar to 8 Mar 2026, reviewed 6 Mar. My self: 10m a day below target. Focus moved to Organisational improvement, because the retro backlog. 2 actions done, 1 carried on. Notes: A full week; Friday was lost to the audit."; line != want {
		t.Errorf("line:\n%s\nwant\n%s", line, want)
	}

	// The draft of the same week starts from what was saved; saving it
	// again replaces the record.
	d2, err := w.Draft(ctx, march)
	if err != nil {
		t.Fatal(err)
	}
	if d2.Saved == nil || d2.Questions[0].Answer != "Mostly, yes." || d2.Questions[0].ReflectionDate != d.Today || len(d2.Actions) != 3 || d2.Actions[0].Done != d.Today {
		t.Errorf("the draft again: %+v %+v", d2.Questions, d2.Actions)
	}
	if _, err := w.SaveReview(ctx, d2, ReviewAnswers{Focus: FocusChoice{Keep: true}, Actions: map[int64]ActionChoice{session.Actions[0].ID: {Done: false}}}); err != nil {
		t.Fatal(err)
	}
	all, err := w.Reviews(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || len(all[0].Answers) != 0 || all[0].Focus != (data.ReviewFocus{DimensionID: dims[2].ID, Kept: true}) || all[0].Actions[0].Done {
		t.Errorf("saved again: %+v", all)
	}
	if c, _ := s.Contents(ctx); len(c.Reflections) != 3 || !c.Sessions[0].Actions[0].Done.IsZero() {
		t.Errorf("answers written before stay, and an action marked open again is open: %+v %+v", c.Reflections, c.Sessions[0].Actions[0])
	}
}

func TestAnAnswerIsDatedInTheWeekItReviews(t *testing.T) {
	for _, c := range []struct{ today, want data.Date }{
		{data.NewDate(2026, 3, 6), data.NewDate(2026, 3, 6)},  // Friday, in the week
		{data.NewDate(2026, 3, 9), data.NewDate(2026, 3, 8)},  // reviewed on the next Monday: its Sunday
		{data.NewDate(2026, 2, 27), data.NewDate(2026, 3, 2)}, // planned ahead: its Monday
	} {
		if got := clampDate(c.today, march); got != c.want {
			t.Errorf("reviewing on %s: dated %s, want %s", c.today, got, c.want)
		}
	}
}
