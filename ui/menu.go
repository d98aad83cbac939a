package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/timeimportdialog"
	"daymark/ui/weekscreen"
)

// Keyboard shortcuts. They live on main-menu items, which the desktop driver
// checks before the focused field, so they work while typing in a field.
var (
	keySave       = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	keyImport     = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	keyTime       = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyExport     = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	keyBackUp     = &desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyQuit       = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	keyPrevDay    = &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}
	keyNextDay    = &desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}
	keyToday      = &desktop.CustomShortcut{KeyName: fyne.KeyHome, Modifier: fyne.KeyModifierAlt}
	keyPickDate   = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault}
	keyDayScreen  = &desktop.CustomShortcut{KeyName: fyne.Key1, Modifier: fyne.KeyModifierShortcutDefault}
	keyWeekScreen = &desktop.CustomShortcut{KeyName: fyne.Key2, Modifier: fyne.KeyModifierShortcutDefault}
	keyBalScreen  = &desktop.CustomShortcut{KeyName: fyne.Key3, Modifier: fyne.KeyModifierShortcutDefault}
	keyValScreen  = &desktop.CustomShortcut{KeyName: fyne.Key4, Modifier: fyne.KeyModifierShortcutDefault}
	keyDecScreen  = &desktop.CustomShortcut{KeyName: fyne.Key5, Modifier: fyne.KeyModifierShortcutDefault}
	keyCoaScreen  = &desktop.CustomShortcut{KeyName: fyne.Key6, Modifier: fyne.KeyModifierShortcutDefault}
	keyDimScreen  = &desktop.CustomShortcut{KeyName: fyne.Key7, Modifier: fyne.KeyModifierShortcutDefault}
	keyNew        = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	keyFind       = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	keyShortcuts  = &desktop.CustomShortcut{KeyName: fyne.KeySlash, Modifier: fyne.KeyModifierShortcutDefault}
	keySettings   = &desktop.CustomShortcut{KeyName: fyne.KeyComma, Modifier: fyne.KeyModifierShortcutDefault}
	keySync       = &desktop.CustomShortcut{KeyName: fyne.KeyY, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyStart      = &desktop.CustomShortcut{KeyName: fyne.KeyT, Modifier: fyne.KeyModifierShortcutDefault}
	keyStop       = &desktop.CustomShortcut{KeyName: fyne.KeyT, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// item makes a menu item with a shortcut.
func item(label string, key fyne.Shortcut, action func()) *fyne.MenuItem {
	i := fyne.NewMenuItem(label, action)
	i.Shortcut = key
	return i
}

func (w *Window) menu() *fyne.MainMenu {
	quit := item("Quit", keyQuit, w.quit)
	quit.IsQuit = true
	// The Go menu moves the Week screen by weeks when it is in front, and
	// the Day planner by days otherwise.
	onDay := func(f func(*dayScreen), week func(*weekscreen.Screen)) func() {
		return func() {
			if w.nav.Current == screenWeek {
				week(w.week)
				return
			}
			w.nav.Show(screenDay)
			if w.nav.Current == screenDay {
				f(w.day)
			}
		}
	}
	// The week's doors act on the Week screen, brought to the front.
	onWeek := func(f func(*weekscreen.Screen)) func() {
		return func() {
			w.nav.Show(screenWeek)
			if w.nav.Current == screenWeek {
				f(w.week)
			}
		}
	}
	menu := fyne.NewMainMenu(
		fyne.NewMenu("File",
			fyne.NewMenuItem("Open database…", w.chooseDatabase),
			fyne.NewMenuItem("New database…", w.chooseNewDatabase),
			fyne.NewMenuItem("Explore sample data", w.exploreSample),
			fyne.NewMenuItemSeparator(),
			item("Save", keySave, w.save),
			fyne.NewMenuItemSeparator(),
			item("Import…", keyImport, w.chooseImport),
			item("Import calendar or time tracker…", keyTime, w.chooseTimeImport),
			fyne.NewMenuItem("Import rules…", func() { timeimportdialog.ShowRules(w.svc.TimeImport, w.win, w.tasks, nil, nil) }),
			item("Export…", keyExport, w.chooseExport),
			fyne.NewMenuItemSeparator(),
			item("Back up now", keyBackUp, w.backUpNow),
			fyne.NewMenuItem("Restore a backup…", w.chooseRestore),
			fyne.NewMenuItemSeparator(),
			item("Settings…", keySettings, w.showSettings),
			item("Sync now", keySync, func() { w.sync.syncNow() }),
			fyne.NewMenuItem("Sync conflicts…", func() { w.sync.showConflicts() }),
			fyne.NewMenuItemSeparator(),
			quit,
		),
		fyne.NewMenu("Edit",
			item("New decision", keyNew, w.create),
			item("Find decisions", keyFind, w.find),
		),
		fyne.NewMenu("Go",
			item("Previous day or week", keyPrevDay, onDay(func(s *dayScreen) { s.goTo(s.date.AddDays(-1)) }, (*weekscreen.Screen).Previous)),
			item("Next day or week", keyNextDay, onDay(func(s *dayScreen) { s.goTo(s.date.AddDays(1)) }, (*weekscreen.Screen).Next)),
			item("Today or this week", keyToday, onDay(func(s *dayScreen) { s.goTo(data.Today()) }, (*weekscreen.Screen).ThisWeek)),
			item("Go to date…", keyPickDate, onDay(func(s *dayScreen) { s.pickDate() }, (*weekscreen.Screen).PickDate)),
			fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem("Review the week…", onWeek(func(s *weekscreen.Screen) { s.StartReview(s.Rng) })),
			fyne.NewMenuItem("Ideal week…", onWeek((*weekscreen.Screen).EditIdeal)),
			fyne.NewMenuItem("Past reviews…", onWeek((*weekscreen.Screen).ShowPastReviews)),
		),
		fyne.NewMenu("Timer",
			item("Start or switch…", keyStart, w.askStart),
			item("Stop", keyStop, w.stopNow),
			fyne.NewMenuItem("Stop at…", w.askStop),
		),
		fyne.NewMenu("View",
			item("Day planner", keyDayScreen, func() { w.nav.Show(screenDay) }),
			item("Week", keyWeekScreen, func() { w.nav.Show(screenWeek) }),
			item("Balance", keyBalScreen, func() { w.nav.Show(screenBalance) }),
			item("Values", keyValScreen, func() { w.nav.Show(screenValues) }),
			item("Decisions", keyDecScreen, func() { w.nav.Show(screenDecisions) }),
			item("Coaching", keyCoaScreen, func() { w.nav.Show(screenCoaching) }),
			item("Dimensions", keyDimScreen, func() { w.nav.Show(screenDimensions) }),
		),
		fyne.NewMenu("Help",
			item("Keyboard shortcuts", keyShortcuts, w.showShortcuts),
			fyne.NewMenuItem("Welcome", w.showWelcome),
			fyne.NewMenuItem("About Daymark", w.showAbout),
		),
	)
	// A shortcut pressed while the window moves to another day or screen
	// acts once it is there, in its turn among the keys (see keyhold.go).
	for _, m := range menu.Items {
		for _, i := range m.Items {
			if action := i.Action; action != nil && !i.IsQuit {
				i.Action = func() { control.AfterHold(w.win.Canvas(), action) }
			}
		}
	}
	return menu
}
