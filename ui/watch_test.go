package ui

import (
	"context"
	"sync"
	"testing"

	"daymark/data"
)

// elsewhere opens the window's database a second time, as the command line
// does while the window is open.
func elsewhere(h *harness) *data.Store {
	h.t.Helper()
	s, err := data.Open(h.store.Path())
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { s.Close() })
	return s
}

// look makes the window look for changes, as it does when it comes to the
// front and every few seconds.
func (h *harness) look() {
	h.w.lookForChanges()
	h.settle()
	h.settle() // what the look started
}

func TestTheWindowShowsWhatTheCommandLineWrote(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cli := elsewhere(h)
	day := data.NewDay(data.Today())
	day.Planned[h.dims[1].ID] = 150
	day.Note = "from the command line"
	if err := cli.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	s := h.w.day
	if s.form.planned[1].Text != "" {
		t.Fatal("shown before the window looked")
	}
	focused := h.win.Canvas().Focused()
	h.look()
	if s.form.planned[1].Text != "2h 30m" || s.note.Text != "from the command line" || s.status.Text != "Saved" {
		t.Errorf("after looking the day shows %q, %q, %q", s.form.planned[1].Text, s.note.Text, s.status.Text)
	}
	if h.win.Canvas().Focused() != focused {
		t.Error("showing the change moved the cursor")
	}

	// Another screen in front is read again too.
	d := onDecisions(h)
	if err := cli.SaveDecision(ctx, &data.Decision{Date: data.Today(), Title: "Decided in a script"}); err != nil {
		t.Fatal(err)
	}
	h.look()
	if len(d.Rows) != 1 || d.Rows[0].Title != "Decided in a script" {
		t.Errorf("the decisions show %+v", d.Rows)
	}
}

func TestAChangeElsewhereNeverOverwritesWhatIsBeingTyped(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cli := elsewhere(h)
	h.typeHere("45m") // My self, planned: not saved yet
	other := data.NewDay(data.Today().AddDays(-1))
	other.Planned[h.dims[0].ID] = 30
	if err := cli.SaveDay(ctx, other); err != nil {
		t.Fatal(err)
	}
	h.look()
	s := h.w.day
	if s.form.planned[0].Text != "45m" || s.status.Text != "Not saved" {
		t.Fatalf("the typing was replaced: %q, %q", s.form.planned[0].Text, s.status.Text)
	}
	h.press(keySave)
	h.press(keyPrevDay)
	if s.form.planned[0].Text != "30m" {
		t.Errorf("yesterday, written elsewhere, shows %q", s.form.planned[0].Text)
	}
	if got := h.stored(data.Today()); got.Planned[h.dims[0].ID] != 45 {
		t.Errorf("today holds %v", got.Planned)
	}
}

// Two stores on one file, the window's and the command line's, writing at
// the same moments: every write waits its turn (the busy timeout) and none
// fails. Twenty each at once: every write is synced to the disk and
// recorded for sync, and the last of 120 at once waited up to 3.8 s of the
// 5 s timeout on a loaded machine, which tested the machine, not Daymark.
func TestTheWindowAndTheCommandLineCanWriteAtOnce(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	cli := elsewhere(h)
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for i := range n {
		wg.Add(2)
		go func() {
			defer wg.Done()
			errs <- h.w.svc.Planner.SaveDay(ctx, dayOf(data.NewDate(2025, 1, 1).AddDays(i), h.dims[0].ID, i+1))
		}()
		go func() {
			defer wg.Done()
			errs <- cli.SaveDay(ctx, dayOf(data.NewDate(2024, 1, 1).AddDays(i), h.dims[1].ID, i+1))
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("a write failed: %v", err)
		}
	}
	c, err := h.store.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Days) != 2*n {
		t.Errorf("%d days stored, want %d", len(c.Days), 2*n)
	}
}

func dayOf(date data.Date, dim int64, planned int) data.Day {
	d := data.NewDay(date)
	d.Planned[dim] = planned
	return d
}
