package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

// What the window does while it stays open all day, or closed to the tray:
// once a minute it reads the timer again (its minutes on screen and in the
// tray, and the 1440-minute limit) and sends the reminders that are due;
// while a timer runs it looks for time away twice a minute (idle.go). Each
// is a goroutine that sleeps until its time: nothing wakes more often, and
// nothing is drawn unless a text changed.

// clock is the time as the window's schedules see it: the computer's, or
// a test's.
type clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// systemClock is the computer's clock.
type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// untilNextMinute is how long from now until just after the next minute
// turns: the timer counts whole minutes.
func untilNextMinute(now time.Time) time.Duration {
	return now.Truncate(time.Minute).Add(time.Minute + 100*time.Millisecond).Sub(now)
}

// stayResident starts what runs while the window is open on its
// database, until stop is closed: the minute's work, and the watch for
// time away.
func (w *Window) stayResident(stop <-chan struct{}) {
	w.detectTray()
	w.watchIdle(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-w.clock.After(untilNextMinute(w.clock.Now())):
				fyne.Do(w.minute)
			}
		}
	}()
}

// minute is the work of each minute: the timer read again, and the
// reminders due sent.
func (w *Window) minute() {
	w.readTimer()
	w.sendReminders()
}
