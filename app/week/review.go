package week

import (
	"context"
	"slices"

	"daymark/app"
	"daymark/data"
)

// The weekly review: a guided look back at a week, one step at a time,
// that a person can finish in ten minutes. ReviewDraft is what each step
// shows; SaveReview keeps the answers. See docs/week.md.

// ReviewSteps name the review's steps, in order.
var ReviewSteps = []string{
	"The week against the targets",
	"Decisions",
	"The guide questions",
	"Coaching actions",
	"Next week's focus",
	"Next week's plan",
}

// A ReviewDraft is a review of a week about to be done: what each step
// shows, and what the person starts from.
type ReviewDraft struct {
	Week, Next app.Range // the week reviewed and the one after
	Today      data.Date // the day of the review

	// 1. The week against its targets: the Balance screen's figures and
	// charts for the week, and the dimension furthest below target in words.
	Balance app.Balance
	Callout string

	// 2. The decisions of the week that felt uncomfortable (the most
	// uncomfortable first), then those that named no value.
	Decisions []DecisionNote

	// 3. The seed's two guide questions, with what was answered for the
	// week so far.
	Questions []ReviewQuestion

	// 4. Coaching actions due by the end of next week or overdue, the
	// earliest due first; those done since the week began have Done set.
	Actions []app.OpenAction

	// 5. The focus in force when next week starts (nil: none), and the
	// active dimensions to pick another from.
	Focus *data.Focus
	Dims  []data.Dimension

	// 6. Next week, its empty days filled from the ideal week (not saved
	// until the review is), and what filling did to each day.
	Plan   Plan
	Filled []DayFill

	// The review of this week saved before, if any: its notes and focus
	// to start from.
	Saved *data.Review
}

// A ReviewQuestion is a guide question and the answer written for the
// week so far: the latest reflection on it dated in the week.
type ReviewQuestion struct {
	Prompt         data.Prompt
	Answer         string
	ReflectionID   int64     // 0: not answered for the week yet
	ReflectionDate data.Date // the answer's date
}

// Draft gathers the review of week, as of the clock's today.
func (w *Planner) Draft(ctx context.Context, week app.Range) (ReviewDraft, error) {
	today := w.today()
	week = app.Range{From: week.From, To: week.From.AddDays(6), Period: app.Week}
	d := ReviewDraft{Week: week, Next: week.Shift(1), Today: today}
	in, err := w.read(ctx)
	if err != nil {
		return d, err
	}
	days, err := w.store.Days(ctx, week.From, d.Next.To)
	if err != nil {
		return d, err
	}
	d.Balance = in.plan(week, days).Balance
	d.Callout = d.Balance.Callout(today)
	d.Plan, d.Filled = in.plan(d.Next, days).FillFromIdeal(false)
	d.Dims = app.Active(in.dims)
	if f, ok := data.FocusOn(in.focus, d.Next.From); ok {
		d.Focus = &f
	}

	decisions, err := w.store.Decisions(ctx, data.DecisionFilter{From: week.From, To: week.To})
	if err != nil {
		return d, err
	}
	values, err := w.store.Values(ctx)
	if err != nil {
		return d, err
	}
	d.Decisions = decisionNotes(week, decisions, values)

	prompts, err := w.store.Prompts(ctx)
	if err != nil {
		return d, err
	}
	reflections, err := w.store.Reflections(ctx) // newest first
	if err != nil {
		return d, err
	}
	d.Questions = guideQuestions(week, prompts, reflections)

	sessions, err := w.store.Sessions(ctx)
	if err != nil {
		return d, err
	}
	d.Actions = actionsDue(sessions, week, d.Next, today)

	if r, ok, err := w.store.Review(ctx, week.From); err != nil {
		return d, err
	} else if ok {
		d.Saved = &r
	}
	return d, nil
}

// guideQuestions returns the seed's two guide questions (the first two
// built-in prompts, archived or not), each with its latest answer dated
// in week.
func guideQuestions(week app.Range, prompts []data.Prompt, newestFirst []data.Reflection) []ReviewQuestion {
	var out []ReviewQuestion
	for _, p := range prompts {
		if !p.Builtin || len(out) == 2 {
			continue
		}
		q := ReviewQuestion{Prompt: p}
		for _, r := range newestFirst {
			if r.PromptID == p.ID && week.Contains(r.Date) {
				q.Answer, q.ReflectionID, q.ReflectionDate = r.Answer, r.ID, r.Date
				break
			}
		}
		out = append(out, q)
	}
	return out
}

// actionsDue returns the actions with a due date by the end of next, open
// or done since week began, the earliest due first.
func actionsDue(sessions []data.Session, week, next app.Range, today data.Date) []app.OpenAction {
	var out []app.OpenAction
	for _, s := range sessions {
		for _, a := range s.Actions {
			if a.Due.IsZero() || a.Due.After(next.To) || !a.Done.IsZero() && a.Done.Before(week.From) {
				continue
			}
			out = append(out, app.OpenAction{Action: a, From: s.Date, Overdue: a.Done.IsZero() && a.Due.Before(today)})
		}
	}
	slices.SortStableFunc(out, func(x, y app.OpenAction) int { return x.Due.DaysSince(y.Due) })
	return out
}
