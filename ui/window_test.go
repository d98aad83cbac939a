package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"daymark/data"
	_ "daymark/ui/locale" // no locale noise in test logs either
)

// testOpener opens a database for a window as main's opener does: the
// lock, the store, the services.
func testOpener(path string) (Services, func(), error) {
	svc, _, closeFn, err := openForTest(path)
	return svc, closeFn, err
}

// settle waits for background work (loads, saves, chart drawings).
func (h *harness) settle() { h.w.tasks.Wait() }

// press triggers the main-menu item bound to shortcut, as the desktop
// driver does for a key press, and waits for what it started.
func (h *harness) press(shortcut fyne.Shortcut) {
	h.t.Helper()
	h.trigger(shortcut)
	h.settle()
}

// typeHere types into the focused field, as the keyboard does.
func (h *harness) typeHere(text string) {
	h.t.Helper()
	f, ok := h.win.Canvas().Focused().(fyne.Focusable)
	if !ok {
		h.t.Fatalf("nothing has the focus")
	}
	test.Type(f, text)
	h.settle()
}

// tab moves the focus on, as the Tab key does.
func (h *harness) tab() { test.FocusNext(h.win.Canvas()) }

// stored returns the day at date from the database.
func (h *harness) stored(date data.Date) data.Day {
	h.t.Helper()
	day, err := h.store.Day(context.Background(), date)
	if err != nil {
		h.t.Fatal(err)
	}
	return day
}

// tapButton taps the button labelled text in the top overlay (a dialog).
func (h *harness) tapButton(text string) {
	h.t.Helper()
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		h.t.Fatalf("no dialog is open to tap %q in", text)
	}
	test.Tap(findButton(h.t, top, text))
	h.settle()
}

// overlayText returns every label's text in the top overlay.
func (h *harness) overlayText() string { return overlayLabels(h.win) }
