package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"daymark/data"
)

// trigger runs the main-menu item bound to shortcut as the desktop driver
// does for a key press, without waiting for what it started.
func (h *harness) trigger(shortcut fyne.Shortcut) {
	h.t.Helper()
	for _, m := range h.win.MainMenu().Items {
		for _, i := range m.Items {
			if i.Shortcut != nil && i.Shortcut.ShortcutName() == shortcut.ShortcutName() {
				i.Action()
				return
			}
		}
	}
	h.t.Fatalf("no menu item has the shortcut %s", shortcut.ShortcutName())
}

// No key typed while the window moves to another day or screen is lost:
// the day is read off the UI goroutine, and the keys typed meanwhile went
// to the field of the day being left, which was then filled anew; and a
// field emptied under a selection took its first character as a new
// selection (Alt+Right, then "5h", gave "h"). Ctrl+S pressed among the
// keys saves the day moved to.
func TestKeysTypedWhileMovingReachTheNextDayOrScreen(t *testing.T) {
	h := newHarness(t)
	day := h.w.day
	h.typeHere("2h")
	h.press(keySave)
	day.Shown() // the first field, its value selected

	h.w.tasks.Done.Lock() // the day is read, but not yet shown: the keys come first
	h.trigger(keyNextDay)
	typeKeys(h.win.Canvas(), "5h")
	h.trigger(keySave) // saves the day moved to, with 5h
	h.w.tasks.Done.Unlock()
	h.settle()
	tomorrow := data.Today().AddDays(1)
	if day.date != tomorrow || day.form.planned[0].Text != "5h" {
		t.Fatalf("after Alt+Right and 5h the planner shows %s with %q, want tomorrow with 5h", day.date, day.form.planned[0].Text)
	}
	if got := h.stored(tomorrow).Planned[h.dims[0].ID]; got != 300 {
		t.Errorf("tomorrow holds %d minutes, want 300", got)
	}
	if got := h.stored(data.Today()).Planned[h.dims[0].ID]; got != 120 {
		t.Errorf("today holds %d minutes, want the 120 saved before", got)
	}

	// A new screen: the title of a new decision.
	h.w.tasks.Done.Lock()
	h.trigger(keyDecScreen)
	typeKeys(h.win.Canvas(), "Hire")
	h.w.tasks.Done.Unlock()
	h.settle()
	if got := h.w.decisions.Form.Title.Text; got != "Hire" || day.form.planned[0].Text != "5h" {
		t.Errorf("after Ctrl+5 and Hire the title holds %q and the planner %q", got, day.form.planned[0].Text)
	}
}
