package app

import (
	"context"
	"fmt"
	"math"
	"sync/atomic"
	"time"

	"daymark/data"
)

// Balance is how a range's time was spent against plan and target, per
// dimension: the Balance screen's figures, and daymark balance's.
type Balance struct {
	Range       Range
	Rows        []BalanceRow // active dimensions, and archived ones with minutes or targets in the range
	Focus       *data.Focus  // in force at the end of the range, if any
	PlannedDays int          // days of the range with planned time
	ActualDays  int          // days of the range with actual time recorded
	days        []data.Day   // the stored days of the range, by date
	tgts        []data.Target
	week        time.Weekday // the first day of a week, for the charts' weekly bars
}

// BalanceRow is one dimension's totals over the range. The target total
// adds the target in force on each day of the range; actual time is
// judged against the target of the days that have actual time recorded
// (targetRecorded), so a day not recorded yet is not counted as missed.
type BalanceRow struct {
	Dimension               data.Dimension
	Planned, Actual, Target int
	targetRecorded          int // the target of the days with actual time
	offPlan, plannedForPlan int // for PlanFollowed
	Focus                   bool
}

// PlanFollowed says how closely actual time followed the plan, from 0 to 1:
// 1 when every day's actual minutes equal its plan, less by the minutes off
// the plan (over or under) as a share of the minutes planned, over the days
// with actual time recorded. It is false when nothing was planned on them.
func (r BalanceRow) PlanFollowed() (float64, bool) {
	if r.plannedForPlan == 0 {
		return 0, false
	}
	return math.Max(0, 1-float64(r.offPlan)/float64(r.plannedForPlan)), true
}

// ComputeBalance works out the figures of rng from the stored days in it,
// every target version and the focus history.
func ComputeBalance(rng Range, dims []data.Dimension, days []data.Day, targets []data.Target, focus []data.Focus) Balance {
	b := Balance{Range: rng, days: days, tgts: targets, week: time.Monday}
	if f, ok := data.FocusOn(focus, rng.To); ok {
		b.Focus = &f
	}
	rows := make(map[int64]*BalanceRow, len(dims))
	all := make([]BalanceRow, len(dims))
	for i, d := range dims {
		all[i] = BalanceRow{Dimension: d, Focus: b.Focus != nil && b.Focus.DimensionID == d.ID}
		rows[d.ID] = &all[i]
	}
	for _, day := range days {
		if day.PlannedTotal() > 0 {
			b.PlannedDays++
		}
		if day.ActualTotal() > 0 {
			b.ActualDays++
			if t, ok := data.InForce(targets, day.Date); ok {
				for id, m := range t.Minutes {
					if r := rows[id]; r != nil {
						r.targetRecorded += m
					}
				}
			}
		}
		for id, m := range day.Planned {
			if r := rows[id]; r != nil {
				r.Planned += m
			}
		}
		for id, m := range day.Actual {
			if r := rows[id]; r != nil {
				r.Actual += m
			}
		}
		for id, r := range rows {
			// A day planned but not recorded yet is not a plan missed.
			if p := day.Planned[id]; p > 0 && day.ActualTotal() > 0 {
				r.plannedForPlan += p
				r.offPlan += abs(day.Actual[id] - p)
			}
		}
	}
	forEachTarget(rng, targets, func(t data.Target, days int) {
		for id, m := range t.Minutes {
			if r := rows[id]; r != nil {
				r.Target += m * days
			}
		}
	})
	for _, r := range all {
		if !r.Dimension.Archived || r.Planned+r.Actual+r.Target > 0 {
			b.Rows = append(b.Rows, r)
		}
	}
	return b
}

// forEachTarget calls fn with each target version in force during rng and
// the number of the range's days it covers.
func forEachTarget(rng Range, targets []data.Target, fn func(t data.Target, days int)) {
	for i, t := range targets {
		from := t.From
		if from.Before(rng.From) {
			from = rng.From
		}
		to := rng.To
		if i+1 < len(targets) && targets[i+1].From.AddDays(-1).Before(to) {
			to = targets[i+1].From.AddDays(-1)
		}
		if !to.Before(from) {
			fn(t, to.DaysSince(from)+1)
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Furthest returns the row furthest below its target a day, and false
// when no dimension is below its target.
func (b Balance) Furthest() (BalanceRow, bool) {
	var worst BalanceRow
	off, found := 0, false
	for _, r := range b.Rows {
		if f := b.Figures(r); f.HasOff && f.Off < 0 && (!found || f.Off < off) {
			worst, off, found = r, f.Off, true
		}
	}
	return worst, found
}

// Callout says in words where the balance falls short most:
// "People: 38m a day below target this month."
func (b Balance) Callout(today data.Date) string {
	when := b.Range.When(today)
	r, ok := b.Furthest()
	switch {
	case !b.Recorded():
		return "Nothing recorded " + when + " yet: plan and record your days on the Day planner, and their balance shows here."
	case ok:
		return b.shortfall(r) + " " + when + "."
	case b.ActualDays == 0 && b.hasTargets():
		return "No actual time recorded " + when + " yet: record your days on the Day planner to see them against the targets."
	case !b.hasTargets():
		return "No targets yet: set them to see where time falls short."
	}
	return "Every dimension is on or above its target " + when + "."
}

// shortfall says how far below its target a row falls a day:
// "People: 38m a day below target".
func (b Balance) shortfall(r BalanceRow) string {
	return fmt.Sprintf("%s: %s a day below target", r.Dimension.Name, FormatDuration(-b.Figures(r).Off))
}

// Recorded reports whether any minutes were planned or spent in the range.
func (b Balance) Recorded() bool {
	for _, r := range b.Rows {
		if r.Planned+r.Actual > 0 {
			return true
		}
	}
	return false
}

func (b Balance) hasTargets() bool {
	for _, r := range b.Rows {
		if r.Target > 0 {
			return true
		}
	}
	return false
}

// Balancer is the Balance screen's use cases: the figures of a range, and
// the targets and focus they are judged by.
type Balancer struct {
	store     *data.Store
	weekStart atomic.Int32 // a time.Weekday: the setting changes while figures are worked out
}

// NewBalancer returns the balance use cases over store, with weeks that
// start on Monday.
func NewBalancer(store *data.Store) *Balancer {
	b := &Balancer{store: store}
	b.SetWeekStart(time.Monday)
	return b
}

// SetWeekStart makes weeks start on day (Monday or Sunday).
func (b *Balancer) SetWeekStart(day time.Weekday) { b.weekStart.Store(int32(day)) }

// WeekStart returns the first day of the week.
func (b *Balancer) WeekStart() time.Weekday { return time.Weekday(b.weekStart.Load()) }

// Balance reads what it needs and computes the figures of rng.
func (b *Balancer) Balance(ctx context.Context, rng Range) (Balance, error) {
	dims, err := b.store.Dimensions(ctx)
	if err != nil {
		return Balance{}, err
	}
	days, err := b.store.Days(ctx, rng.From, rng.To)
	if err != nil {
		return Balance{}, err
	}
	targets, err := b.store.Targets(ctx)
	if err != nil {
		return Balance{}, err
	}
	focus, err := b.store.FocusHistory(ctx)
	if err != nil {
		return Balance{}, err
	}
	bal := ComputeBalance(rng, dims, days, targets, focus)
	bal.week = b.WeekStart()
	return bal, nil
}

// TargetsAndDimensions returns the dimensions and every target version,
// oldest first: what the target editor shows.
func (b *Balancer) TargetsAndDimensions(ctx context.Context) ([]data.Dimension, []data.Target, error) {
	dims, err := b.store.Dimensions(ctx)
	if err != nil {
		return nil, nil, err
	}
	targets, err := b.store.Targets(ctx)
	return dims, targets, err
}

// FocusAndDimensions returns the dimensions and the focus history, oldest
// first: what the focus editor shows.
func (b *Balancer) FocusAndDimensions(ctx context.Context) ([]data.Dimension, []data.Focus, error) {
	dims, err := b.store.Dimensions(ctx)
	if err != nil {
		return nil, nil, err
	}
	history, err := b.store.FocusHistory(ctx)
	return dims, history, err
}

// SaveTarget stores a target version (replacing one from the same date).
func (b *Balancer) SaveTarget(ctx context.Context, t data.Target) error {
	return b.store.SaveTarget(ctx, t)
}

// DeleteTarget removes the version starting on from.
func (b *Balancer) DeleteTarget(ctx context.Context, from data.Date) error {
	return b.store.DeleteTarget(ctx, from)
}

// SetFocus stores a focus (replacing one started the same day).
func (b *Balancer) SetFocus(ctx context.Context, f data.Focus) error { return b.store.SetFocus(ctx, f) }

// DeleteFocus removes the focus started on date.
func (b *Balancer) DeleteFocus(ctx context.Context, started data.Date) error {
	return b.store.DeleteFocus(ctx, started)
}
