package app

import (
	"strings"
	"time"

	"daymark/data"
)

// Zone is the person's time zone, in which the moment a review was saved
// falls on a date: the computer's, unless a test sets another.
var Zone = time.Local

// FrozenBalance returns a saved review's week as its first step showed
// it: the Balance screen's figures and charts, worked out from the
// figures frozen when it was saved (the dimensions as they were named,
// the days and targets as they stood).
func FrozenBalance(r data.Review) Balance {
	f := r.Figures
	ids := map[string]int64{}
	dims := make([]data.Dimension, 0, len(f.Dimensions))
	for i, d := range f.Dimensions {
		id := int64(i + 1)
		dims = append(dims, data.Dimension{ID: id, Name: d.Name, Colour: d.Colour, Position: i + 1, Archived: d.Archived})
		ids[d.Name] = id
	}
	byID := func(m map[string]int) map[int64]int {
		out := map[int64]int{}
		for name, minutes := range m {
			if id := ids[name]; id != 0 && minutes != 0 {
				out[id] = minutes
			}
		}
		return out
	}
	frozen := map[data.Date]data.FrozenDay{}
	for _, d := range f.Days {
		frozen[d.Date] = d
	}
	var days []data.Day
	var targets []data.Target
	for date := r.From; !date.After(r.To); date = date.AddDays(1) {
		fd := frozen[date] // a day missing from the figures counts as nothing, with no target
		targets = append(targets, data.Target{From: date, Minutes: byID(fd.Target)})
		day := data.NewDay(date)
		day.Planned, day.Actual = byID(fd.Planned), byID(fd.Actual)
		if !day.IsEmpty() {
			days = append(days, day)
		}
	}
	var focus []data.Focus
	if id := ids[f.Focus]; id != 0 {
		focus = []data.Focus{{Started: r.From, DimensionID: id}}
	}
	b := ComputeBalance(Range{From: r.From, To: r.To, Period: Week}, dims, days, targets, focus)
	b.week = r.From.Weekday()
	return b
}

// ReviewLine says in a few sentences what a saved review found and
// decided, for a list of past reviews and the coaching brief; dates
// inside within are written without their year. dims name the focus.
//
//	"2 Mar to 8 Mar 2026, reviewed 6 Mar. People: 38m a day below target.
//	Focus moved to People, because the team grew. 1 action done, 1
//	carried on. Notes: a full week."
func ReviewLine(r data.Review, dims []data.Dimension, within Range) string {
	return ReviewWhen(r, within) + ". " + ReviewFindings(r, dims)
}

// ReviewWhen names a saved review's week and the day it was reviewed,
// dates inside within written without their year: "2 Mar to 8 Mar 2026,
// reviewed 6 Mar".
func ReviewWhen(r data.Review, within Range) string {
	saved := data.DateOf(r.SavedAt.In(Zone))
	return Span(r.From, r.To, ShortDates) + ", reviewed " + within.DateIn(saved, ShortDates)
}

// ReviewFindings is ReviewLine without the dates: what the review found
// and decided.
func ReviewFindings(r data.Review, dims []data.Dimension) string {
	var parts []string
	b := FrozenBalance(r)
	switch row, ok := b.Furthest(); {
	case ok:
		parts = append(parts, b.shortfall(row))
	case b.ActualDays == 0:
		parts = append(parts, "No actual time was recorded that week")
	case !b.hasTargets():
		parts = append(parts, "No targets then")
	default:
		parts = append(parts, "Every dimension on or above its target")
	}
	switch f := r.Focus; {
	case f.DimensionID == 0:
		parts = append(parts, "No focus")
	case f.Kept:
		parts = append(parts, "Focus kept on "+DimensionName(dims, f.DimensionID))
	default:
		parts = append(parts, "Focus moved to "+DimensionName(dims, f.DimensionID))
	}
	if f := r.Focus; f.DimensionID != 0 && f.Reason != "" {
		parts[len(parts)-1] += ", because " + Quote(f.Reason)
	}
	done, carried := 0, 0
	for _, a := range r.Actions {
		if a.Done {
			done++
		} else {
			carried++
		}
	}
	switch {
	case done > 0 && carried > 0:
		parts = append(parts, Plural(done, "action")+" done, "+itoa(carried)+" carried on")
	case done > 0:
		parts = append(parts, Plural(done, "action")+" done")
	case carried > 0:
		parts = append(parts, Plural(carried, "action")+" carried on")
	}
	if r.Notes != "" {
		parts = append(parts, "Notes: "+Quote(r.Notes))
	}
	for i, p := range parts {
		if !strings.HasSuffix(p, ".") && !strings.HasSuffix(p, "?") && !strings.HasSuffix(p, "!") && !strings.HasSuffix(p, "…") {
			parts[i] = p + "."
		}
	}
	return strings.Join(parts, " ")
}
