package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
	"daymark/data/datatest"
	"daymark/ui/control"
)

// badFiles writes, in dir, the files a window must refuse, each with the
// heading it must show and whether there are backups beside it.
func badFiles(t *testing.T, dir string) []struct {
	name, path, heading string
	backups             bool
} {
	t.Helper()
	write := func(name string, b []byte) string { return datatest.Write(t, dir, name, b) }
	// A real database with a backup beside it, then cut in half.
	whole := filepath.Join(dir, "half", "daymark.db")
	savedWithBackup(t, whole)
	datatest.Halve(t, whole)

	newer := filepath.Join(dir, "newer.db")
	s, err := data.Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	datatest.MarkNewer(t, newer)
	other := datatest.OtherProgram(t, filepath.Join(dir, "other.db"))

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
	second.tasks.Wait()
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
		if l, ok := x.(*control.ListField); ok {
			return &l.List
		}
	}
	t.Fatal("no list")
	return nil
}
