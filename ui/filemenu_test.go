package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"daymark/data"
)

func TestTheFileMenuHasTheDataCommands(t *testing.T) {
	h := newHarness(t)
	var labels []string
	for _, i := range h.win.MainMenu().Items[0].Items {
		labels = append(labels, i.Label)
	}
	got := strings.Join(labels, ", ")
	for _, want := range []string{"Import…", "Export…", "Back up now", "Restore a backup…", "Quit"} {
		if !strings.Contains(got, want) {
			t.Errorf("the File menu (%s) lacks %s", got, want)
		}
	}
}

func TestExportWritesJSONOrCSV(t *testing.T) {
	h := newHarness(t)
	h.typeHere("2h")
	h.press(keySave)
	dir := t.TempDir()
	for _, name := range []string{"all.json", "days.csv"} {
		path := filepath.Join(dir, name)
		h.w.exportTo(path)
		h.settle()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s mode = %v", name, info.Mode().Perm())
		}
		want := `"My self": 120`
		if strings.HasSuffix(name, ".csv") {
			want = data.Today().String() + ",My self,120,0,"
		}
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %q:\n%s", name, want, b)
		}
		if !strings.Contains(h.overlayText(), path) {
			t.Errorf("the confirmation does not say where: %q", h.overlayText())
		}
	}
}

func TestImportAsksBeforeReplacingAndShowsTheImportedData(t *testing.T) {
	source := newHarness(t)
	source.typeHere("3h")
	source.press(keySave)
	export := filepath.Join(t.TempDir(), "export.json")
	source.w.exportTo(export)
	source.settle()

	h := newHarness(t)
	h.typeHere("1h")
	h.press(keySave)
	h.w.importFrom(export)
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "replaces all that Daymark holds now") {
		t.Fatalf("no question before replacing: %q", text)
	}
	h.tapButton("Replace")
	if got := h.w.day.form.planned[0].Text; got != "3h" {
		t.Errorf("after importing, the day shows %q, want 3h", got)
	}
	if !strings.Contains(h.overlayText(), "What Daymark held before is in the backup") {
		t.Errorf("the result does not name the backup: %q", h.overlayText())
	}
	if list, _ := data.Backups(h.store.Path()); len(list) == 0 || list[0].Reason != "before-import" {
		t.Errorf("backups = %+v", list)
	}
}

func TestABadImportSaysWhyAndChangesNothing(t *testing.T) {
	h := newHarness(t)
	h.typeHere("1h")
	h.press(keySave)
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"format": "daymark", "version": 99}`), 0o600); err != nil {
		t.Fatal(err)
	}
	h.w.importFrom(bad)
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "The export is version 99") {
		t.Errorf("the message is %q", text)
	}
	if got := h.stored(data.Today()); got.Planned[h.dims[0].ID] != 60 {
		t.Errorf("a refused import changed the day: %+v", got)
	}
}

func TestBackUpNowThenRestoreIt(t *testing.T) {
	h := newHarness(t)
	h.typeHere("2h")
	h.press(keySave)
	h.press(keyBackUp)
	list, err := data.Backups(h.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || !strings.Contains(h.overlayText(), list[0].Path) {
		t.Fatalf("backups %+v, dialog %q", list, h.overlayText())
	}
	h.tapButton("Close")

	h.w.day.form.planned[0].SetText("5h")
	h.press(keySave)
	h.w.chooseRestore()
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "made by you") {
		t.Errorf("the restore dialog lists %q", text)
	}
	h.tapButton("Cancel")
	h.w.restoreFrom(list[0].Path)
	h.settle()
	if got := h.w.day.form.planned[0].Text; got != "2h" {
		t.Errorf("after restoring, the day shows %q, want 2h", got)
	}
	if got := h.stored(data.Today()); got.Planned[h.dims[0].ID] != 120 {
		t.Errorf("after restoring, the database holds %+v", got.Planned)
	}
}

func TestTheDailyBackupIsMadeAtStartWhenDue(t *testing.T) {
	h := newHarness(t)
	h.typeHere("2h")
	h.press(keySave)
	h.w.dailyBackup()
	h.settle()
	list, err := data.Backups(h.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Reason != "daily" {
		t.Errorf("backups = %+v", list)
	}
	if n, _ := h.store.Revision(context.Background()); n == 0 {
		t.Error("no revision after saving")
	}
}
