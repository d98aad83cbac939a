package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"daymark/app/errorlog"
	"daymark/ui/control"
)

// shortcutText writes a shortcut the way the menu shows it.
func shortcutText(s fyne.KeyboardShortcut) string {
	mods := ""
	m := s.Mod()
	if m&fyne.KeyModifierControl != 0 {
		mods += "Ctrl+"
	}
	if m&fyne.KeyModifierSuper != 0 {
		mods += "Cmd+"
	}
	if m&fyne.KeyModifierAlt != 0 {
		mods += "Alt+"
	}
	if m&fyne.KeyModifierShift != 0 {
		mods += "Shift+"
	}
	return mods + string(s.Key())
}

// showShortcuts lists every keyboard shortcut, read from the menu itself so
// the list cannot drift from what the keys do.
func (w *Window) showShortcuts() {
	grid := container.NewGridWithColumns(2)
	for _, m := range w.win.MainMenu().Items {
		for _, i := range m.Items {
			if k, ok := i.Shortcut.(fyne.KeyboardShortcut); ok {
				grid.Add(widget.NewLabel(i.Label))
				grid.Add(widget.NewLabelWithStyle(shortcutText(k), fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}))
			}
		}
	}
	for _, extra := range [][2]string{
		{"Next field / previous field", "Tab / Shift+Tab"},
		{"Press the button or box in focus", "Space"},
		{"Week: move between cells; open the day of its name", "Arrows, Enter"},
		{"Weekly review: step back, step on", "Alt+Left, Alt+Right"},
		{"The menu: open, move, choose", "Alt, arrows, Enter"},
	} {
		grid.Add(widget.NewLabel(extra[0]))
		grid.Add(widget.NewLabelWithStyle(extra[1], fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}))
	}
	control.ShowPanel(w.win, "Keyboard shortcuts", grid)
}

func (w *Window) showAbout() {
	text := widget.NewLabel("Daymark " + w.svc.Version + "\n\n" +
		"Live by your values and spend your 1440 minutes a day on purpose.\n\n" +
		"Your data stays on this computer, in:")
	items := []fyne.CanvasObject{text, copyable(w.svc.Path)}
	if w.sync != nil && w.sync.folder != "" {
		items = append(items, widget.NewLabel("Your changes also go, as change files only this computer writes,\nto the sync folder you chose (no server of Daymark's):"), copyable(w.sync.folder))
	}
	if log := errorlog.Path(); log != "" {
		items = append(items, widget.NewLabel("What lies behind a problem Daymark reports is noted in this file\n(attach it to a bug report):"), copyable(log))
	}
	control.ShowPanel(w.win, "About Daymark", container.NewVBox(items...))
}

// copyable shows text that a person may select and copy, not edit.
func copyable(text string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	e.Disable()
	return e
}
