package ui

import (
	"time"

	"daymark/app/capture"

	"fyne.io/fyne/v2"
)

// What the window does while it stays open all day, or closed to the
// tray: once a minute it reads the timer again (its minutes on screen and
// in the tray, and the 1440-minute limit) and sends the reminders that are
// due; while a timer runs it looks for time away twice a minute
// (idle.go). One goroutine sleeps until the next of these: nothing wakes
// more often, and nothing is drawn unless a text changed.

// clock is the time as the window's schedule sees it: the computer's, or
// a test's.
type clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// systemClock is the computer's clock.
type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// nextMinute is just after the minute after now turns: the timer counts
// whole minutes.
func nextMinute(now time.Time) time.Time {
	return now.Truncate(time.Minute).Add(time.Minute + 100*time.Millisecond)
}

// stayResident starts what runs while the window is open on its
// database, until stop is closed; beforeRun says the app has not started
// yet (the first window), when the tray can go up.
func (w *Window) stayResident(stop <-chan struct{}, beforeRun bool) {
	w.detectTray(beforeRun)
	go w.schedule(stop)
}

// schedule is the window's one resident goroutine: the minute's work, and
// the looks for time away while a timer runs. The desktop is asked for
// idle time here, never on the UI goroutine.
func (w *Window) schedule(stop <-chan struct{}) {
	c := w.clock
	src := w.findIdleSource()
	defer src.Close()
	var st idleState
	var tracker capture.IdleTracker
	minute, look := nextMinute(c.Now()), time.Time{} // look: zero while no look is due
	observe := func() {
		d, err := src.Idle()
		// Wall-clock time: the monotonic clock stops while the computer sleeps.
		if away, back := tracker.Observe(c.Now().Round(0), d, err == nil); back && away.Minutes() > 0 {
			running := st.running
			fyne.Do(func() { w.askAboutAway(running, away) })
		}
		look = c.Now().Add(idleEvery)
	}
	for {
		now := c.Now()
		wake := minute
		if !look.IsZero() && look.Before(wake) {
			wake = look
		}
		select {
		case <-stop:
			return
		case st = <-w.idle.state:
			tracker, look = capture.IdleTracker{Threshold: st.threshold, Every: idleEvery}, time.Time{}
			if st.watching() {
				observe() // the first look: a sleep from now on is noticed
			}
		case <-c.After(wake.Sub(now)):
			now = c.Now()
			if !now.Before(minute) {
				fyne.Do(w.minute)
				minute = nextMinute(now)
			}
			if !look.IsZero() && !now.Before(look) {
				observe()
			}
		}
	}
}

// minute is the work of each minute: the timer read again, and the
// reminders due sent.
func (w *Window) minute() {
	w.readTimer()
	w.sendReminders()
}
