package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
	"daymark/ui/control"
)

// Refuse fills the window with why the database at path cannot be opened
// and what the person can do: restore a backup in its place (when there
// are backups beside it), open another file, try again, or quit. The file
// is left as it is.
func (l *Launcher) Refuse(path string, problem error) {
	code := data.ErrorCode(problem)
	heading := widget.NewLabelWithStyle(refusalHeading(code), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	list := l.backupsOf(path, problem)
	detail := widget.NewLabel(control.Paragraph(problem) + "\n\n" + refusalAdvice(code, len(list) > 0))
	detail.Wrapping = fyne.TextWrapWord
	file := widget.NewEntry()
	file.SetText(path)
	file.Disable()

	quit := widget.NewButtonWithIcon("Quit", theme.LogoutIcon(), l.app.Quit)
	buttons := []fyne.CanvasObject{layout.NewSpacer()}
	var main *widget.Button
	if len(list) > 0 {
		buttons = append(buttons, quit)
		main = widget.NewButtonWithIcon("Restore a backup…", theme.HistoryIcon(), func() { l.chooseBackup(path, list) })
	}
	switch code {
	case data.EInUse, data.EInvalid:
		buttons = append(buttons, widget.NewButtonWithIcon("Try again", theme.ViewRefreshIcon(), func() { l.openLater(path, nil) }))
	case data.EMissing:
		buttons = append(buttons, widget.NewButtonWithIcon("Start a new file", theme.DocumentCreateIcon(), func() { l.openLater(path, nil) }))
	}
	buttons = append(buttons, widget.NewButtonWithIcon("Open another file…", theme.FolderOpenIcon(), l.chooseAnother))
	if main == nil {
		main = quit
	}
	main.Importance = widget.HighImportance
	buttons = append(buttons, main)

	icon := widget.NewIcon(theme.ErrorIcon())
	if code == data.EInUse {
		icon = widget.NewIcon(theme.InfoIcon())
	}
	l.win.SetMainMenu(nil)
	l.win.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(buttons...), nil, nil,
		container.NewVBox(container.NewBorder(nil, nil, icon, nil, heading), file, detail))))
	if !l.sized { // a window already open keeps its size
		l.win.Resize(fyne.NewSize(640, 320))
	}
}

// refusalHeading says in a few words why a database cannot be opened.
func refusalHeading(code string) string {
	switch code {
	case data.EInUse:
		return "Daymark is already open on this file"
	case data.ETooNew:
		return "This file is from a newer version of Daymark"
	case data.ECorrupt:
		return "This file is damaged, or it is not a Daymark database"
	case data.EMissing:
		return "Daymark's database is missing"
	}
	return "Daymark cannot open its database"
}

// refusalAdvice says what the person can do about it; restoring a backup
// only when there are backups to restore.
func refusalAdvice(code string, backups bool) string {
	switch code {
	case data.EInUse:
		return "Two windows writing to one file could undo each other's work, so Daymark opens a file in one window only."
	case data.EMissing:
		return "It may have been moved, renamed or deleted. Restore the latest backup to carry on where you left off, start a new, empty file in its place, or open the file where it is now."
	case data.ETooNew:
		if !backups {
			return "Nothing has been changed. Update Daymark to open it, or open another file."
		}
		return "Nothing has been changed. Update Daymark to open it, restore an older backup in its place (the file is kept beside it), or open another file."
	}
	const unchanged = "Nothing has been changed: the file is not opened as a new database, repaired or overwritten. "
	if !backups {
		return unchanged + "Open another file, or start Daymark with --db PATH or DAYMARK_DB to use another file."
	}
	return unchanged + "Restore a backup in its place (the file is kept beside it), open another file, or start Daymark with --db PATH or DAYMARK_DB to use another file."
}
