package data

import (
	"context"
	"database/sql"
	"sort"
)

// The timer's part of Contents: the intervals and the minutes each counts
// per day, checked and written whole.

// validateIntervals checks the intervals and their minutes: each valid and
// naming a dimension of c, IDs used once, one running at most, no two
// overlapping, and the minutes of each inside its interval and inside the
// actual minutes of their day. Errors name intervals as the export does:
// "timed_intervals[3] (…)".
func (c Contents) validateIntervals(dimensions map[int64]bool) error {
	index := map[string]int{}
	running := -1
	for i, iv := range c.Intervals {
		if err := iv.Validate(); err != nil {
			return itemError("timed_intervals", i, stamp(iv.Start), err)
		}
		if !dimensions[iv.DimensionID] {
			return itemError("timed_intervals", i, stamp(iv.Start), Errorf(EInvalid, "it names a dimension that is not in the file"))
		}
		if _, dup := index[iv.ID]; dup {
			return itemError("timed_intervals", i, stamp(iv.Start), Errorf(EConflict, "the ID %s is used twice", iv.ID))
		}
		index[iv.ID] = i
		if iv.Running() {
			if running >= 0 {
				return itemError("timed_intervals", i, stamp(iv.Start), Errorf(EConflict, "two timers run at once (this one and timed_intervals[%d]): stop one", running))
			}
			running = i
		}
	}
	order := make([]int, len(c.Intervals))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return c.Intervals[order[a]].Start.Before(c.Intervals[order[b]].Start) })
	for k := 1; k < len(order); k++ {
		prev, next := c.Intervals[order[k-1]], c.Intervals[order[k]]
		if prev.Running() || prev.End.After(next.Start) {
			return itemError("timed_intervals", order[k], stamp(next.Start), Errorf(EConflict, "it overlaps timed_intervals[%d]: the same minute cannot be timed twice", order[k-1]))
		}
	}
	actual := map[Date]map[int64]int{}
	for _, d := range c.Days {
		actual[d.Date] = d.Actual
	}
	used := map[string]int{}          // minutes by interval
	seen := map[[2]string]bool{}      // interval and date
	timed := map[Date]map[int64]int{} // minutes by date and dimension
	for _, p := range c.TimedParts {
		i, ok := index[p.IntervalID]
		if !ok {
			return Errorf(EInvalid, "timed minutes on %s belong to an interval that is not in the file", p.Date)
		}
		iv := c.Intervals[i]
		where := func(format string, args ...any) error {
			return itemError("timed_intervals", i, stamp(iv.Start), Errorf(EInvalid, format, args...))
		}
		switch key := [2]string{p.IntervalID, p.Date.String()}; {
		case iv.Running():
			return where("a running interval counts no minutes yet")
		case p.DimensionID != iv.DimensionID:
			return where("its minutes on %s name another dimension", p.Date)
		case p.Minutes < 1 || p.Minutes > MinutesPerDay:
			return where("its minutes on %s (%d) are not between 1 and %d", p.Date, p.Minutes, MinutesPerDay)
		case seen[key]:
			return where("its minutes on %s are there twice", p.Date)
		case p.Date.Validate() != nil:
			return where("%s", ErrorMessage(p.Date.Validate()))
		default:
			seen[key] = true
		}
		if used[p.IntervalID] += p.Minutes; used[p.IntervalID] > iv.Minutes() {
			return where("its minutes per day add up to more than it lasted (%d minutes)", iv.Minutes())
		}
		if timed[p.Date] == nil {
			timed[p.Date] = map[int64]int{}
		}
		if timed[p.Date][p.DimensionID] += p.Minutes; timed[p.Date][p.DimensionID] > actual[p.Date][p.DimensionID] {
			return where("%s holds %d actual minutes of its dimension, fewer than the %d timed then", p.Date, actual[p.Date][p.DimensionID], timed[p.Date][p.DimensionID])
		}
	}
	return nil
}

// replaceIntervals inserts the intervals of c and their minutes (the
// tables are empty and the days written).
func replaceIntervals(ctx context.Context, tx *sql.Tx, c Contents) error {
	if err := writeIntervals(ctx, tx, intervalEdit{put: c.Intervals}); err != nil {
		return err
	}
	for _, p := range c.TimedParts {
		if err := insertPart(ctx, tx, p); err != nil {
			return err
		}
	}
	return nil
}
