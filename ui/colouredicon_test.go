package ui

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The navigation's icons, coloured once, are drawn pixel for pixel as
// Fyne draws its own theme icons on its tabs: in the foreground colour,
// in the primary colour on the selected tab, in light and in dark, after
// another tab is selected and after the theme changes. So is a plain icon
// on a button, enabled and disabled.
func TestColouredIconsAreDrawnAsFyneColoursItsOwn(t *testing.T) {
	a := test.NewTempApp(t)
	applyTheme(a, themeLight)
	icons := []fyne.Resource{theme.CalendarIcon(), theme.ListIcon(), theme.GridIcon()}
	var fyneTabs, ours []*container.TabItem
	for _, icon := range icons {
		fyneTabs = append(fyneTabs, container.NewTabItemWithIcon("Tab", icon, widget.NewLabel("")))
	}
	fyneNav := container.NewAppTabs(fyneTabs...)
	fyneNav.SetTabLocation(container.TabLocationLeading)
	ourNav := container.NewAppTabs()
	ourNav.SetTabLocation(container.TabLocationLeading)
	list := make([]navTab, len(icons))
	for i, icon := range icons {
		list[i] = navTab{"Tab", icon}
	}
	ours = navItems(ourNav, list...)
	for _, tab := range ours {
		tab.Content = widget.NewLabel("")
	}
	ourNav.SetItems(ours)
	fyneButton, ourButton := widget.NewButtonWithIcon("Copy", theme.ContentCopyIcon(), nil), widget.NewButtonWithIcon("Copy", plainIcon(theme.ContentCopyIcon()), nil)
	size := fyne.NewSize(300, 260)
	draw := func(o fyne.CanvasObject) image.Image {
		w := test.NewTempWindow(t, container.NewVBox(o))
		w.Resize(size)
		return w.Canvas().Capture()
	}
	same := func(when string) {
		t.Helper()
		if !samePixels(draw(fyneNav), draw(ourNav)) {
			t.Errorf("%s: the navigation's icons are not drawn as Fyne draws its own", when)
		}
		if !samePixels(draw(fyneButton), draw(ourButton)) {
			t.Errorf("%s: a plain icon on a button is not drawn as Fyne draws its own", when)
		}
	}
	same("light")
	fyneNav.SelectIndex(2)
	ourNav.SelectIndex(2)
	same("light, the third tab selected")
	applyTheme(a, themeDark)
	same("dark")
	fyneButton.Disable()
	ourButton.Disable()
	same("dark, the button disabled")
}

// samePixels says whether a and b are the same image, pixel for pixel.
func samePixels(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}
