package ui

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
	_ "daymark/ui/locale" // no locale noise in test logs either
)

// harness is a real Daymark window on the Fyne test driver over a real
// SQLite file.
type harness struct {
	t     *testing.T
	w     *Window
	win   fyne.Window
	store *data.Store
	dims  []data.Dimension
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	a := test.NewTempApp(t)
	svc, store, closeFn, err := openForTest(filepath.Join(t.TempDir(), "daymark.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeFn)
	win := test.NewTempWindow(t, nil)
	svc.TimeImport.Location = time.UTC // tests hold in every zone
	w, err := New(a, win, svc)
	if err != nil {
		t.Fatal(err)
	}
	win.Resize(fyne.NewSize(1180, 760))
	win.Canvas().Capture() // draw once, as a window does, so every widget has its renderer
	dims, err := store.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, w: w, win: win, store: store, dims: dims}
	h.settle()
	return h
}

// testOpener opens a database for a window as main's opener does: the
// lock, the store, the services.
func testOpener(path string) (Services, func(), error) {
	svc, _, closeFn, err := openForTest(path)
	return svc, closeFn, err
}

// openForTest is testOpener that also returns the store.
func openForTest(path string) (Services, *data.Store, func(), error) {
	lock, err := data.TakeLock(path)
	if err != nil {
		return Services{}, nil, nil, err
	}
	store, err := data.Open(path)
	if err != nil {
		lock.Release()
		return Services{}, nil, nil, err
	}
	svc := NewServices(store, "test")
	return svc, store, func() {
		store.Close()
		lock.Release()
	}, nil
}

// settle waits for background work (loads, saves, chart drawings).
func (h *harness) settle() { h.w.tasks.wait() }

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

// findButton finds the button labelled text in o.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == text {
			return b
		}
		if b, ok := x.(*keyButton); ok && b.Text == text {
			return &b.Button
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// overlayText returns every label's text in the top overlay.
func (h *harness) overlayText() string { return overlayLabels(h.win) }
