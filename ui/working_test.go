package ui

import (
	"testing"

	"daymark/ui/control"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Work a person waits on shows one dialog: Cancel and Escape end the
// work's context when the work can stop, and Escape leaves work that
// cannot stop alone.
func TestWorkingDialogsStopWhatCanStopAndNothingElse(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(800, 600))
	control.ListenForEscape(win)
	tasks := &control.Tasks{}

	w := control.ShowWorking(win, tasks, "Exporting the brief…", true, true)
	if len(win.Canvas().Overlays().List()) != 1 || win.Canvas().Focused() != w.Cancel {
		t.Fatal("the dialog is not open with the focus on Cancel")
	}
	pressKey(win.Canvas(), fyne.KeyEscape, 0)
	if w.Context().Err() == nil || !control.Cancelled(w.Context().Err()) || len(win.Canvas().Overlays().List()) != 0 {
		t.Errorf("Escape on cancellable work: context %v, %d overlays; want it cancelled and closed", w.Context().Err(), len(win.Canvas().Overlays().List()))
	}

	w = control.ShowWorking(win, tasks, "Exporting the brief…", true, true)
	test.Tap(w.Cancel)
	if !control.Cancelled(w.Context().Err()) {
		t.Error("Cancel did not end the work's context")
	}

	busy := control.ShowWorking(win, tasks, "Restoring…", false, false)
	pressKey(win.Canvas(), fyne.KeyEscape, 0)
	if busy.Context().Err() != nil || len(win.Canvas().Overlays().List()) != 1 || busy.Cancel != nil {
		t.Errorf("Escape on work that cannot stop: context %v, %d overlays; want it running and shown", busy.Context().Err(), len(win.Canvas().Overlays().List()))
	}
	busy.Tell(0.5) // a bar that only moves takes no measure
	busy.Done()
	if len(win.Canvas().Overlays().List()) != 0 {
		t.Error("done did not close the dialog")
	}
}

// Closing the import's dialog, with Escape as with Cancel, ends the
// reading of the file under way; asking for other days ends the reading
// for the days asked before.
func TestClosingTheImportEndsItsReading(t *testing.T) {
	h := newHarness(t)
	ti := h.openImport(sampleCalendar)
	if ti.StopRead == nil {
		t.Fatal("no reading was started")
	}
	var ended []bool
	for i := 0; i < 2; i++ {
		stopped := false
		ti.StopRead = func() { stopped = true }
		if i == 0 {
			ti.To.SetText("2026-10-30") // other days
			ended = append(ended, stopped)
			continue
		}
		pressKey(h.win.Canvas(), fyne.KeyEscape, 0)
		ended = append(ended, stopped)
	}
	h.settle()
	if !ended[0] || !ended[1] {
		t.Errorf("reading ended when other days were asked for: %v; when the dialog was closed: %v", ended[0], ended[1])
	}
	if len(h.win.Canvas().Overlays().List()) != 0 {
		t.Error("Escape did not close the import")
	}
}
