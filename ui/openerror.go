package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ShowOpenError fills win with what went wrong opening the database at path
// and what the person can do. The file is left as it is.
func ShowOpenError(a fyne.App, win fyne.Window, path, problem string) {
	heading := widget.NewLabelWithStyle("Daymark cannot open its database", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	detail := widget.NewLabel(problem + "\n\nThe file has not been changed. To use another file, start Daymark with --db PATH or set DAYMARK_DB.")
	detail.Wrapping = fyne.TextWrapWord
	file := widget.NewEntry()
	file.SetText(path)
	file.Disable()
	quit := widget.NewButtonWithIcon("Quit", theme.LogoutIcon(), a.Quit)
	quit.Importance = widget.HighImportance
	icon := widget.NewIcon(theme.ErrorIcon())
	win.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), quit), nil, nil,
		container.NewVBox(container.NewBorder(nil, nil, icon, nil, heading), file, detail))))
	win.Resize(fyne.NewSize(560, 280))
}
