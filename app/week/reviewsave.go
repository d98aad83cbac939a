package week

import (
	"context"
	"strings"

	"daymark/app"
	"daymark/data"
)

// ReviewAnswers are what the person answered in a review, step by step.
type ReviewAnswers struct {
	Answers map[int64]string       // 3: by prompt ID; blank leaves a question unanswered
	Actions map[int64]ActionChoice // 4: by action ID; an action left out stays as it is (open ones carried on)
	Focus   FocusChoice            // 5
	Plan    *Plan                  // 6: next week as the grid holds it; nil leaves next week as it is
	Notes   string
}

// ActionChoice is what the review does with an action: mark it done, or
// carry it on, to a new due date (the window offers the end of next
// week: ReviewDraft.Next.To) or, with Due zero, its own.
type ActionChoice struct {
	Done bool
	Due  data.Date
}

// FocusChoice is next week's focus: the one in force kept, or another
// dimension picked, with the reason.
type FocusChoice struct {
	Keep        bool
	DimensionID int64
	Reason      string
}

// SaveReview saves the review of d's week with a's answers, in one
// transaction: the record with the week's figures frozen as they stand,
// the answers as reflections dated in the week, the actions marked done
// (today) or carried on, a new focus from the first day of next week,
// and next week's plan. All of it is saved, or nothing; saving the same
// week again replaces its record. It returns the record.
func (w *Planner) SaveReview(ctx context.Context, d ReviewDraft, a ReviewAnswers) (data.Review, error) {
	now := w.Now()
	today := data.DateOf(now)
	r := data.Review{From: d.Week.From, To: d.Week.To, SavedAt: now, Notes: a.Notes}
	var e data.ReviewEffects
	if err := reviewAnswers(d, a, today, &r, &e); err != nil {
		return r, err
	}
	if err := reviewActions(d, a, today, &r, &e); err != nil {
		return r, err
	}
	if err := reviewFocus(d, a.Focus, &r, &e); err != nil {
		return r, err
	}
	if p := a.Plan; p != nil {
		if p.Range.From != d.Next.From {
			return r, data.Errorf(data.EInvalid, "Next week's plan: the plan is of the week of %s, not of next week (%s)", p.Range.From, d.Next.From)
		}
		if problems := p.Problems(); len(problems) > 0 {
			return r, data.Errorf(data.EInvalid, "Next week's plan: %s", strings.Join(problems, " "))
		}
		e.Days = p.Changed()
	}
	err := w.store.SaveReview(ctx, &r, e)
	return r, err
}

// reviewAnswers records the answers to the guide questions, and writes
// those new or changed as reflections: an answer written for the week
// keeps its date, a new one is dated today, or the week's nearest day.
func reviewAnswers(d ReviewDraft, a ReviewAnswers, today data.Date, r *data.Review, e *data.ReviewEffects) error {
	asked := map[int64]bool{}
	for _, q := range d.Questions {
		asked[q.Prompt.ID] = true
		answer := strings.TrimSpace(a.Answers[q.Prompt.ID])
		if answer == "" {
			continue // an answer written before stays on the Values screen
		}
		r.Answers = append(r.Answers, data.ReviewAnswer{Prompt: q.Prompt.Text, Answer: answer})
		if answer == q.Answer {
			continue
		}
		date := q.ReflectionDate
		if q.ReflectionID == 0 {
			date = clampDate(today, d.Week)
		}
		e.Reflections = append(e.Reflections, data.Reflection{ID: q.ReflectionID, PromptID: q.Prompt.ID, Date: date, Answer: answer})
	}
	for id, answer := range a.Answers {
		if !asked[id] && strings.TrimSpace(answer) != "" {
			return data.Errorf(data.EInvalid, "The guide questions: an answer is to a question the review did not ask (prompt %d)", id)
		}
	}
	return nil
}

// clampDate returns day, or the end of rng nearest to it.
func clampDate(day data.Date, rng app.Range) data.Date {
	switch {
	case day.Before(rng.From):
		return rng.From
	case day.After(rng.To):
		return rng.To
	}
	return day
}

// reviewActions records each action of step 4 as done or carried on, and
// marks those that change.
func reviewActions(d ReviewDraft, a ReviewAnswers, today data.Date, r *data.Review, e *data.ReviewEffects) error {
	shown := map[int64]bool{}
	for _, oa := range d.Actions {
		shown[oa.ID] = true
		choice, chosen := a.Actions[oa.ID]
		done := !oa.Done.IsZero()
		if chosen {
			done = choice.Done
		}
		ra := data.ReviewAction{Text: oa.Text, Due: oa.Due, Done: done}
		switch {
		case done && oa.Done.IsZero():
			e.Actions = append(e.Actions, data.Action{ID: oa.ID, Text: oa.Text, Due: oa.Due, Done: today})
		case !done:
			due := oa.Due
			if chosen && !choice.Due.IsZero() {
				if choice.Due.Before(today) {
					return data.Errorf(data.EInvalid, "Coaching actions: “%s” is carried on to %s, a day already past: carry it to today or later", oa.Text, app.DateText(choice.Due, app.LongDates))
				}
				due = choice.Due
			}
			if due != oa.Due {
				ra.CarriedTo = due
			}
			if due != oa.Due || !oa.Done.IsZero() {
				e.Actions = append(e.Actions, data.Action{ID: oa.ID, Text: oa.Text, Due: due})
			}
		}
		r.Actions = append(r.Actions, ra)
	}
	for id := range a.Actions {
		if !shown[id] {
			return data.Errorf(data.EInvalid, "Coaching actions: an action the review did not show cannot be marked (action %d)", id)
		}
	}
	return nil
}

// reviewFocus records next week's focus, and starts a new one from the
// first day of next week when another is picked.
func reviewFocus(d ReviewDraft, c FocusChoice, r *data.Review, e *data.ReviewEffects) error {
	reason := strings.TrimSpace(c.Reason)
	if c.Keep {
		r.Focus = data.ReviewFocus{Kept: true, Reason: reason}
		if d.Focus != nil {
			r.Focus.DimensionID = d.Focus.DimensionID
		}
		return nil
	}
	dim := app.DimensionOf(d.Dims, c.DimensionID)
	switch {
	case dim.ID == 0:
		return data.Errorf(data.EInvalid, "Next week's focus: choose the dimension to focus on, or keep the focus")
	case reason == "":
		return data.Errorf(data.EInvalid, "Next week's focus: say why %s gets the focus next week", dim.Name)
	}
	r.Focus = data.ReviewFocus{DimensionID: dim.ID, Reason: reason}
	e.Focus = &data.Focus{Started: d.Next.From, DimensionID: dim.ID, Reason: reason}
	return nil
}
