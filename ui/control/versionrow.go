package control

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// VersionRow is a line of history with a button that deletes it.
func VersionRow(text string, remove func()) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	del := NewKeyButton("", theme.DeleteIcon(), remove)
	del.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, del, l)
}
