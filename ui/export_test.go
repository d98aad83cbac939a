package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"daymark/data"
)

// saveAs answers Fyne's own save dialog, open in the window: the file's
// name, Save, and Yes to "Overwrite?" when it asks.
func (h *harness) saveAs(name string) {
	h.t.Helper()
	entries := entriesOf[*widget.Entry](h)
	if len(entries) == 0 {
		h.t.Fatalf("no save dialog is open: %q", h.overlayText())
	}
	entries[len(entries)-1].SetText(name) // the file name, under the folder's path
	h.tapButton("Save")
	if strings.Contains(h.overlayText(), "overwrite") {
		h.tapButton("Yes")
	}
	h.settle()
}

// File → Export… through Fyne's real save dialog: saying yes to
// "Overwrite?" never leaves the file empty or half written, and the
// database itself, chosen by mistake, is refused and kept whole.
func TestExportOverAFileNeverLeavesItEmptyAndNeverTouchesTheDatabase(t *testing.T) {
	h := newHarness(t)
	h.typeHere("2h")
	h.press(keySave)
	dir := filepath.Dir(h.store.Path())
	t.Setenv("HOME", dir) // where the dialog opens

	db := h.store.Path()
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	h.w.chooseExport()
	h.saveAs(filepath.Base(db))
	if text := h.overlayText(); !strings.Contains(text, "is the database open in Daymark") || !strings.Contains(text, filepath.Base(db)) {
		t.Errorf("choosing the database was not refused with its name: %q", text)
	}
	if after, _ := os.ReadFile(db); len(after) == 0 || (len(before) > 0 && string(after[:16]) != "SQLite format 3\x00") {
		t.Fatalf("the database was emptied or overwritten: %d bytes", len(after))
	}
	if day := h.stored(h.w.day.date); day.PlannedTotal() != 120 {
		t.Errorf("the database lost the day: %+v", day)
	}
	h.tapButton("Close")

	old := filepath.Join(dir, "old.json")
	if err := os.WriteFile(old, []byte(`{"mine": "kept"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	h.store.Close() // the export fails after "Overwrite?"
	h.w.chooseExport()
	h.saveAs("old.json")
	if text := h.overlayText(); !strings.Contains(text, "could not export") && !strings.Contains(text, "failed") {
		t.Errorf("the failure is not said: %q", text)
	}
	if got, _ := os.ReadFile(old); string(got) != `{"mine": "kept"}` {
		t.Errorf("a failed export over old.json left %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".tmp") {
				t.Errorf("a failed export left %s behind", e.Name())
			}
		}
	}
}

// The brief's export dialog goes through the same check: a brief into the
// backups folder is refused with a sentence, and nothing is written there.
func TestTheBriefIsNeverExportedAmongTheBackups(t *testing.T) {
	h := newHarness(t)
	c := onCoaching(h)
	c.ShowBrief()
	h.settle()
	backups := data.BackupFolder(h.store.Path())
	c.Brief.ConfirmExport(filepath.Join(backups, "daymark-brief"))
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "the folder of Daymark's backups") {
		t.Errorf("a brief among the backups: %q", text)
	}
	if _, err := os.Stat(filepath.Join(backups, "daymark-brief")); err == nil {
		t.Error("the brief's folder was made among the backups")
	}
}
