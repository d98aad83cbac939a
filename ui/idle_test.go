package ui

import (
	"strings"
	"testing"
	"time"

	"daymark/ui/control"
	"daymark/ui/prefs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// span is an interval as the test reads it: dimension, from, to ("" while running).
type span struct{ dim, from, to string }

// spans returns today's intervals as spans.
func (r *resident) spans() []span {
	var out []span
	for _, iv := range r.storedIntervals() {
		s := span{dimensionIn(r.dims, iv.DimensionID).Name, iv.Start.Format("15:04"), ""}
		if !iv.Running() {
			s.to = iv.End.Format("15:04")
		}
		out = append(out, s)
	}
	return out
}

// awayFrom910 starts People at 09:00, leaves the keyboard at 09:10 and
// comes back at 09:41: the question is open.
func awayFrom910(t *testing.T) *resident {
	r := newResident(t)
	test.Tap(r.w.day.form.timers[1])
	r.settle()
	r.advance(9 * time.Minute)
	r.idle.away(r.at(9, 10))
	r.advance(31 * time.Minute) // 09:40:30
	if r.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("asked while still away: %q", r.overlayText())
	}
	r.idle.back()
	r.advance(30 * time.Second)
	if !strings.Contains(r.overlayText(), "You were away from 09:10 to 09:41 (31m) while People was timed.") {
		t.Fatalf("on return the window shows %q", r.overlayText())
	}
	return r
}

func TestTimeAwayIsKeptDroppedOrGivenAsThePersonSays(t *testing.T) {
	for _, c := range []struct {
		name   string
		answer func(r *resident)
		want   []span
	}{
		{"keep (the default, Return)", func(r *resident) { pressKey(r.win.Canvas(), fyne.KeyReturn, 0) },
			[]span{{"People", "09:00", ""}}},
		{"Escape keeps it too", func(r *resident) { pressKey(r.win.Canvas(), fyne.KeyEscape, 0) },
			[]span{{"People", "09:00", ""}}},
		{"drop", func(r *resident) { r.tapButton("Drop it") },
			[]span{{"People", "09:00", "09:10"}, {"People", "09:41", ""}}},
		{"give it to Value management", func(r *resident) {
			r.dialogSelects()[0].SetSelected("Value management")
			r.tapButton("Give it")
		}, []span{{"People", "09:00", "09:10"}, {"Value management", "09:10", "09:41"}, {"People", "09:41", ""}}},
		{"keep, and stop", func(r *resident) {
			test.Tap(r.dialogCheck())
			r.tapButton("Keep it for People")
		}, []span{{"People", "09:00", "09:41"}}},
		{"drop, and stop", func(r *resident) {
			test.Tap(r.dialogCheck())
			r.tapButton("Drop it")
		}, []span{{"People", "09:00", "09:10"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := awayFrom910(t)
			c.answer(r)
			r.settle()
			if r.win.Canvas().Overlays().Top() != nil {
				t.Fatalf("the question is still open: %q", r.overlayText())
			}
			if got := r.spans(); !sameSpans(got, c.want) {
				t.Errorf("the intervals are %v, want %v", got, c.want)
			}
		})
	}
}

func sameSpans(a, b []span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// dialogCheck returns the check box of the dialog on top.
func (h *harness) dialogCheck() *control.CheckBox {
	h.t.Helper()
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if c, ok := o.(*control.CheckBox); ok {
			return c
		}
	}
	h.t.Fatal("the dialog has no check box")
	return nil
}

func TestIdleTimeIsAskedForOnlyWhileATimerRuns(t *testing.T) {
	r := newResident(t)
	r.advance(30 * time.Minute)
	if n := r.idle.asked(); n != 0 {
		t.Errorf("with no timer running the desktop was asked %d times", n)
	}
	test.Tap(r.w.day.form.timers[1])
	r.settle()
	r.advance(30 * time.Minute)
	if n := r.idle.asked(); n < 55 || n > 62 {
		t.Errorf("in 30 minutes of a timer the desktop was asked %d times, want about 60", n)
	}
	test.Tap(r.w.day.form.timers[1])
	r.settle()
	before := r.idle.asked()
	r.advance(30 * time.Minute)
	if n := r.idle.asked() - before; n != 0 {
		t.Errorf("after the stop the desktop was asked %d times more", n)
	}
	// Never asking: the desktop is not asked either.
	r.w.settings.Store.SetInt(prefs.PrefIdleMinutes, 0)
	test.Tap(r.w.day.form.timers[1])
	r.settle()
	before = r.idle.asked()
	r.advance(30 * time.Minute)
	if n := r.idle.asked() - before; n != 0 {
		t.Errorf("set never to ask, the desktop was asked %d times", n)
	}
}

func TestWhereTheDesktopCannotTellIdleTimeASleepIsAskedAbout(t *testing.T) {
	r := newResident(t)
	r.idle.unknown = true
	test.Tap(r.w.day.form.timers[1])
	r.settle()
	r.advance(5 * time.Minute) // the last look at 09:05:30
	r.clock.Sleep(45 * time.Minute)
	r.settle()
	if !strings.Contains(r.overlayText(), "You were away from 09:05 to 09:50 (45m) while People was timed.") {
		t.Fatalf("after a sleep the window shows %q", r.overlayText())
	}
	r.tapButton("Drop it")
	if got, want := r.spans(), []span{{"People", "09:00", "09:05"}, {"People", "09:50", ""}}; !sameSpans(got, want) {
		t.Errorf("the intervals are %v, want %v", got, want)
	}
	// Settings says idle detection is unavailable.
	r.w.idle.name = ""
	if got := r.w.idleSourceText(); !strings.Contains(got, "Idle detection is unavailable on this desktop") {
		t.Errorf("Settings says %q", got)
	}
}
