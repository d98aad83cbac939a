package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
)

// syncBar is the line under the screens that holds the status: its button
// in small type with little padding, and in the gap the window leaves
// above it, so that every screen keeps its room in the smallest window
// (the Values screen's alignment had 22 pixels to spare).
func syncBar(status fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewCustomPaddedLayout(-theme.Padding(), 0, 0, 0),
		container.NewThemeOverride(container.NewHBox(status), compactTheme{}))
}

// compactTheme is the app's theme in small type with little padding.
type compactTheme struct{}

func (compactTheme) base() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (t compactTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base().Color(n, v)
}

func (t compactTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base().Font(s) }

func (t compactTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base().Icon(n) }

func (t compactTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameInnerPadding:
		return t.base().Size(theme.SizeNameInnerPadding) / 4
	case theme.SizeNameText:
		return t.base().Size(theme.SizeNameCaptionText) + 1
	case theme.SizeNameInlineIcon:
		return t.base().Size(theme.SizeNameCaptionText) + 3
	}
	return t.base().Size(n)
}
