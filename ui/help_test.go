package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"daymark/app/errorlog"
	"daymark/ui/control"
)

func TestTheShortcutsDialogListsWhatTheKeysDo(t *testing.T) {
	h := newHarness(t)
	h.press(keyShortcuts)
	text := h.overlayText()
	for _, want := range []string{"Save", "Ctrl+S", "Previous day", "Alt+Left", "Next day", "Alt+Right", "Dimensions", "Ctrl+2", "Quit", "Ctrl+Q", "Tab / Shift+Tab", "Alt, arrows, Enter"} {
		if !strings.Contains(text, want) {
			t.Errorf("the shortcuts dialog does not mention %q:\n%s", want, text)
		}
	}
}

func TestAboutShowsTheDatabaseFile(t *testing.T) {
	h := newHarness(t)
	h.w.showAbout()
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "Daymark test") {
		t.Errorf("About says %q", text)
	}
	found := false
	for _, e := range entriesOf[*widget.Entry](h) {
		if e.Text == h.store.Path() {
			found = true
		}
	}
	if !found {
		t.Errorf("About does not show %s", h.store.Path())
	}
}

// About names the log a bug report can carry, when there is one.
func TestAboutNamesTheLogOfCauses(t *testing.T) {
	log := filepath.Join(t.TempDir(), errorlog.Name)
	errorlog.Use(errorlog.New(log, "daymark test"))
	t.Cleanup(func() { errorlog.Use(nil) })
	h := newHarness(t)
	h.w.showAbout()
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "bug report") {
		t.Errorf("About says %q", text)
	}
	found := false
	for _, e := range entriesOf[*widget.Entry](h) {
		found = found || e.Text == log
	}
	if !found {
		t.Errorf("About does not name the log %s", log)
	}
}

// About names the sync folder too, once there is one: the data no longer
// stays on this computer alone.
func TestAboutNamesTheSyncFolder(t *testing.T) {
	h := newHarness(t)
	folder := t.TempDir()
	h.w.sync.setFolder(folder, widget.NewLabel(""), control.NewKeyButton("", nil, nil))
	h.settle()
	h.w.showAbout()
	h.settle()
	found := false
	for _, e := range entriesOf[*widget.Entry](h) {
		found = found || e.Text == folder
	}
	if !found || !strings.Contains(h.overlayText(), "sync folder") {
		t.Errorf("About does not name the sync folder %s: %q", folder, h.overlayText())
	}
}
