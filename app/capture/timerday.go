package capture

import (
	"context"
	"sort"
	"strings"
	"time"

	"daymark/app"
	"daymark/data"
)

// The timer's intervals of a day, their corrections, and the day's actual
// time split by where it came from, for the Day planner.

// A DayInterval is a timed interval that counts on a day, and how much.
type DayInterval struct {
	data.Interval
	Minutes int // what it adds to the day's actual minutes; for the running one, so far
}

// Intervals returns the intervals that count on date, by start: the
// stopped ones with the minutes they count there, and the running one with
// its minutes on date up to now.
func (t *Timer) Intervals(ctx context.Context, date data.Date) ([]DayInterval, error) {
	if err := date.Validate(); err != nil {
		return nil, err
	}
	d0, d1 := data.DayBounds(date, t.location())
	list, err := t.store.Intervals(ctx, d0, d1)
	if err != nil {
		return nil, err
	}
	parts, err := t.store.TimedParts(ctx, date, date)
	if err != nil {
		return nil, err
	}
	minutes := map[string]int{}
	for _, p := range parts {
		minutes[p.IntervalID] = p.Minutes
	}
	now := t.now()
	out := make([]DayInterval, 0, len(list))
	for _, iv := range list {
		m := minutes[iv.ID]
		if iv.Running() {
			m = minutesBetween(later(iv.Start, d0), earlierOf(d1, now))
		}
		out = append(out, DayInterval{Interval: iv, Minutes: m})
	}
	// An interval recorded in another time zone may count on a neighbouring
	// date: list it where its minutes are.
	for _, p := range parts {
		if !containsInterval(out, p.IntervalID) {
			if iv, ok, err := t.store.Interval(ctx, p.IntervalID); err != nil {
				return nil, err
			} else if ok {
				out = append(out, DayInterval{Interval: iv, Minutes: p.Minutes})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out, nil
}

func containsInterval(list []DayInterval, id string) bool {
	for _, iv := range list {
		if iv.ID == id {
			return true
		}
	}
	return false
}

func earlierOf(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// Correct stores iv in place of the interval with its ID: a new start,
// end, dimension or note, the actual minutes of every day it spanned and
// spans following. An interval with no ID is added (time forgotten to be
// timed). The running interval stays running when End is zero, and stops
// at End otherwise. Refused, changing nothing: times in the future, an
// end before the start, time timed already, a day over 1440 minutes.
func (t *Timer) Correct(ctx context.Context, iv data.Interval) (data.Interval, error) {
	now := t.now()
	if iv.ID == "" {
		if iv.End.IsZero() {
			return iv, data.Errorf(data.EInvalid, "say when the interval ends (to time from now on, start the timer)")
		}
		iv.ID = data.NewIntervalID()
	}
	iv.Note = strings.TrimSpace(iv.Note)
	for _, at := range []*time.Time{&iv.Start, &iv.End} {
		if at.IsZero() {
			continue
		}
		if at.Truncate(time.Minute).After(now) {
			return iv, data.Errorf(data.EInvalid, "%s is in the future (it is %s now): the timer records time already spent", t.clock(*at, now), now.Format("15:04"))
		}
		*at = at.In(t.location()).Truncate(time.Minute)
	}
	if !iv.End.IsZero() && !iv.End.After(iv.Start) {
		return iv, data.Errorf(data.EInvalid, "the interval ends (%s) before it starts (%s)", t.clock(iv.End, now), t.clock(iv.Start, now))
	}
	dims, err := t.store.Dimensions(ctx)
	if err != nil {
		return iv, err
	}
	if app.DimensionOf(dims, iv.DimensionID).ID == 0 {
		return iv, data.Errorf(data.ENotFound, "there is no such dimension (it may have been removed)")
	}
	end := iv.End
	if end.IsZero() {
		end = now
	}
	if err := t.checkSpan("The interval", iv.Start, end, now); err != nil {
		return iv, err
	}
	if iv.End.IsZero() {
		end = end.Add(time.Minute) // a running one reaches into the minute under way
	}
	others, err := t.store.Intervals(ctx, iv.Start, end)
	if err != nil {
		return iv, err
	}
	for _, o := range others {
		if o.ID != iv.ID {
			until := "now"
			if !o.Running() {
				until = t.clock(o.End, now)
			}
			return iv, data.Errorf(data.EConflict, "that overlaps %s, timed from %s to %s: the same minute cannot be timed twice", app.DimensionOf(dims, o.DimensionID).Name, t.clock(o.Start, now), until)
		}
	}
	return iv, t.store.SaveInterval(ctx, iv, t.recount())
}

// Delete removes the interval with id; the days it counted on lose its
// minutes (their typed minutes stay).
func (t *Timer) Delete(ctx context.Context, id string) error {
	return t.store.DeleteInterval(ctx, id, t.recount())
}

// A DayTime is a day's actual time split by where it came from: what the
// timer counted (the running timer's minutes so far included), what
// imports set, and what was typed. The rule, also in docs/timer.md: a
// dimension's actual minutes are its timed minutes plus the rest, and the
// rest is what a person typed or an import set; the timer never changes
// the rest, and typing never changes what was timed.
type DayTime struct {
	Day      data.Day      // as stored: Actual holds the stopped timed minutes, Timed says how many
	Imported map[int64]int // the part of Actual the last calendar import set
	Running  *data.Interval
	Live     int // the running timer's minutes on this day so far, not yet in Day
}

// DayTime returns date's actual time split by where it came from, at now.
func (t *Timer) DayTime(ctx context.Context, date data.Date) (DayTime, error) {
	if err := date.Validate(); err != nil {
		return DayTime{}, err
	}
	st, err := t.store.TimerState(ctx, date, date)
	if err != nil {
		return DayTime{}, err
	}
	dt := DayTime{Day: data.NewDay(date), Imported: map[int64]int{}}
	for _, d := range st.Days {
		if d.Date == date {
			dt.Day = d
		}
	}
	for _, d := range st.Imported {
		if d.Date == date {
			dt.Imported = d.Minutes
		}
	}
	if r := st.Running; r != nil {
		d0, d1 := data.DayBounds(date, t.location())
		if m := minutesBetween(later(r.Start, d0), earlierOf(d1, t.now())); m > 0 {
			dt.Running, dt.Live = r, m
		}
	}
	return dt, nil
}

// Timed returns the minutes of dimension id the timer counted, the running
// timer's so far included.
func (d DayTime) Timed(id int64) int {
	m := d.Day.Timed[id]
	if d.Running != nil && d.Running.DimensionID == id {
		m += d.Live
	}
	return m
}

// Actual returns the actual minutes of dimension id, the running timer's
// so far included.
func (d DayTime) Actual(id int64) int { return d.Day.Typed(id) + d.Timed(id) }

// Typed returns the actual minutes of dimension id that were typed by hand.
func (d DayTime) Typed(id int64) int { return max(d.Day.Typed(id)-d.imported(id), 0) }

// imported returns the part of the actual minutes an import set, when the
// person has not typed over them.
func (d DayTime) imported(id int64) int {
	if m := d.Imported[id]; m == d.Day.Typed(id) {
		return m
	}
	return 0
}

// ActualTotal returns the day's actual minutes, the running timer's so far included.
func (d DayTime) ActualTotal() int { return d.Day.ActualTotal() + d.Live }

// Text says where a dimension's actual minutes came from, as the Day
// planner shows it beside the field: "2h 10m timed + 30m typed", "1h
// timed (running)", "45m imported". Empty when nothing was timed or
// imported: typed minutes need no explanation.
func (d DayTime) Text(id int64) string {
	timed, imported, typed := d.Timed(id), d.imported(id), d.Typed(id)
	if timed == 0 && imported == 0 {
		return ""
	}
	var parts []string
	if timed > 0 {
		p := app.FormatDuration(timed) + " timed"
		if d.Running != nil && d.Running.DimensionID == id {
			p += " (running)"
		}
		parts = append(parts, p)
	}
	if imported > 0 {
		parts = append(parts, app.FormatDuration(imported)+" imported")
	}
	if typed > 0 {
		parts = append(parts, app.FormatDuration(typed)+" typed")
	}
	return strings.Join(parts, " + ")
}
