package capture

import (
	"context"
	"fmt"
	"strings"
	"time"

	"daymark/app"
	"daymark/app/timeimport"
	"daymark/data"
)

// Timer is the use cases of actual time that records itself: start a
// dimension, switch to another (the running one stops at the same
// instant), stop, each now or at a time said; what was timed lands in the
// actual minutes of the days it spans, cut at local midnight. The running
// timer is a row in the database from the moment it starts. See
// docs/timer.md.
type Timer struct {
	store *data.Store
	// Location is where days start and end; time.Local unless set (tests
	// set a fixed zone).
	Location *time.Location
	// Now is the clock; time.Now unless set (tests set their own).
	Now func() time.Time
}

// NewTimer returns the timer's use cases over store.
func NewTimer(store *data.Store) *Timer {
	return &Timer{store: store, Location: time.Local, Now: time.Now}
}

func (t *Timer) location() *time.Location {
	if t.Location == nil {
		return time.Local
	}
	return t.Location
}

// now returns the clock's time, in the timer's location.
func (t *Timer) now() time.Time {
	if t.Now == nil {
		return time.Now().In(t.location())
	}
	return t.Now().In(t.location())
}

// recount is how the store brings days in step with the intervals: cut at
// midnight here, and a day with imported events settled again, the typed
// minutes kept and the timed time taken out of the events'.
func (t *Timer) recount() data.Recount {
	return data.Recount{Location: t.location(), Settle: timeimport.Resettle}
}

// MaxTimedDays is the longest an interval may last: a timer forgotten for
// longer needs saying when it really stopped, not a month of full days.
const MaxTimedDays = 31

// checkSpan refuses an interval from start to end longer than MaxTimedDays.
func (t *Timer) checkSpan(name string, start, end, now time.Time) error {
	if end.Sub(start) > MaxTimedDays*24*time.Hour {
		return data.Errorf(data.EInvalid, "%s from %s to %s would last more than %d days: say when it really stopped, or type older time in the Day planner", name, t.clock(start, now), t.clock(end, now), MaxTimedDays)
	}
	return nil
}

// A Status is the timer as it stands now.
type Status struct {
	Running   bool
	Interval  data.Interval  // the running interval
	Dimension data.Dimension // its dimension
	Minutes   int            // how long it has run, up to now
	Today     int            // the part of Minutes on today's date
	// Limit is when it stops by itself, so that no day holds more than
	// 1440 actual minutes; zero when today has room to its end. LimitDate
	// is the day that would be full.
	Limit     time.Time
	LimitDate data.Date
	// Notice says why the timer stopped by itself since it was last
	// looked at; empty when it did not.
	Notice string
}

// A Result is what a start, switch or stop did.
type Result struct {
	Stopped *data.Interval // the interval that stopped; nil when none did, or it lasted no minute
	Started *data.Interval // the interval that started; nil for a stop
	Status  Status         // the timer afterwards
	Message string         // what happened, in a sentence
}

// Status returns the timer as it stands now. A timer that has run past
// its limit (a day it spans would hold more than 1440 actual minutes) is
// stopped at the limit here, and Notice says so: the limit is looked for
// at every status, start, switch and stop, so a window that asks for the
// status once a minute stops it within a minute of the limit.
func (t *Timer) Status(ctx context.Context) (Status, error) {
	st, dims, err := t.state(ctx)
	if err != nil || st.Running == nil {
		return Status{}, err
	}
	now := t.now()
	status := t.statusOf(st, dims, now)
	if status.Limit.IsZero() || status.Limit.After(now) {
		return status, nil
	}
	if err := t.store.ChangeTimer(ctx, data.TimerChange{Running: st.Running.ID, StopAt: status.Limit}, t.recount()); err != nil {
		return Status{}, err
	}
	return Status{Notice: t.limitNotice(status, now)}, nil
}

// state reads the running interval, the days from its start to today and
// the dimensions.
func (t *Timer) state(ctx context.Context) (data.TimerState, []data.Dimension, error) {
	today := data.DateOf(t.now())
	st, err := t.store.TimerState(ctx, today, today)
	if err != nil {
		return st, nil, err
	}
	dims, err := t.store.Dimensions(ctx)
	return st, dims, err
}

// statusOf works out the status of the running interval in st at now.
func (t *Timer) statusOf(st data.TimerState, dims []data.Dimension, now time.Time) Status {
	iv := *st.Running
	s := Status{Running: true, Interval: iv, Dimension: app.DimensionOf(dims, iv.DimensionID)}
	s.Minutes = minutesBetween(iv.Start, now)
	d0, _ := data.DayBounds(data.DateOf(now), t.location())
	s.Today = minutesBetween(later(iv.Start, d0), now)
	s.Limit, s.LimitDate = limit(st, t.location(), now)
	return s
}

// Start starts dimension id at at (now when zero), with a note. When
// another timer runs it stops at the same instant: a switch, made whole or
// not at all. Refused, changing nothing: a time in the future, a start
// before the running timer's, a start inside time already timed, an
// archived or unknown dimension.
func (t *Timer) Start(ctx context.Context, id int64, at time.Time, note string) (Result, error) {
	now, at, st, dims, err := t.begin(ctx, at)
	if err != nil {
		return Result{}, err
	}
	dim := app.DimensionOf(dims, id)
	switch {
	case dim.ID == 0:
		return Result{}, data.Errorf(data.ENotFound, "there is no such dimension (it may have been removed)")
	case dim.Archived:
		return Result{}, data.Errorf(data.EInvalid, "%s is archived: bring it back on the Dimensions screen to time it", dim.Name)
	}
	if err := t.checkSpan(dim.Name, at, now, now); err != nil {
		return Result{}, err
	}
	iv := data.Interval{ID: data.NewIntervalID(), DimensionID: id, Start: at, Note: strings.TrimSpace(note)}
	change := data.TimerChange{Add: []data.Interval{iv}}
	var res Result
	var capped Status
	if r := st.Running; r != nil {
		if at.Before(r.Start) {
			return Result{}, data.Errorf(data.EInvalid, "%s has been running since %s: a switch cannot start before that (%s)",
				app.DimensionOf(dims, r.DimensionID).Name, t.clock(r.Start, now), t.clock(at, now))
		}
		change.Running, change.StopAt = r.ID, at
		if capped = t.statusOf(st, dims, now); !capped.Limit.IsZero() && capped.Limit.Before(at) {
			change.StopAt = capped.Limit
		} else {
			capped = Status{}
		}
		res.Stopped = stoppedAt(*r, change.StopAt)
	} else if err := t.checkFree(ctx, at, now); err != nil {
		return Result{}, err
	}
	if err := t.store.ChangeTimer(ctx, change, t.recount()); err != nil {
		return Result{}, err
	}
	res.Started = &iv
	if res.Status, err = t.Status(ctx); err != nil {
		return res, err
	}
	res.Message = t.startMessage(res, dims, capped, now)
	return res, nil
}

// Stop stops the running timer at at (now when zero). Refused, changing
// nothing: nothing running, a time in the future, a time before it started.
func (t *Timer) Stop(ctx context.Context, at time.Time) (Result, error) {
	now, at, st, dims, err := t.begin(ctx, at)
	if err != nil {
		return Result{}, err
	}
	r := st.Running
	if r == nil {
		return Result{}, data.Errorf(data.EInvalid, "no timer is running: there is nothing to stop")
	}
	name := app.DimensionOf(dims, r.DimensionID).Name
	if at.Before(r.Start) {
		return Result{}, data.Errorf(data.EInvalid, "%s started at %s: it cannot stop before that (%s)", name, t.clock(r.Start, now), t.clock(at, now))
	}
	status := t.statusOf(st, dims, now)
	capped := !status.Limit.IsZero() && status.Limit.Before(at)
	if err := t.checkSpan(name, r.Start, at, now); err != nil && !capped {
		return Result{}, err
	}
	if capped {
		at = status.Limit
	}
	if err := t.store.ChangeTimer(ctx, data.TimerChange{Running: r.ID, StopAt: at}, t.recount()); err != nil {
		return Result{}, err
	}
	res := Result{Stopped: stoppedAt(*r, at)}
	switch {
	case capped:
		res.Message = t.limitNotice(status, now)
	case res.Stopped == nil:
		res.Message = fmt.Sprintf("Stopped %s: it ran less than a minute, so nothing was recorded.", name)
	default:
		res.Message = fmt.Sprintf("Stopped %s at %s: %s recorded.", name, t.clock(at, now), app.FormatDuration(res.Stopped.Minutes()))
	}
	return res, nil
}

// begin reads what a start or a stop at at (now when zero) works from:
// the time now, at checked against it, the timer's state and the
// dimensions.
func (t *Timer) begin(ctx context.Context, at time.Time) (now, when time.Time, st data.TimerState, dims []data.Dimension, err error) {
	now = t.now()
	if when, err = t.when(at, now); err != nil {
		return now, when, st, nil, err
	}
	st, dims, err = t.state(ctx)
	return now, when, st, dims, err
}

// when checks a time said for a start or a stop: zero means now; a time in
// the future is refused. Timer times are whole minutes.
func (t *Timer) when(at, now time.Time) (time.Time, error) {
	if at.IsZero() {
		at = now
	}
	if at.Truncate(time.Minute).After(now) {
		return time.Time{}, data.Errorf(data.EInvalid, "%s is in the future (it is %s now): the timer records time already spent", t.clock(at, now), now.Format("15:04"))
	}
	return at.In(t.location()).Truncate(time.Minute), nil
}

// checkFree refuses a new running interval from at when time after at was
// timed already.
func (t *Timer) checkFree(ctx context.Context, at, now time.Time) error {
	after, err := t.store.Intervals(ctx, at, now.Add(time.Minute))
	if err != nil || len(after) == 0 {
		return err
	}
	last := after[len(after)-1]
	return data.Errorf(data.EConflict, "the time from %s to %s is timed already: start at %s or later, or correct that interval", t.clock(last.Start, now), t.clock(last.End, now), t.clock(last.End, now))
}

// stoppedAt returns r stopped at at, or nil when it lasted no minute.
func stoppedAt(r data.Interval, at time.Time) *data.Interval {
	if !at.After(r.Start) {
		return nil
	}
	r.End = at
	return &r
}

func (t *Timer) startMessage(res Result, dims []data.Dimension, capped Status, now time.Time) string {
	name := app.DimensionOf(dims, res.Started.DimensionID).Name
	msg := fmt.Sprintf("Started %s at %s.", name, t.clock(res.Started.Start, now))
	if s := res.Stopped; s != nil {
		msg = fmt.Sprintf("Switched from %s (%s) to %s at %s.", app.DimensionOf(dims, s.DimensionID).Name, app.FormatDuration(s.Minutes()), name, t.clock(res.Started.Start, now))
	}
	if capped.Running {
		msg += " " + t.limitNotice(capped, now)
	}
	if n := res.Status.Notice; n != "" {
		msg += " " + n
	}
	return msg
}

// limitNotice says that a timer stopped at its limit, and why.
func (t *Timer) limitNotice(s Status, now time.Time) string {
	return fmt.Sprintf("The %s timer stopped at %s: %s had reached 24 hours (1440 minutes) of actual time.", s.Dimension.Name, t.clock(s.Limit, now), s.LimitDate.Format("Mon 2 Jan"))
}

// clock writes a time for a sentence: 09:15 today, Mon 2 Mar 09:15 another day.
func (t *Timer) clock(at, now time.Time) string {
	at = at.In(t.location())
	if data.DateOf(at) == data.DateOf(now) {
		return at.Format("15:04")
	}
	return at.Format("Mon 2 Jan 15:04")
}

// minutesBetween returns the whole minutes from a to b, zero when b is not after a.
func minutesBetween(a, b time.Time) int {
	if !b.After(a) {
		return 0
	}
	return int(b.Sub(a) / time.Minute)
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
