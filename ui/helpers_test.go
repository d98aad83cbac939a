// The helpers that several test files of this package share.

package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"daymark/app/demo"
	"daymark/data"
	"daymark/ui/coachingscreen"
	"daymark/ui/control"
	"daymark/ui/decisionscreen"
)

// pressKey presses and releases a key as Fyne's desktop driver hands it
// on: the key going down and its TypedKey to what has the focus (or to the
// canvas when nothing has), then the character it types, if any, then the
// key coming up, each to whatever has the focus at that moment.
func pressKey(c fyne.Canvas, name fyne.KeyName, char rune) {
	ev := &fyne.KeyEvent{Name: name}
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyDown(ev)
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if typed := c.OnTypedKey(); typed != nil {
		typed(ev)
	}
	if char != 0 {
		if f := c.Focused(); f != nil {
			f.TypedRune(char)
		} else if typed := c.OnTypedRune(); typed != nil {
			typed(char)
		}
	}
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyUp(ev)
	}
}

// launch opens path in a new test window through a Launcher.
func launch(t *testing.T, path string) (*Launcher, fyne.Window, error) {
	t.Helper()
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	l := NewLauncher(a, win, testOpener)
	t.Cleanup(l.Close)
	err := l.Open(path)
	l.tasks.Wait()
	return l, win, err
}

// texts returns every label's text and every button's text in o.
func texts(o fyne.CanvasObject) (labels, buttons []string) {
	for _, x := range test.LaidOutObjects(o) {
		switch w := x.(type) {
		case *widget.Label:
			labels = append(labels, w.Text)
		case *widget.Button:
			buttons = append(buttons, w.Text)
		}
	}
	return labels, buttons
}

// savedWithBackup makes a database at path that holds 95 planned minutes
// on 2 February 2026, and a backup of it beside it.
func savedWithBackup(t *testing.T, path string) {
	t.Helper()
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dims, err := s.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	day := data.NewDay(data.NewDate(2026, 2, 2))
	day.Planned[dims[0].ID] = 95
	if err := s.SaveDay(context.Background(), day); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(context.Background(), "manual"); err != nil {
		t.Fatal(err)
	}
}

// restoreLatest restores the latest backup from the problem screen, as a
// person would, and fails unless the window then opens.
func restoreLatest(t *testing.T, l *Launcher, win fyne.Window) {
	t.Helper()
	test.Tap(findButton(t, win.Canvas().Content(), "Restore a backup…"))
	findList(t, win.Canvas().Overlays().Top()).Select(0)
	test.Tap(findButton(t, win.Canvas().Overlays().Top(), "Restore"))
	test.Tap(findButton(t, win.Canvas().Overlays().Top(), "Restore"))
	l.tasks.Wait()
	if !l.Opened() {
		labels, _ := texts(win.Canvas().Content())
		t.Fatalf("not opened after restoring: %s", labels)
	}
}

// overlayLabels returns the labels' text in the window's top overlay.
func overlayLabels(win fyne.Window) string {
	top := win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	labels, _ := texts(top)
	return strings.Join(labels, "\n")
}

// newDemoHarness is a window over a year of sample data: the longest
// names, lists and forms the screens hold.
func newDemoHarness(t *testing.T) *harness {
	t.Helper()
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "daymark.db")
	svc, store, closeFn, err := openForTest(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeFn)
	if _, err := demo.Fill(context.Background(), store, demo.Options{Days: 365, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	win := test.NewTempWindow(t, nil)
	w, err := New(a, win, svc)
	if err != nil {
		t.Fatal(err)
	}
	w.tasks.Wait() // see newHarness
	win.Resize(smallestWindow)
	win.Canvas().Capture()
	dims, err := store.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, w: w, win: win, store: store, dims: dims}
	h.settle()
	return h
}

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
	// Fyne's test driver runs the dones of the window's work on their own
	// goroutines: what the test does to the window waits for them.
	w.tasks.Wait()
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

// findButton finds the button labelled text in o.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == text {
			return b
		}
		if b, ok := x.(*control.KeyButton); ok && b.Text == text {
			return &b.Button
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

func tableText(h *harness) string {
	var parts []string
	for _, o := range test.LaidOutObjects(h.w.balance.Table) {
		if l, ok := o.(*widget.Label); ok {
			parts = append(parts, l.Text)
		}
	}
	return strings.Join(parts, "|")
}

// typeKeys types text key by key into whatever has the focus of c at
// each key, as the keyboard does.
func typeKeys(c fyne.Canvas, text string) {
	for _, r := range text {
		pressKey(c, fyne.KeyName(strings.ToUpper(string(r))), r)
	}
}

func onDecisions(h *harness) *decisionscreen.Screen {
	h.press(keyDecScreen)
	return h.w.decisions
}

// scrollOf returns the following scroll that holds o.
func scrollOf(t *testing.T, o fyne.CanvasObject) *control.FormScroll {
	t.Helper()
	s := control.ScrollHolding(o)
	if s == nil {
		t.Fatalf("no scroll holds %T", o)
	}
	return s
}

func onCoaching(h *harness) *coachingscreen.Screen {
	h.press(keyCoaScreen)
	return h.w.coaching
}
