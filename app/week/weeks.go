package week

import (
	"context"
	"strings"
	"time"

	"daymark/app"
	"daymark/data"
)

// Planner is the week's use cases: the week planner, the ideal week and the
// weekly review. See docs/week.md.
type Planner struct {
	store *data.Store
	Now   func() time.Time // the clock; time.Now unless a test sets another
}

// NewPlanner returns the week's use cases over store.
func NewPlanner(store *data.Store) *Planner { return &Planner{store: store, Now: time.Now} }

// today is the local date of the clock.
func (w *Planner) today() data.Date { return data.DateOf(w.Now()) }

// Of returns the week that holds date, starting on first (Monday or
// Sunday: the "first day of the week" setting).
func Of(date data.Date, first time.Weekday) app.Range { return app.RangeOf(app.Week, date, first) }

// Plan reads the week rng and lays it out.
func (w *Planner) Plan(ctx context.Context, rng app.Range) (Plan, error) {
	in, err := w.read(ctx)
	if err != nil {
		return Plan{}, err
	}
	days, err := w.store.Days(ctx, rng.From, rng.To)
	if err != nil {
		return Plan{}, err
	}
	return in.plan(rng, days), nil
}

// weekInputs are what a week's plan is laid out with, besides its days.
type weekInputs struct {
	dims     []data.Dimension
	targets  []data.Target
	focus    []data.Focus
	versions []data.IdealWeek
}

func (w *Planner) read(ctx context.Context) (weekInputs, error) {
	var in weekInputs
	var err error
	if in.dims, err = w.store.Dimensions(ctx); err != nil {
		return in, err
	}
	if in.targets, err = w.store.Targets(ctx); err != nil {
		return in, err
	}
	if in.focus, err = w.store.FocusHistory(ctx); err != nil {
		return in, err
	}
	in.versions, err = w.store.IdealWeeks(ctx)
	return in, err
}

func (in weekInputs) plan(rng app.Range, days []data.Day) Plan {
	return NewPlan(rng, in.dims, days, in.targets, in.focus, in.versions)
}

// Save stores the days of the plan that changed, in one transaction: all
// of them or none, and returns the week as it now stands. A day over 1440
// minutes is refused in the Day planner's words, naming the day; timed
// minutes stay as the timer made them (the typed part of each actual time
// is what changes).
func (w *Planner) Save(ctx context.Context, p Plan) (Plan, error) {
	if problems := p.Problems(); len(problems) > 0 {
		return p, data.Errorf(data.EInvalid, "%s", strings.Join(problems, " "))
	}
	if changed := p.Changed(); len(changed) > 0 {
		if err := w.store.SaveDays(ctx, changed); err != nil {
			return p, err
		}
	}
	return w.Plan(ctx, p.Range)
}

// ApplyIdeal plans the days of the week rng from the ideal week, on the
// terms of Plan.FillFromIdeal, reading and writing in one
// transaction, and says what it did to each day. Nothing is written when
// there is nothing to set.
func (w *Planner) ApplyIdeal(ctx context.Context, rng app.Range, replace bool) ([]DayFill, error) {
	in, err := w.read(ctx)
	if err != nil {
		return nil, err
	}
	var fills []DayFill
	err = w.store.ChangeDays(ctx, rng.From, rng.To, func(days []data.Day) ([]data.Day, error) {
		var p Plan
		p, fills = in.plan(rng, days).FillFromIdeal(replace)
		if problems := p.Problems(); len(problems) > 0 {
			return nil, data.Errorf(data.EInvalid, "%s", strings.Join(problems, " "))
		}
		return p.Changed(), nil
	})
	if err != nil {
		return nil, err
	}
	return fills, nil
}

// Ideal returns the ideal week in force on date (the targets until the
// person sets one), and false when there is neither.
func (w *Planner) Ideal(ctx context.Context, date data.Date) (Ideal, bool, error) {
	in, err := w.read(ctx)
	if err != nil {
		return Ideal{}, false, err
	}
	ideal, ok := IdealOn(in.versions, in.targets, date)
	return ideal, ok, nil
}

// IdealWeeks returns the dimensions and every version of the ideal week,
// oldest first: what the ideal week's editor shows.
func (w *Planner) IdealWeeks(ctx context.Context) ([]data.Dimension, []data.IdealWeek, error) {
	dims, err := w.store.Dimensions(ctx)
	if err != nil {
		return nil, nil, err
	}
	versions, err := w.store.IdealWeeks(ctx)
	return dims, versions, err
}

// SaveIdealWeek stores a version of the ideal week (replacing one from the
// same date).
func (w *Planner) SaveIdealWeek(ctx context.Context, iw data.IdealWeek) error {
	return w.store.SaveIdealWeek(ctx, iw)
}

// DeleteIdealWeek removes the version starting on from.
func (w *Planner) DeleteIdealWeek(ctx context.Context, from data.Date) error {
	return w.store.DeleteIdealWeek(ctx, from)
}
