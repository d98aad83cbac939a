package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
)

// storedIntervals returns the intervals of today as the store holds them.
func (r *resident) storedIntervals() []capture.DayInterval {
	r.t.Helper()
	list, err := r.w.svc.Timer.Intervals(context.Background(), data.Today())
	if err != nil {
		r.t.Fatal(err)
	}
	return list
}

// enter presses Return in the field in focus, and waits for what it started.
func (r *resident) enter() {
	pressKey(r.win.Canvas(), fyne.KeyReturn, 0)
	r.settle()
}

// at is a time today on the test's clock.
func (r *resident) at(hour, minute int) time.Time {
	return data.Today().Time(time.Local).Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute)
}

func TestStartSwitchAndStopBesideEachDimension(t *testing.T) {
	r := newResident(t)
	s := r.w.day
	people, myself := r.dims[1], r.dims[0]
	if got := s.timer.line.Text; !strings.HasPrefix(got, "No timer is running") {
		t.Fatalf("before a start the line says %q", got)
	}

	test.Tap(s.form.timers[1]) // People, now: 09:00
	r.settle()
	if st := r.w.status; !st.Running || st.Dimension.ID != people.ID || !st.Interval.Start.Equal(r.at(9, 0)) {
		t.Fatalf("after the start the timer is %+v", st)
	}
	if s.form.timers[1].Icon != theme.MediaStopIcon() || s.form.timers[0].Icon != theme.MediaPlayIcon() {
		t.Error("the button beside People does not say stop, or another does")
	}
	if got := s.timer.line.Text; got != "People: started at 09:00" {
		t.Errorf("the line says %q", got)
	}

	// The minutes grow on screen, minute by minute.
	r.advance(25 * time.Minute)
	if got := s.timer.line.Text; got != "People: 25m since 09:00" {
		t.Errorf("after 25 minutes the line says %q", got)
	}
	if got := s.form.sources[1].Text; got != "25m timed (running)" || !s.form.sources[1].Visible() {
		t.Errorf("under People: %q", got)
	}
	if got := s.timer.list.shown[0].text.Text; got != "09:00–now  People, 25m so far" {
		t.Errorf("the interval reads %q", got)
	}
	if s.form.actual[1].Text != "" {
		t.Errorf("a running timer's minutes are typed into the field: %q", s.form.actual[1].Text)
	}

	test.Tap(s.form.timers[0]) // switch to My self at 09:25
	r.settle()
	if st := r.w.status; !st.Running || st.Dimension.ID != myself.ID {
		t.Fatalf("after the switch the timer is %+v", st)
	}
	if got := r.stored(data.Today()).Actual[people.ID]; got != 25 {
		t.Errorf("People holds %d actual minutes after the switch, want 25", got)
	}
	if s.form.actual[1].Text != "25m" || s.form.sources[1].Text != "25m timed" {
		t.Errorf("People's actual field shows %q, %q", s.form.actual[1].Text, s.form.sources[1].Text)
	}
	if !strings.HasPrefix(s.timer.said.Text, "Switched from People (25m) to My self at 09:25") {
		t.Errorf("the switch said %q", s.timer.said.Text)
	}

	r.advance(50 * time.Minute)
	test.Tap(s.form.timers[0]) // stop My self at 10:15
	r.settle()
	if r.w.status.Running {
		t.Fatal("My self still runs after its stop")
	}
	day := r.stored(data.Today())
	if day.Actual[myself.ID] != 50 || day.Timed[myself.ID] != 50 || day.ActualTotal() != 75 {
		t.Errorf("the day holds %v actual, %v timed", day.Actual, day.Timed)
	}
	if s.form.actual[0].Text != "50m" || s.form.allocated[actualSide].Text != "1h 15m" || s.status.Text != "Saved" {
		t.Errorf("the planner shows %q, allocated %q, %q", s.form.actual[0].Text, s.form.allocated[actualSide].Text, s.status.Text)
	}
	if n := len(s.timer.list.shown); n != 2 || s.timer.list.title.Text != "Timed on this day: 2 intervals" {
		t.Errorf("%d intervals listed, titled %q", n, s.timer.list.title.Text)
	}
	if got := s.timer.list.shown[1].text.Text; got != "09:25–10:15  My self, 50m" {
		t.Errorf("the second interval reads %q", got)
	}
}

func TestTheTimerFromTheKeyboardStartsAtATimeSaidAndStops(t *testing.T) {
	r := newResident(t)
	r.advance(75 * time.Minute) // 10:15
	r.press(keyStart)
	if r.overlayText() == "" || !strings.Contains(r.overlayText(), "Start the timer") {
		t.Fatalf("Ctrl+T opened %q", r.overlayText())
	}
	dim, ok := r.win.Canvas().Focused().(*control.SelectField)
	if !ok {
		t.Fatalf("the focus is on %T, want the dimension", r.win.Canvas().Focused())
	}
	dim.TypedRune('o') // Organisational improvement, by its first letter
	r.tab()
	r.typeHere("25:00")
	r.enter()
	if !strings.Contains(r.overlayText(), "Started at: “25:00” is not a time") {
		t.Errorf("a time that is none: %q", r.overlayText())
	}
	at := r.win.Canvas().Focused().(*control.LineEntry)
	at.SetText("")
	r.typeHere("9:15")
	r.tab()
	r.typeHere("budget review")
	r.enter()
	if r.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("the dialog is still open: %q", r.overlayText())
	}
	st := r.w.status
	if !st.Running || st.Dimension.ID != r.dims[2].ID || !st.Interval.Start.Equal(r.at(9, 15)) || st.Interval.Note != "budget review" {
		t.Fatalf("Ctrl+T started %+v", st)
	}
	if got := r.w.day.timer.line.Text; got != "Organisational improvement: 1h since 09:15 · budget review" {
		t.Errorf("the line says %q", got)
	}

	r.press(keyStop)
	if r.w.status.Running {
		t.Fatal("Ctrl+Shift+T did not stop the timer")
	}
	if got := r.stored(data.Today()).Actual[r.dims[2].ID]; got != 60 {
		t.Errorf("Organisational improvement holds %d actual minutes, want 60", got)
	}
	r.press(keyStop)
	if got := r.w.day.timer.said.Text; got != "No timer is running: there is nothing to stop." {
		t.Errorf("Ctrl+Shift+T with nothing running says %q", got)
	}
}

func TestTimedAndTypedMinutesAreToldApart(t *testing.T) {
	r := newResident(t)
	s := r.w.day
	ctx := context.Background()
	people := r.dims[1].ID
	if _, err := r.w.svc.Timer.Correct(ctx, data.Interval{DimensionID: people, Start: r.at(7, 0), End: r.at(8, 30)}); err != nil {
		t.Fatal(err)
	}
	r.w.day.timerMoved()
	r.w.readTimer()
	r.settle()
	if s.form.actual[1].Text != "1h 30m" || s.form.sources[1].Text != "1h 30m timed" {
		t.Fatalf("after timing 1h 30m: %q, %q", s.form.actual[1].Text, s.form.sources[1].Text)
	}
	// Typing more than was timed: the rest is typed, as the person types.
	r.win.Canvas().Focus(s.form.actual[1])
	r.typeHere("2h")
	if got := s.form.sources[1].Text; got != "1h 30m timed + 30m typed" {
		t.Errorf("typing 2h: %q", got)
	}
	r.press(keySave)
	if day := r.stored(data.Today()); day.Actual[people] != 120 || day.Timed[people] != 90 {
		t.Errorf("saved %d actual, %d timed", day.Actual[people], day.Timed[people])
	}
	// The timer adds to the typed rest; it never takes it.
	test.Tap(s.form.timers[1])
	r.settle()
	r.advance(40 * time.Minute)
	if got := s.form.sources[1].Text; got != "2h 10m timed (running) + 30m typed" {
		t.Errorf("while People runs: %q", got)
	}
	test.Tap(s.form.timers[1])
	r.settle()
	if got := s.form.sources[1].Text; got != "2h 10m timed + 30m typed" || s.form.actual[1].Text != "2h 40m" {
		t.Errorf("once it stopped: %q, field %q", got, s.form.actual[1].Text)
	}
}

func TestTypingNotYetSavedIsKeptWhenTheTimerStopsAndBothAreShownOnceSaved(t *testing.T) {
	r := newResident(t)
	s := r.w.day
	test.Tap(s.form.timers[1]) // People from 09:00
	r.settle()
	r.advance(30 * time.Minute)
	r.win.Canvas().Focus(s.form.planned[0])
	r.typeHere("3h") // My self, planned: not saved
	r.press(keyStop)
	if s.form.planned[0].Text != "3h" || s.status.Text != "Not saved" {
		t.Fatalf("the stop replaced the typing: %q, %q", s.form.planned[0].Text, s.status.Text)
	}
	r.press(keySave)
	day := r.stored(data.Today())
	if day.Planned[r.dims[0].ID] != 180 || day.Actual[r.dims[1].ID] != 30 {
		t.Errorf("saved %v planned, %v actual", day.Planned, day.Actual)
	}
	if s.form.actual[1].Text != "30m" || s.form.sources[1].Text != "30m timed" {
		t.Errorf("once saved People shows %q, %q", s.form.actual[1].Text, s.form.sources[1].Text)
	}
}
