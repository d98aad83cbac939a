package app

import (
	"context"

	"daymark/data"
)

// Planner is the Day planner's use cases: read a day, save it, and the
// copies that save typing.
type Planner struct {
	store *data.Store
}

// NewPlanner returns a planner over store.
func NewPlanner(store *data.Store) *Planner { return &Planner{store: store} }

// Day returns what is recorded for date (an empty day when nothing is).
func (p *Planner) Day(ctx context.Context, date data.Date) (data.Day, error) {
	return p.store.Day(ctx, date)
}

// Guide is what the planner shows beside a day to plan by: the target and
// the focus in force on it.
type Guide struct {
	Target     *data.Target
	Focus      *data.Focus
	ReviewsDue int           // decisions whose review is due
	Session    *data.Session // a coaching session today or tomorrow
}

// Guide returns the target and focus in force on date, the decision
// reviews due today and a coaching session today or tomorrow.
func (p *Planner) Guide(ctx context.Context, date data.Date) (Guide, error) {
	var g Guide
	targets, err := p.store.Targets(ctx)
	if err != nil {
		return g, err
	}
	if t, ok := data.InForce(targets, date); ok {
		g.Target = &t
	}
	history, err := p.store.FocusHistory(ctx)
	if err != nil {
		return g, err
	}
	if f, ok := data.FocusOn(history, date); ok {
		g.Focus = &f
	}
	if g.ReviewsDue, err = p.store.CountDecisions(ctx, data.DecisionFilter{ReviewDueOn: data.Today()}); err != nil {
		return g, err
	}
	sessions, err := p.store.Sessions(ctx)
	g.Session = SessionSoon(sessions, data.Today())
	return g, err
}

// SaveDay stores day whole, or nothing of it when it breaks a rule (more
// than 1440 minutes planned or actual, negative minutes, a note too long).
func (p *Planner) SaveDay(ctx context.Context, day data.Day) error {
	return p.store.SaveDay(ctx, day)
}

// PreviousPlan returns the latest plan before date, and false when there is
// none: "copy yesterday's plan" still works after a weekend off.
func (p *Planner) PreviousPlan(ctx context.Context, date data.Date) (data.Day, bool, error) {
	return p.store.PlanBefore(ctx, date)
}

// CopyPlanToActual returns day with the actual minutes of the dimensions in
// keep (the active ones) replaced by their plan.
func CopyPlanToActual(day data.Day, keep []data.Dimension) data.Day {
	c := day.Clone()
	for _, d := range keep {
		if m := day.Planned[d.ID]; m > 0 {
			c.Actual[d.ID] = m
		} else {
			delete(c.Actual, d.ID)
		}
	}
	return c
}

// UsePlan returns day with its plan replaced by the plan of from, keeping
// only the minutes of dimensions in keep (the active ones): an archived
// dimension's old plan is not brought back.
func UsePlan(day, from data.Day, keep []data.Dimension) data.Day {
	c := day.Clone()
	c.Planned = map[int64]int{}
	for id, m := range day.Planned { // minutes of dimensions the planner does not show stay
		if !contains(keep, id) {
			c.Planned[id] = m
		}
	}
	for _, d := range keep {
		if m := from.Planned[d.ID]; m > 0 {
			c.Planned[d.ID] = m
		}
	}
	return c
}

func contains(dims []data.Dimension, id int64) bool {
	for _, d := range dims {
		if d.ID == id {
			return true
		}
	}
	return false
}

// Unallocated returns what is left of a day's 1440 minutes after allocated;
// negative when the day is over budget.
func Unallocated(allocated int) int { return data.MinutesPerDay - allocated }

// Recorded returns the days from from to to, both included, that hold
// something: minutes planned or spent, or a note.
func (p *Planner) Recorded(ctx context.Context, from, to data.Date) (map[data.Date]bool, error) {
	days, err := p.store.Days(ctx, from, to)
	if err != nil {
		return nil, err
	}
	recorded := map[data.Date]bool{}
	for _, d := range days {
		if !d.IsEmpty() {
			recorded[d.Date] = true
		}
	}
	return recorded, nil
}
