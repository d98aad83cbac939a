package capture

import (
	"context"
	"time"

	"daymark/app"
	"daymark/data"
)

// Idle time: when the person was away from the keyboard and mouse while a
// timer ran, they say on their return what the time away was. The window
// asks; these are the rules. See docs/timer.md.

// An IdleChoice is what happens to time away while a timer ran.
type IdleChoice int

// The choices offered on return.
const (
	IdleKeep IdleChoice = iota // the time away counts for the running dimension
	IdleDrop                   // the time away does not count
	IdleGive                   // the time away counts for another dimension
)

// An IdleDecision is the person's answer about one stretch of time away.
type IdleDecision struct {
	Running string    // the ID of the interval that ran while they were away
	Since   time.Time // when they went idle
	Choice  IdleChoice
	To      int64 // IdleGive: the dimension the time away goes to
	Stop    bool  // the timer stops (at Since, or at now when the time is kept or given) instead of going on from now
}

// Idle applies d to the running timer, in one change: dropping stops it
// where the person went idle; giving stops it there too and records the
// time away for another dimension; unless d.Stop, the running dimension
// goes on from now, with its note.
func (t *Timer) Idle(ctx context.Context, d IdleDecision) (Result, error) {
	now := t.now()
	st, dims, err := t.state(ctx)
	if err != nil {
		return Result{}, err
	}
	r := st.Running
	if r == nil || r.ID != d.Running {
		return Result{}, data.Errorf(data.EConflict, "the timer was stopped or switched meanwhile: the time away was left as it was")
	}
	since := later(r.Start, d.Since.Truncate(time.Minute))
	if since.After(now) {
		since = now
	}
	if d.Choice == IdleGive && d.To == r.DimensionID || d.Choice == IdleKeep {
		if d.Stop {
			return t.Stop(ctx, time.Time{})
		}
		status, err := t.Status(ctx)
		return Result{Status: status, Message: "The time away was kept."}, err
	}
	change := data.TimerChange{Running: r.ID, StopAt: since}
	back := now.Truncate(time.Minute)
	msg := "The time away was dropped."
	if d.Choice == IdleGive {
		to := app.DimensionOf(dims, d.To)
		if to.ID == 0 {
			return Result{}, data.Errorf(data.ENotFound, "there is no such dimension (it may have been removed)")
		}
		if back.After(since) {
			change.Add = append(change.Add, data.Interval{ID: data.NewIntervalID(), DimensionID: to.ID, Start: since, End: back})
		}
		msg = "The time away went to " + to.Name + "."
	}
	var started *data.Interval
	if !d.Stop {
		iv := data.Interval{ID: data.NewIntervalID(), DimensionID: r.DimensionID, Start: back, Note: r.Note}
		change.Add = append(change.Add, iv)
		started = &iv
	}
	if err := t.store.ChangeTimer(ctx, change, t.recount()); err != nil {
		return Result{}, err
	}
	res := Result{Stopped: stoppedAt(*r, since), Started: started, Message: msg}
	res.Status, err = t.Status(ctx)
	return res, err
}

// An Away is a stretch of time the person was away while a timer ran.
type Away struct {
	Since, Back time.Time
}

// Minutes returns how long they were away.
func (a Away) Minutes() int { return minutesBetween(a.Since, a.Back) }

// IdleTracker notices the person's return after time away: fed the idle
// time the desktop reports (or nothing, where the desktop says nothing) at
// each look, it says when they come back from longer away than Threshold.
// A look that comes much later than the one before means the machine
// slept: the time between counts as away.
type IdleTracker struct {
	Threshold time.Duration // how long idle counts as away; 10 minutes by default
	Every     time.Duration // how often the window looks; a gap past twice this is sleep
	last      time.Time
	since     time.Time // when the person went idle, while they are
}

// Observe takes a look at now: idle is how long the desktop says the
// person has been idle, known false where it cannot say. It returns the
// time away when the person has just come back from it.
func (t *IdleTracker) Observe(now time.Time, idle time.Duration, known bool) (Away, bool) {
	threshold := t.Threshold
	if threshold <= 0 {
		threshold = 10 * time.Minute
	}
	last := t.last
	t.last = now
	// A gap between looks that idle time does not explain: the machine slept.
	if gap := now.Sub(last); !last.IsZero() && t.Every > 0 && gap > 2*t.Every && gap >= threshold && (!known || idle < gap-t.Every) {
		since := last
		if !t.since.IsZero() {
			since = t.since
		}
		t.since = time.Time{}
		return Away{Since: since, Back: now}, true
	}
	if !known {
		return Away{}, false
	}
	if idle >= threshold {
		if t.since.IsZero() {
			t.since = now.Add(-idle)
		}
		return Away{}, false
	}
	if since := t.since; !since.IsZero() {
		t.since = time.Time{}
		return Away{Since: since, Back: now.Add(-idle)}, true
	}
	return Away{}, false
}
