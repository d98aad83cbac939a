package ui

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
)

// launch opens path in a new test window through a Launcher.
func launch(t *testing.T, path string) (*Launcher, fyne.Window, error) {
	t.Helper()
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	l := NewLauncher(a, win, testOpener)
	t.Cleanup(l.Close)
	err := l.Open(path)
	l.tasks.wait()
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

// badFiles writes, in dir, the files a window must refuse, each with the
// heading it must show and whether there are backups beside it.
func badFiles(t *testing.T, dir string) []struct {
	name, path, heading string
	backups             bool
} {
	t.Helper()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A real database with a backup beside it, then cut in half.
	whole := filepath.Join(dir, "half", "daymark.db")
	savedWithBackup(t, whole)
	full, err := os.ReadFile(whole)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(whole, full[:len(full)/2], 0o600); err != nil {
		t.Fatal(err)
	}

	newer := filepath.Join(dir, "newer.db")
	s, err := data.Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite3", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	other := filepath.Join(dir, "other.db")
	db, err = sql.Open("sqlite3", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	return []struct {
		name, path, heading string
		backups             bool
	}{
		{"cut in half", whole, "This file is damaged, or it is not a Daymark database", true},
		{"garbage", write("garbage.db", bytes.Repeat([]byte("garbage "), 900)), "This file is damaged, or it is not a Daymark database", false},
		{"not SQLite", write("notes.txt", []byte("my notes\n")), "This file is damaged, or it is not a Daymark database", false},
		{"another program's", other, "This file is damaged, or it is not a Daymark database", false},
		{"from a newer Daymark", newer, "This file is from a newer version of Daymark", false},
	}
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

func TestAFileThatCannotBeOpenedShowsWhyAndWhatCanBeDone(t *testing.T) {
	for _, c := range badFiles(t, t.TempDir()) {
		t.Run(c.name, func(t *testing.T) {
			before, err := os.ReadFile(c.path)
			if err != nil {
				t.Fatal(err)
			}
			l, win, err := launch(t, c.path)
			if err == nil || l.Opened() {
				t.Fatal("opened")
			}
			labels, buttons := texts(win.Canvas().Content())
			all := strings.Join(labels, "\n")
			if !strings.Contains(all, c.heading) || !strings.Contains(all, data.ErrorMessage(err)) || !strings.Contains(all, "Nothing has been changed") {
				t.Errorf("the window says:\n%s", all)
			}
			if offered := strings.Contains(all, "backup"); offered != c.backups {
				t.Errorf("backups: %v, but the advice speaks of restoring one: %v\n%s", c.backups, offered, all)
			}
			want := []string{"Quit", "Open another file…"}
			if c.backups {
				want = append(want, "Restore a backup…")
			}
			if got := strings.Join(buttons, ", "); len(buttons) != len(want) || !containsAll(got, want) {
				t.Errorf("buttons: %s; want %v", got, want)
			}
			if after, _ := os.ReadFile(c.path); !bytes.Equal(before, after) {
				t.Error("the file changed")
			}
			if _, err := os.Stat(c.path + "-wal"); err == nil {
				t.Error("a WAL appeared beside the file")
			}
		})
	}
}

func containsAll(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

func TestRestoringABackupInPlaceOfADamagedFile(t *testing.T) {
	c := badFiles(t, t.TempDir())[0]
	damaged, err := os.ReadFile(c.path)
	if err != nil {
		t.Fatal(err)
	}
	l, win, err := launch(t, c.path)
	if err == nil {
		t.Fatal("a damaged file opened")
	}
	restoreLatest(t, l, win)
	if got := l.window.day.form.planned[0].Text; l.window.day.date != data.Today() || got != "" {
		t.Errorf("the window shows %s, %q", l.window.day.date, got)
	}
	if text := overlayLabels(win); !strings.Contains(text, "The file that could not be opened is kept as") {
		t.Errorf("after restoring the window says %q", text)
	}
	kept, err := filepath.Glob(filepath.Join(filepath.Dir(c.path), "daymark-kept-*.db"))
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != 1 {
		t.Fatalf("kept: %v", kept)
	}
	if b, _ := os.ReadFile(kept[0]); !bytes.Equal(b, damaged) {
		t.Error("the damaged file was not kept as it was")
	}
	day, err := l.window.svc.Planner.Day(context.Background(), data.NewDate(2026, 2, 2))
	if err != nil {
		t.Fatal(err)
	}
	if day.PlannedTotal() != 95 {
		t.Errorf("the restored database holds %v", day.Planned)
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
	l.tasks.wait()
	if !l.Opened() {
		labels, _ := texts(win.Canvas().Content())
		t.Fatalf("not opened after restoring: %s", labels)
	}
}

func TestASecondWindowOnTheSameFileIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "daymark.db")
	first, _, err := launch(t, path)
	if err != nil || !first.Opened() {
		t.Fatalf("the first window: %v", err)
	}
	second, win, err := launch(t, path)
	if data.ErrorCode(err) != data.EInUse || second.Opened() {
		t.Fatalf("the second window: %v", err)
	}
	labels, buttons := texts(win.Canvas().Content())
	if all := strings.Join(labels, "\n"); !strings.Contains(all, "Daymark is already open on this file") || !strings.Contains(all, "in another window") {
		t.Errorf("the second window says:\n%s", all)
	}
	if got := strings.Join(buttons, ", "); got != "Try again, Open another file…, Quit" {
		t.Errorf("buttons: %s", got)
	}
	first.Close()
	test.Tap(findButton(t, win.Canvas().Content(), "Try again"))
	second.tasks.wait()
	if !second.Opened() {
		t.Error("trying again after the first window closed did not open the file")
	}
}

// findList finds the first list in o.
func findList(t *testing.T, o fyne.CanvasObject) *widget.List {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*widget.List); ok {
			return l
		}
		if l, ok := x.(*listField); ok {
			return &l.List
		}
	}
	t.Fatal("no list")
	return nil
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
