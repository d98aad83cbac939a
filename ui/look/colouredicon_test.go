package look

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/ui/prefs"
)

// A plain icon, coloured once, is drawn on a button pixel for pixel as
// Fyne draws its own theme icon: in light, in dark after the theme
// changes, and greyed on a disabled button.
func TestAPlainIconIsDrawnAsFyneDrawsItsOwn(t *testing.T) {
	a := test.NewTempApp(t)
	ApplyTheme(a, prefs.ThemeLight)
	fyneButton := widget.NewButtonWithIcon("Copy", theme.ContentCopyIcon(), nil)
	ours := widget.NewButtonWithIcon("Copy", PlainIcon(theme.ContentCopyIcon()), nil)
	same := func(when string) {
		t.Helper()
		if !samePixels(draw(t, fyneButton), draw(t, ours)) {
			t.Errorf("%s: the plain icon is not drawn as Fyne draws its own", when)
		}
	}
	same("light")
	ApplyTheme(a, prefs.ThemeDark)
	same("dark")
	fyneButton.Disable()
	ours.Disable()
	same("dark, the button disabled")
}

// The navigation's icons are drawn as Fyne draws its own theme icons on
// its tabs: the primary colour on the selected tab, the foreground's on
// the others, after another tab is selected and after the theme changes.
func TestTheNavigationsIconsAreDrawnAsFyneDrawsItsOwn(t *testing.T) {
	a := test.NewTempApp(t)
	ApplyTheme(a, prefs.ThemeLight)
	icons := []fyne.Resource{theme.CalendarIcon(), theme.ListIcon(), theme.GridIcon()}
	var fyneTabs []*container.TabItem
	var list []NavTab
	for _, icon := range icons {
		fyneTabs = append(fyneTabs, container.NewTabItemWithIcon("Tab", icon, widget.NewLabel("")))
		list = append(list, NavTab{Text: "Tab", Icon: icon})
	}
	fyneNav := container.NewAppTabs(fyneTabs...)
	fyneNav.SetTabLocation(container.TabLocationLeading)
	ours := container.NewAppTabs()
	ours.SetTabLocation(container.TabLocationLeading)
	ours.SetItems(NavItems(ours, list...))
	same := func(when string) {
		t.Helper()
		if !samePixels(draw(t, fyneNav), draw(t, ours)) {
			t.Errorf("%s: the navigation's icons are not drawn as Fyne draws its own", when)
		}
	}
	same("light")
	fyneNav.SelectIndex(2)
	ours.SelectIndex(2)
	same("light, the third tab selected")
	ApplyTheme(a, prefs.ThemeDark)
	same("dark")
}

// draw draws o alone in a test window of 300×260 and returns the image.
func draw(t *testing.T, o fyne.CanvasObject) image.Image {
	w := test.NewTempWindow(t, container.NewVBox(o))
	w.Resize(fyne.NewSize(300, 260))
	return w.Canvas().Capture()
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
