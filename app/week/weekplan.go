package week

import (
	"daymark/app"
	"daymark/data"
)

// A Plan is a week's seven days as the Week screen and daymark week
// show them: each day's planned and actual minutes by dimension (actual
// time is typed + timed, as stored), and the week's figures. It is a
// value: the changes below return a new plan, and nothing is saved until
// Planner.Save.
type Plan struct {
	Range   app.Range        // the seven days, from the first day of the week
	Dims    []data.Dimension // the rows: active dimensions, and archived ones with minutes or targets in the week
	Days    [7]data.Day      // by date; a day with nothing stored is empty
	Balance app.Balance      // the week's figures, as the Balance screen works them out

	read     [7]data.Day // the days as they were read, to save only what changed
	all      []data.Dimension
	active   []data.Dimension
	targets  []data.Target
	focus    []data.Focus
	versions []data.IdealWeek
}

// NewPlan lays out the week rng from the stored days in it (in any
// order), every dimension, target version, focus and version of the ideal
// week.
func NewPlan(rng app.Range, dims []data.Dimension, days []data.Day, targets []data.Target, focus []data.Focus, versions []data.IdealWeek) Plan {
	p := Plan{Range: rng, all: dims, active: app.Active(dims), targets: targets, focus: focus, versions: versions}
	for i := range p.Days {
		p.Days[i] = data.NewDay(rng.From.AddDays(i))
	}
	for _, d := range days {
		if i := d.Date.DaysSince(rng.From); i >= 0 && i < 7 {
			p.Days[i] = d.Clone()
		}
	}
	for i, d := range p.Days {
		p.read[i] = d.Clone()
	}
	return p.figured()
}

// figured works the week's figures out again from its days.
func (p Plan) figured() Plan {
	p.Balance = app.ComputeBalance(p.Range, p.all, p.Days[:], p.targets, p.focus)
	p.Balance = p.Balance.WithWeekStart(p.Range.From.Weekday())
	p.Dims = p.Dims[:0:0]
	for _, r := range p.Balance.Rows {
		p.Dims = append(p.Dims, r.Dimension)
	}
	return p
}

// WithDay returns the plan with one of its days replaced by day (of the
// same date), its figures worked out again: what the grid does as a cell
// is typed.
func (p Plan) WithDay(day data.Day) Plan {
	i := day.Date.DaysSince(p.Range.From)
	if i < 0 || i >= 7 {
		return p
	}
	p.Days[i] = day.Clone()
	return p.figured()
}

// Totals are a week's minutes per dimension: the sums of its days, and
// of the target in force on each of its days. A dimension with none is
// left out.
type Totals struct {
	Planned, Actual, Target map[int64]int
}

// Totals returns the week's totals per dimension: exactly the sums of its
// days, a day with nothing recorded counting as zero.
func (p Plan) Totals() Totals {
	t := Totals{Planned: map[int64]int{}, Actual: map[int64]int{}, Target: map[int64]int{}}
	for _, r := range p.Balance.Rows {
		for _, side := range []struct {
			to map[int64]int
			m  int
		}{{t.Planned, r.Planned}, {t.Actual, r.Actual}, {t.Target, r.Target}} {
			if side.m != 0 {
				side.to[r.Dimension.ID] = side.m
			}
		}
	}
	return t
}

// Problems says what keeps the week from being saved, day by day: more
// than 1440 minutes planned or actual in a day, in the Day planner's
// words, with the day named.
func (p Plan) Problems() []string {
	var out []string
	for _, d := range p.Days {
		out = append(out, app.DayProblems(d)...)
	}
	return out
}

// Changed returns the days that differ from what was read.
func (p Plan) Changed() []data.Day {
	var out []data.Day
	for i, d := range p.Days {
		if !d.Equal(p.read[i]) {
			out = append(out, d)
		}
	}
	return out
}

// How filling a day from the ideal week or last week went.
const (
	Filled    = "filled"    // the day's plan was set
	KeptPlan  = "kept"      // the day had a plan, and replacing was not asked for
	NothingIn = "nothing"   // the source plans nothing for that day
	NoSource  = "no source" // there is no ideal week yet (no targets either)
)

// A DayFill says what filling the week did to one of its days.
type DayFill struct {
	Date    data.Date
	Result  string        // Filled, KeptPlan, NothingIn or NoSource
	Planned map[int64]int // the plan set, when Filled
}

// FillFromIdeal plans the week's days from the ideal week in force on
// each (the targets until one is set), for the active dimensions. Days
// that already have a plan are kept unless replace; actual and timed
// minutes and notes are never touched.
func (p Plan) FillFromIdeal(replace bool) (Plan, []DayFill) {
	return p.fill(replace, func(i int, date data.Date) (map[int64]int, bool) {
		if _, ok := IdealOn(p.versions, p.targets, date); !ok {
			return nil, false
		}
		return idealPlan(p.versions, p.targets, date, p.active), true
	})
}

// CopyPlan plans each day of the week as the same day of from (last
// week) was planned, on the terms of FillFromIdeal.
func (p Plan) CopyPlan(from Plan, replace bool) (Plan, []DayFill) {
	return p.fill(replace, func(i int, _ data.Date) (map[int64]int, bool) {
		return from.Days[i].Planned, true
	})
}

// fill sets each day's plan from source, which says what to plan on the
// i-th day, and false when there is no source at all.
func (p Plan) fill(replace bool, source func(i int, date data.Date) (map[int64]int, bool)) (Plan, []DayFill) {
	out := make([]DayFill, 0, 7)
	for i, day := range p.Days {
		f := DayFill{Date: day.Date}
		plan, ok := source(i, day.Date)
		planned := data.NewDay(day.Date)
		for _, d := range p.active {
			if m := plan[d.ID]; m > 0 {
				planned.Planned[d.ID] = m
			}
		}
		switch {
		case day.PlannedTotal() > 0 && !replace:
			f.Result = KeptPlan
		case !ok:
			f.Result = NoSource
		case planned.PlannedTotal() == 0:
			f.Result = NothingIn
		default:
			f.Result, f.Planned = Filled, planned.Planned
			p.Days[i] = app.UsePlan(day, planned, p.active)
		}
		out = append(out, f)
	}
	return p.figured(), out
}

// ClearPlan returns the plan with the i-th day's plan cleared: its actual
// and timed minutes and its note stay.
func (p Plan) ClearPlan(i int) Plan {
	if i < 0 || i >= 7 {
		return p
	}
	p.Days[i] = p.Days[i].Clone()
	p.Days[i].Planned = map[int64]int{}
	return p.figured()
}
