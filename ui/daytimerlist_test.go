package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
)

// dialogEntries returns the one-line fields of the dialog on top, in order.
func (h *harness) dialogEntries() []*control.LineEntry {
	h.t.Helper()
	var out []*control.LineEntry
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if e, ok := o.(*control.LineEntry); ok {
			out = append(out, e)
		}
	}
	return out
}

// dialogSelects returns the drop-downs of the dialog on top, in order.
func (h *harness) dialogSelects() []*control.SelectField {
	var out []*control.SelectField
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if s, ok := o.(*control.SelectField); ok {
			out = append(out, s)
		}
	}
	return out
}

func TestIntervalsAreCorrectedAndDeletedWithTheActualMinutesFollowing(t *testing.T) {
	r := newResident(t)
	s := r.w.day
	people, myself := r.dims[1].ID, r.dims[0].ID
	ctx := context.Background()
	if _, err := r.w.svc.Timer.Correct(ctx, data.Interval{DimensionID: people, Start: r.at(7, 0), End: r.at(8, 0), Note: "standup"}); err != nil {
		t.Fatal(err)
	}
	r.w.day.timerMoved()
	r.w.readTimer()
	r.settle()
	if got := s.timer.list.shown[0].text.Text; got != "07:00–08:00  People, 1h · standup" {
		t.Fatalf("the interval reads %q", got)
	}

	// Correct it: a later start, an end past the next, another dimension.
	test.Tap(s.timer.list.shown[0].edit)
	fields := r.dialogEntries() // From, To, Note
	if len(fields) != 3 || fields[0].Text != "07:00" || fields[1].Text != "08:00" || fields[2].Text != "standup" {
		t.Fatalf("the correction opens with %v", entryTexts(fields))
	}
	fields[0].SetText("08:00")
	fields[1].SetText("07:30")
	r.dialogSelects()[0].SetSelected("My self")
	r.tapButton("Save")
	// 08:00 to 07:30 is read as 07:30 the next day: in the future, refused.
	if !strings.Contains(r.overlayText(), "in the future") {
		t.Errorf("a correction into tomorrow: %q", r.overlayText())
	}
	fields[1].SetText("08:45")
	r.tapButton("Save")
	if r.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("the correction is still open: %q", r.overlayText())
	}
	day := r.stored(data.Today())
	if day.Actual[people] != 0 || day.Actual[myself] != 45 || day.Timed[myself] != 45 {
		t.Errorf("after the correction the day holds %v, timed %v", day.Actual, day.Timed)
	}
	if got := s.timer.list.shown[0].text.Text; got != "08:00–08:45  My self, 45m · standup" || s.form.actual[0].Text != "45m" {
		t.Errorf("the list reads %q, My self's field %q", got, s.form.actual[0].Text)
	}

	// Add time forgotten: 06:00 to 06:20, People; then one that overlaps.
	test.Tap(s.timer.list.add)
	fields = r.dialogEntries()
	fields[0].SetText("06:00")
	fields[1].SetText("06:20")
	r.dialogSelects()[0].SetSelected("People")
	r.tapButton("Add")
	if got := r.stored(data.Today()).Actual[people]; got != 20 || len(s.timer.list.shown) != 2 {
		t.Errorf("after adding, People holds %d and %d intervals are listed", got, len(s.timer.list.shown))
	}
	test.Tap(s.timer.list.add)
	fields = r.dialogEntries()
	fields[0].SetText("06:10")
	fields[1].SetText("06:30")
	r.tapButton("Add")
	if !strings.Contains(r.overlayText(), "overlaps People, timed from 06:00 to 06:20") {
		t.Errorf("an overlap: %q", r.overlayText())
	}
	r.tapButton("Cancel")

	// Delete the first (People's 20m): asked first, Cancel the default.
	test.Tap(s.timer.list.shown[0].remove)
	if !strings.Contains(r.overlayText(), "People loses the 20m it timed") {
		t.Errorf("the question: %q", r.overlayText())
	}
	r.tapButton("Cancel")
	if got := r.stored(data.Today()).Actual[people]; got != 20 {
		t.Fatalf("Cancel deleted: People holds %d", got)
	}
	test.Tap(s.timer.list.shown[0].remove)
	r.tapButton("Delete")
	day = r.stored(data.Today())
	if day.Actual[people] != 0 || day.Actual[myself] != 45 || len(s.timer.list.shown) != 1 || s.form.actual[1].Text != "" {
		t.Errorf("after the delete: %v, %d listed, People's field %q", day.Actual, len(s.timer.list.shown), s.form.actual[1].Text)
	}
}

func entryTexts(es []*control.LineEntry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Text)
	}
	return out
}

func TestATimerThatFillsTheDayStopsAndSaysSo(t *testing.T) {
	r := newResident(t)
	day := data.NewDay(data.Today())
	day.Actual[r.dims[0].ID] = 1420 // typed: twenty minutes more fill the day, at 09:20
	if err := r.store.SaveDay(context.Background(), day); err != nil {
		t.Fatal(err)
	}
	r.w.day.reread()
	test.Tap(r.w.day.form.timers[1])
	r.settle()
	if !r.w.status.Running {
		t.Fatal("People did not start")
	}
	r.advance(25 * time.Minute)
	s := r.w.day
	if r.w.status.Running {
		t.Error("the timer runs on past the day's 1440 minutes")
	}
	want := "The People timer stopped at 09:20: " + data.Today().Format("Mon 2 Jan") + " had reached 24 hours (1440 minutes) of actual time."
	if got := s.timer.said.Text; got != want || !s.timer.said.Visible() {
		t.Errorf("the planner says %q, want %q", got, want)
	}
	if got := r.stored(data.Today()).ActualTotal(); got != 1440 {
		t.Errorf("the day holds %d actual minutes", got)
	}
	if got := s.form.allocated[actualSide].Text; got != "24h" {
		t.Errorf("the planner shows %q allocated", got)
	}
}

func TestATimerStartedFromTheCommandLineShowsWithinTwoSeconds(t *testing.T) {
	h := newHarness(t)
	cli := capture.NewTimer(elsewhere(h))
	stop := make(chan struct{})
	defer close(stop)
	h.w.watch(watchEvery, stop) // as the window does, every two seconds
	// Both ends on one whole minute, so that a minute turning between the
	// start and the stop cannot make it eleven.
	at := time.Now().Truncate(time.Minute)
	if _, err := cli.Start(context.Background(), h.dims[1].ID, at.Add(-10*time.Minute), "from a script"); err != nil {
		t.Fatal(err)
	}
	started := time.Now()
	for !strings.HasPrefix(h.w.day.timer.line.Text, "People: ") {
		if time.Since(started) > 3*time.Second {
			t.Fatalf("after 3 s the planner still says %q", h.w.day.timer.line.Text)
		}
		time.Sleep(50 * time.Millisecond)
		h.settle()
	}
	if _, err := cli.Stop(context.Background(), at); err != nil {
		t.Fatal(err)
	}
	started = time.Now()
	for h.w.day.form.actual[1].Text != "10m" || h.w.status.Running {
		if time.Since(started) > 3*time.Second {
			t.Fatalf("after 3 s the stop shows %q, running %v", h.w.day.form.actual[1].Text, h.w.status.Running)
		}
		time.Sleep(50 * time.Millisecond)
		h.settle()
	}
}
