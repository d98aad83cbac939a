package app

import (
	"context"

	"daymark/data"
)

// Coaching is the Coaching screen's use cases: sessions with a coach and
// the actions agreed in them (the brief prepared for the next one is
// package brief's).
type Coaching struct {
	store *data.Store
}

// NewCoaching returns the coaching use cases over store.
func NewCoaching(store *data.Store) *Coaching { return &Coaching{store: store} }

// Sessions returns every session with its actions, by date.
func (c *Coaching) Sessions(ctx context.Context) ([]data.Session, error) {
	return c.store.Sessions(ctx)
}

// Save adds or changes a session and its actions.
func (c *Coaching) Save(ctx context.Context, s *data.Session) error {
	return c.store.SaveSession(ctx, s)
}

// Delete removes a session and its actions.
func (c *Coaching) Delete(ctx context.Context, id int64) error { return c.store.DeleteSession(ctx, id) }

// MarkAction marks an action done on a day, or open again with a zero day.
func (c *Coaching) MarkAction(ctx context.Context, id int64, done data.Date) error {
	return c.store.MarkAction(ctx, id, done)
}

// LastAndNext returns the latest session held before today and the first
// one planned from today on; either may be nil.
func LastAndNext(sessions []data.Session, today data.Date) (last, next *data.Session) {
	for i := range sessions {
		s := &sessions[i]
		if s.Date.Before(today) {
			last = s
		} else if next == nil {
			next = s
		}
	}
	return last, next
}

// OpenAction is an action not yet done, with the session it came from.
type OpenAction struct {
	data.Action
	From    data.Date // the session's date
	Overdue bool      // due before today
}

// OpenActions returns every action not done yet, the oldest session
// first: they carry over from session to session until done.
func OpenActions(sessions []data.Session, today data.Date) []OpenAction {
	var out []OpenAction
	for _, s := range sessions {
		for _, a := range s.Actions {
			if a.Done.IsZero() {
				out = append(out, OpenAction{Action: a, From: s.Date, Overdue: !a.Due.IsZero() && a.Due.Before(today)})
			}
		}
	}
	return out
}

// SessionSoon returns the first session planned for today or tomorrow, if
// any: the Day planner reminds the person of it the day before.
func SessionSoon(sessions []data.Session, today data.Date) *data.Session {
	for i := range sessions {
		if d := sessions[i].Date; d == today || d == today.AddDays(1) {
			return &sessions[i]
		}
	}
	return nil
}

// When says when a session is, from today: "today", "tomorrow",
// "on Monday 30 November".
func When(d, today data.Date) string {
	switch d {
	case today:
		return "today"
	case today.AddDays(1):
		return "tomorrow"
	}
	return "on " + d.Format("Monday 2 January")
}
