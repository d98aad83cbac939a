package ui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/charts"
	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/look"
	"daymark/ui/prefs"
)

// reopen closes h's window as quitting does and opens a new one on the
// same app and database: what a restart sees of the preferences.
func (h *harness) reopen() *harness {
	h.t.Helper()
	h.w.nav.Front().Leave(h.w.rememberWindow)
	win := test.NewTempWindow(h.t, nil)
	w, err := New(h.w.app, win, h.w.svc)
	if err != nil {
		h.t.Fatal(err)
	}
	w.tasks.Wait()       // the test driver runs the window's dones beside the test: see newHarness
	w.sizeAsRemembered() // as the launcher does when it opens the window
	win.Canvas().Capture()
	next := &harness{t: h.t, w: w, win: win, store: h.store, dims: h.dims}
	next.settle()
	return next
}

// settingsControls opens the settings and returns its theme, week and
// view choosers.
func (h *harness) settingsControls() (*control.SelectField, *control.ChoiceRow, *control.SelectField) {
	h.t.Helper()
	h.press(keySettings)
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		h.t.Fatal("Ctrl+, opened no settings")
	}
	var selects []*control.SelectField
	var radio *control.ChoiceRow
	for _, o := range test.LaidOutObjects(top) {
		switch x := o.(type) {
		case *control.SelectField:
			selects = append(selects, x)
		case *control.ChoiceRow:
			radio = x
		}
	}
	if len(selects) < 3 || radio == nil { // the timer's settings follow
		h.t.Fatalf("the settings hold %d selects and radio %v", len(selects), radio)
	}
	return selects[0], radio, selects[2]
}

func TestTheSettingsApplyAtOnceAndOutliveARestart(t *testing.T) {
	h := newHarness(t)
	themeSel, week, view := h.settingsControls()
	if themeSel.Selected != "Follow the system" || week.Selected != "Monday" || view.Selected != lastViewLabel {
		t.Fatalf("the defaults: %q, %q, %q", themeSel.Selected, week.Selected, view.Selected)
	}
	themeSel.SetSelected("Dark")
	if control.Variant() != theme.VariantDark || control.ChartTheme(1).Text != charts.Dark().Text {
		t.Errorf("Dark did not apply: variant %v", control.Variant())
	}
	themeSel.SetSelected("Light")
	if control.Variant() != theme.VariantLight {
		t.Errorf("Light did not apply: variant %v", control.Variant())
	}
	week.SetSelected("Sunday")
	view.SetSelected("Decisions")
	h.settle()
	// Balance shows the week from Sunday.
	h.press(keyBalScreen)
	h.w.balance.Period.SetSelected("Week")
	h.settle()
	if from := h.w.balance.Rng.From; from.Weekday() != time.Sunday {
		t.Errorf("the week starts on %s", from.Weekday())
	}

	next := h.reopen()
	themeSel, week, view = next.settingsControls()
	if themeSel.Selected != "Light" || week.Selected != "Sunday" || view.Selected != "Decisions" {
		t.Errorf("after a restart: %q, %q, %q", themeSel.Selected, week.Selected, view.Selected)
	}
	if next.w.nav.Current != screenDecisions {
		t.Errorf("opened on screen %d, want the Decisions chosen to open on", next.w.nav.Current)
	}
	next.press(keyBalScreen) // built the first time it is shown
	if r := next.w.balance.Rng; r.Period != app.Week || r.From.Weekday() != time.Sunday || !r.Contains(data.Today()) {
		t.Errorf("the Balance screen reopened on %+v, want this week from Sunday", r)
	}
	themeSel.SetSelected("Follow the system")
	if th, ok := next.w.app.Settings().Theme().(look.AppTheme); !ok || th.Fixed {
		t.Error("Follow the system kept a fixed theme")
	}
}

func TestTheWindowReopensOnTheLastScreenAtItsLastSize(t *testing.T) {
	h := newHarness(t)
	h.press(keyCoaScreen)
	h.win.Resize(fyne.NewSize(1250, 820))
	next := h.reopen()
	if next.w.nav.Current != screenCoaching {
		t.Errorf("reopened on screen %d, want Coaching", next.w.nav.Current)
	}
	if size := next.win.Canvas().Size(); size != fyne.NewSize(1250, 820) {
		t.Errorf("reopened at %v", size)
	}
	// A size smaller than the window can use is not kept.
	next.win.Resize(fyne.NewSize(300, 200))
	if size := next.reopen().win.Canvas().Size(); size != fyne.NewSize(1250, 820) {
		t.Errorf("after a tiny window, reopened at %v", size)
	}
}

func TestEveryScreenHasItsShortcutAndTheDialogListsEveryShortcut(t *testing.T) {
	h := newHarness(t)
	for i, key := range []fyne.Shortcut{keyDayScreen, keyWeekScreen, keyBalScreen, keyValScreen, keyDecScreen, keyCoaScreen, keyDimScreen} {
		h.press(key)
		if h.w.nav.Current != i {
			t.Errorf("%s shows screen %d, want %d", key.ShortcutName(), h.w.nav.Current, i)
		}
	}
	h.press(keyShortcuts)
	text := h.overlayText()
	n := 0
	for _, m := range h.win.MainMenu().Items {
		for _, item := range m.Items {
			k, ok := item.Shortcut.(fyne.KeyboardShortcut)
			if !ok {
				continue
			}
			n++
			if !strings.Contains(text, item.Label+"\n"+shortcutText(k)) {
				t.Errorf("the shortcuts dialog lacks %q with %s", item.Label, shortcutText(k))
			}
		}
	}
	if n < 19 {
		t.Errorf("only %d menu items have shortcuts", n)
	}
}

func TestBackupsGoWhereTheSettingsSay(t *testing.T) {
	h := newHarness(t)
	dir := filepath.Join(t.TempDir(), "my backups")
	label := widget.NewLabel("")
	h.w.setBackupFolder(dir, label)
	h.settle()
	if prefs.BackupFolder(h.w.app) != dir || label.Text != dir || h.w.svc.DataFile.BackupFolder() != dir {
		t.Fatalf("setting %q, label %q, store %q", prefs.BackupFolder(h.w.app), label.Text, h.w.svc.DataFile.BackupFolder())
	}
	h.w.day.form.planned[0].SetText("1h")
	h.press(keySave)
	h.press(keyBackUp)
	if !strings.Contains(h.overlayText(), dir) {
		t.Errorf("Back up now says %q", h.overlayText())
	}
	if list, _ := data.BackupsIn(dir, h.store.Path()); len(list) != 1 {
		t.Errorf("%d backups in the folder chosen", len(list))
	}
	h.w.setBackupFolder("not/absolute", label)
	h.settle()
	if prefs.BackupFolder(h.w.app) != dir || !strings.Contains(h.overlayText(), "must be a full path") {
		t.Errorf("a refused folder: setting %q, dialog %q", prefs.BackupFolder(h.w.app), h.overlayText())
	}
}

// The screen to open on is kept by name, so a preference saved before the
// Week screen took Ctrl+2 still opens the screen it named.
func TestTheScreenToOpenOnIsKeptByName(t *testing.T) {
	for _, c := range []struct {
		key  string
		want int
	}{{"balance", screenBalance}, {"dimensions", screenDimensions}, {"week", screenWeek}} {
		h := newHarness(t)
		h.w.settings.Store.SetString(prefs.PrefDefaultView, c.key)
		if next := h.reopen(); next.w.nav.Current != c.want {
			t.Errorf("open on %q: screen %d, want %d", c.key, next.w.nav.Current, c.want)
		}
	}
}
