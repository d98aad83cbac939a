package ui

import (
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"daymark/app/idle"
	"daymark/data"
)

// fakeClock is the clock of the window's one schedule, moved by the
// test. The schedule waits on one time at a time: After replaces what it
// waited for. Advance moves the clock on as time passes, waking the
// schedule at each time it waits for; Sleep jumps, as a computer waking
// from sleep finds its schedule late. Each returns once the schedule has
// done its work and waits again.
type fakeClock struct {
	t       *testing.T
	mu      sync.Mutex
	now     time.Time
	waiting *fakeTimer // what the schedule waits for
	arms    int        // how many times it has waited
}

type fakeTimer struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(t *testing.T, now time.Time) *fakeClock {
	return &fakeClock{t: t, now: now}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.waiting = &fakeTimer{at: c.now.Add(d), ch: make(chan time.Time)}
	c.arms++
	return c.waiting.ch
}

// Advance moves the clock on by d, waking the schedule at each of its times.
func (c *fakeClock) Advance(d time.Duration) {
	c.t.Helper()
	end := c.Now().Add(d)
	for {
		c.mu.Lock()
		next := c.waiting
		if next == nil || next.at.After(end) {
			c.now = end
			c.mu.Unlock()
			return
		}
		c.now = next.at
		c.mu.Unlock()
		c.wake()
	}
}

// Sleep jumps the clock on by d, then wakes the schedule if it is late.
func (c *fakeClock) Sleep(d time.Duration) {
	c.t.Helper()
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
	c.wake()
}

// wake wakes the schedule if the time it waits for has come, and waits
// until it waits again. The schedule may have moved on to wait for
// something else meanwhile (the timer it watches changed): then that.
func (c *fakeClock) wake() {
	c.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		c.mu.Lock()
		ft, arms, now := c.waiting, c.arms, c.now
		c.mu.Unlock()
		if ft == nil || ft.at.After(now) {
			return
		}
		select {
		case ft.ch <- now:
			for time.Now().Before(deadline) { // it works, then waits again
				c.mu.Lock()
				again := c.arms > arms
				c.mu.Unlock()
				if again {
					return
				}
				time.Sleep(50 * time.Microsecond)
			}
		case <-time.After(time.Millisecond):
		}
	}
	c.t.Fatal("the schedule did not wake, or did not go back to waiting, within 10 s")
}

// fakeIdle is an idle source whose idle time the test sets: how long the
// person has been away at the clock's time, or unknown.
type fakeIdle struct {
	mu      sync.Mutex
	clock   *fakeClock
	since   time.Time // the last input; zero: input just now
	unknown bool
	looks   int // how many times it was asked
}

func (f *fakeIdle) Idle() (time.Duration, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.looks++
	if f.unknown {
		return 0, idle.ErrUnavailable
	}
	if f.since.IsZero() {
		return 0, nil
	}
	return f.clock.Now().Sub(f.since), nil
}

// away says the person left at t; back says they are at the keyboard again.
func (f *fakeIdle) away(t time.Time) { f.mu.Lock(); f.since = t; f.mu.Unlock() }
func (f *fakeIdle) back()            { f.away(time.Time{}) }
func (f *fakeIdle) asked() int       { f.mu.Lock(); defer f.mu.Unlock(); return f.looks }
func (f *fakeIdle) Name() string     { return "a test" }
func (f *fakeIdle) Close() error     { return nil }

// fakeTray is a desktop's tray: it keeps the menu last set, and the
// first, which Fyne's tray draws once more when it is ready (runSystray),
// after menus set later; and counts.
type fakeTray struct {
	menus int // how many times a menu was set
	menu  *fyne.Menu
	first *fyne.Menu
	icons int
}

func (f *fakeTray) SetSystemTrayMenu(m *fyne.Menu) {
	f.menus++
	f.menu = m
	if f.first == nil {
		f.first = m
	}
}
func (f *fakeTray) SetSystemTrayIcon(fyne.Resource) { f.icons++ }

// last returns the menu last set, as labels.
func (f *fakeTray) last() []string { return menuLabels(f.menu) }

// menuLabels returns the labels of m's items.
func menuLabels(m *fyne.Menu) []string {
	if m == nil {
		return nil
	}
	var labels []string
	for _, i := range m.Items {
		labels = append(labels, i.Label)
	}
	return labels
}

// resident is a window staying open on a fake clock, today at 09:00:30, with
// a tray, notifications and an idle source of the test's.
type resident struct {
	*harness
	clock *fakeClock
	idle  *fakeIdle
	tray  *fakeTray
	quits int
}

func newResident(t *testing.T) *resident {
	t.Helper()
	h := newHarness(t)
	now := data.Today().Time(time.Local).Add(9*time.Hour + 30*time.Second) // the minute's work comes at each minute's turn
	r := &resident{harness: h, clock: newFakeClock(t, now), tray: &fakeTray{}}
	r.idle = &fakeIdle{clock: r.clock}
	w := h.w
	w.clock = r.clock
	w.svc.Timer.Now = r.clock.Now
	w.desk.app = r.tray
	w.desk.tray = func() error { return nil }
	w.desk.notifications = func() error { return nil }
	w.idle.source = func() (idle.Source, error) { return r.idle, nil }
	w.exit = func() { r.quits++ }
	stop := make(chan struct{})
	w.stayResident(stop, true)
	r.awaitArmed()
	t.Cleanup(func() { close(stop) })
	h.settle()
	w.readTimer()
	h.settle()
	return r
}

// awaitArmed waits until the schedule waits on the clock.
func (r *resident) awaitArmed() {
	r.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		r.clock.mu.Lock()
		armed := r.clock.waiting != nil
		r.clock.mu.Unlock()
		if armed {
			return
		}
		time.Sleep(time.Millisecond)
	}
	r.t.Fatal("the schedule does not wait on the clock")
}

// advance moves the clock on and waits for what its schedules started.
func (r *resident) advance(d time.Duration) {
	r.t.Helper()
	r.awaitState()
	r.clock.Advance(d)
	r.settle()
}

// awaitState waits until the schedule has taken the state last sent to it
// (a timer started or stopped) and waits on the clock again: a clock moved
// on before then put its looks for time away at other times (back at
// 09:40 rather than 09:41, seen under make test's load).
func (r *resident) awaitState() {
	r.t.Helper()
	if len(r.w.idle.state) == 0 {
		return
	}
	r.clock.mu.Lock()
	arms := r.clock.arms
	r.clock.mu.Unlock()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		r.clock.mu.Lock()
		again := r.clock.arms > arms
		r.clock.mu.Unlock()
		if again && len(r.w.idle.state) == 0 {
			return
		}
		time.Sleep(50 * time.Microsecond)
	}
	r.t.Fatal("the schedule did not take the timer's state within 5 s")
}
