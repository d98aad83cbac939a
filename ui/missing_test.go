package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"daymark/data"
)

// gone makes a database with a backup beside it at a new path, then
// deletes the database, as a person might by mistake.
func gone(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "daymark.db")
	savedWithBackup(t, path)
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	return path
}

func TestAMissingDatabaseWithBackupsIsNotStartedAgainEmpty(t *testing.T) {
	path := gone(t)
	l, win, err := launch(t, path)
	if data.ErrorCode(err) != data.EMissing || l.Opened() {
		t.Fatalf("opened: %v, %v", l.Opened(), err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("a new file was made in place of the missing one")
	}
	labels, buttons := texts(win.Canvas().Content())
	all := strings.Join(labels, "\n")
	for _, want := range []string{"Daymark's database is missing", "There is no database at " + path + " any more, but there are backups of it.", "Restore the latest backup"} {
		if !strings.Contains(all, want) {
			t.Errorf("the window does not say %q; it says:\n%s", want, all)
		}
	}
	if got := strings.Join(buttons, ", "); got != "Quit, Start a new file, Open another file…, Restore a backup…" {
		t.Errorf("buttons: %s", got)
	}

	restoreLatest(t, l, win)
	if text := overlayLabels(win); !strings.Contains(text, "Daymark now holds what the backup holds.") || strings.Contains(text, "kept as") {
		t.Errorf("after restoring the window says %q", text)
	}
	day, err := l.window.svc.Planner.Day(context.Background(), data.NewDate(2026, 2, 2))
	if err != nil {
		t.Fatal(err)
	}
	if day.PlannedTotal() != 95 {
		t.Errorf("the restored database holds %v", day.Planned)
	}
}

func TestAMissingDatabaseCanBeStartedAgainEmptyOnRequest(t *testing.T) {
	path := gone(t)
	l, win, err := launch(t, path)
	if data.ErrorCode(err) != data.EMissing {
		t.Fatalf("a missing database with backups: %v, want %s", err, data.EMissing)
	}
	test.Tap(findButton(t, win.Canvas().Content(), "Start a new file"))
	l.tasks.Wait()
	if !l.Opened() {
		labels, _ := texts(win.Canvas().Content())
		t.Fatalf("not opened: %s", labels)
	}
	day, err := l.window.svc.Planner.Day(context.Background(), data.NewDate(2026, 2, 2))
	if err != nil {
		t.Fatal(err)
	}
	if day.PlannedTotal() != 0 {
		t.Errorf("the new file holds %v", day.Planned)
	}
	if backups, _ := l.window.svc.DataFile.Backups(); len(backups) == 0 {
		t.Error("the old backups are gone from the list")
	}
}
