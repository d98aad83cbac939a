package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
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
