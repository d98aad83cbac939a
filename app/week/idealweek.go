package week

import (
	"time"

	"daymark/data"
)

// Ideal is the ideal week in force on a date: a version the person set,
// or, until they set one, the targets in force, the same minutes each
// day of the week.
type Ideal struct {
	data.IdealWeek
	FromTargets bool // no version was set yet: the targets stand in
}

// IdealOn returns the ideal week in force on date among versions and
// targets (each sorted by date), and false when neither had started.
func IdealOn(versions []data.IdealWeek, targets []data.Target, date data.Date) (Ideal, bool) {
	if w, ok := data.IdealWeekOn(versions, date); ok {
		return Ideal{IdealWeek: w}, true
	}
	t, ok := data.InForce(targets, date)
	if !ok {
		return Ideal{}, false
	}
	w := data.NewIdealWeek(t.From)
	for day := range w.Minutes {
		for id, m := range t.Minutes {
			w.Minutes[day][id] = m
		}
	}
	return Ideal{IdealWeek: w, FromTargets: true}, true
}

// idealPlan returns what the ideal week in force on date plans for it,
// for the dimensions in keep (the active ones) only.
func idealPlan(versions []data.IdealWeek, targets []data.Target, date data.Date, keep []data.Dimension) map[int64]int {
	out := map[int64]int{}
	w, ok := IdealOn(versions, targets, date)
	if !ok {
		return out
	}
	for _, d := range keep {
		if m := w.On(date.Weekday())[d.ID]; m > 0 {
			out[d.ID] = m
		}
	}
	return out
}

// WeekdaysFrom returns the seven days of the week in order from first
// (Monday or Sunday): the ideal week's columns.
func WeekdaysFrom(first time.Weekday) [7]time.Weekday {
	var out [7]time.Weekday
	for i := range out {
		out[i] = time.Weekday((int(first) + i) % 7)
	}
	return out
}
