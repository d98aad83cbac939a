package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"daymark/data"
	"daymark/ui/control"
)

// settleAll waits for the launcher's work and the open window's, which
// start each other: a switch saves in the old window, then opens in the
// launcher, then loads in the new window.
func settleAll(l *Launcher) {
	for range 3 {
		l.tasks.Wait()
		if l.window != nil {
			l.window.tasks.Wait()
		}
	}
}

// eventuallyUnlocked waits for the lock of path to be free.
func eventuallyUnlocked(t *testing.T, path string) {
	t.Helper()
	for range 100 {
		if lock, err := data.TakeLock(path); err == nil {
			lock.Release()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Errorf("%s is still locked", path)
}

func TestOpenAnotherDatabaseAndGoBack(t *testing.T) {
	dir := t.TempDir()
	mine, other := filepath.Join(dir, "mine.db"), filepath.Join(dir, "other.db")
	s, err := data.Open(other)
	if err != nil {
		t.Fatal(err)
	}
	dims, err := s.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	day := data.NewDay(data.Today())
	day.Planned[dims[0].ID] = 75
	if err := s.SaveDay(context.Background(), day); err != nil {
		t.Fatal(err)
	}
	s.Close()

	l, win, err := launch(t, mine)
	if err != nil {
		t.Fatal(err)
	}
	l.window.day.form.planned[1].SetText("30m") // typed, not saved yet: switching saves it first
	win.Resize(fyne.NewSize(1111, 666))
	l.window.switchTo(other)
	settleAll(l)
	if size := win.Canvas().Size(); size != fyne.NewSize(1111, 666) {
		t.Errorf("opening another database resized the window to %v, want it kept at 1111×666", size)
	}
	if l.window.svc.Path != other || l.window.day.form.planned[0].Text != "1h 15m" || l.window.previous != mine {
		t.Fatalf("after opening other.db: %s, planned %q, previous %q", l.window.svc.Path, l.window.day.form.planned[0].Text, l.window.previous)
	}
	eventuallyUnlocked(t, mine)
	s, err = data.Open(mine)
	if err != nil {
		t.Fatal(err)
	}
	saved, err := s.Day(context.Background(), data.Today())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if saved.PlannedTotal() != 30 {
		t.Errorf("what was typed in mine.db before switching: %v", saved.Planned)
	}

	// A file that is not a Daymark database is refused; the one open stays.
	junk := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(junk, []byte("shopping list"), 0o600); err != nil {
		t.Fatal(err)
	}
	l.window.switchTo(junk)
	settleAll(l)
	if l.window.svc.Path != other || !strings.Contains(overlayTextOf(win), "cannot open notes.db") {
		t.Errorf("after a junk file: %s, dialog %q", l.window.svc.Path, overlayTextOf(win))
	}
	l.window.switchTo(other)
	if !strings.Contains(overlayTextOf(win), "is the database open now") {
		t.Errorf("opening the open file: %q", overlayTextOf(win))
	}
}

func TestANewDatabaseNeverTakesAnExistingFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "taken.db"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"":            "Name: give the new database a name",
		"a/b":         "Name: a name, not a path",
		"taken.db":    "Name: taken.db already exists in that folder",
		"taken":       "Name: taken.db already exists in that folder",
		"team plan":   filepath.Join(dir, "team plan.db"),
		"2026.sqlite": filepath.Join(dir, "2026.sqlite"),
	} {
		got, err := newDatabasePath(dir, name)
		if err != nil {
			got = err.Error()
		}
		if !strings.HasPrefix(got, want) {
			t.Errorf("newDatabasePath(%q) = %q, want %q", name, got, want)
		}
	}

	l, _, err := launch(t, filepath.Join(dir, "first.db"))
	if err != nil {
		t.Fatal(err)
	}
	l.window.chooseNewDatabase()
	top := l.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("New database… shows no form")
	}
	var name *control.LineEntry
	for _, o := range test.LaidOutObjects(top) {
		if e, ok := o.(*control.LineEntry); ok {
			name = e
		}
	}
	name.SetText("taken")
	test.Tap(findButton(t, top, "Create"))
	settleAll(l)
	if l.window.svc.Path != filepath.Join(dir, "first.db") {
		t.Fatalf("Create with a taken name opened %s", l.window.svc.Path)
	}
	name.SetText("second")
	test.Tap(findButton(t, top, "Create"))
	settleAll(l)
	want := filepath.Join(dir, "second.db")
	if l.window.svc.Path != want || len(l.window.day.form.planned) != 4 {
		t.Errorf("Create opened %s with %d dimensions", l.window.svc.Path, len(l.window.day.form.planned))
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "taken.db")); string(got) != "x" {
		t.Error("taken.db was changed")
	}
}

func TestTheWelcomeOffersSampleDataInAFileOfItsOwn(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	mine := filepath.Join(t.TempDir(), "mine.db")
	l, win, err := launch(t, mine)
	if err != nil {
		t.Fatal(err)
	}
	settleAll(l)
	text := overlayTextOf(win)
	for _, s := range welcomeText {
		if !strings.Contains(text, s) {
			t.Errorf("the welcome lacks %q", s)
		}
	}
	test.Tap(findButton(t, win.Canvas().Overlays().Top(), "Explore sample data"))
	settleAll(l)
	w := l.window
	if filepath.Base(w.svc.Path) != sampleName || !w.isSample() || w.previous != mine {
		t.Fatalf("exploring opened %s (previous %s)", w.svc.Path, w.previous)
	}
	if day, _ := w.svc.Planner.Day(context.Background(), data.Today().AddDays(-1)); day.ActualTotal() == 0 {
		t.Error("the sample has no days")
	}
	labels, _ := texts(win.Content())
	if !strings.Contains(strings.Join(labels, "\n"), "You are exploring sample data") {
		t.Error("no banner says this is the sample")
	}
	test.Tap(findButton(t, win.Content(), "Back to my data"))
	settleAll(l)
	if l.window.svc.Path != mine || l.window.isSample() {
		t.Errorf("back went to %s", l.window.svc.Path)
	}
	// Once seen, the welcome stays away.
	if strings.Contains(overlayTextOf(win), welcomeText[0]) {
		t.Error("the welcome came back")
	}
}

// overlayTextOf returns every label's text in win's top overlay.
func overlayTextOf(win fyne.Window) string {
	top := win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	labels, _ := texts(top)
	return strings.Join(labels, "\n")
}
