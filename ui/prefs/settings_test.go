package prefs

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The window opens at the size it had when it last closed; the first
// time, at the default size fitted to the screen, the screen asked only
// then.
func TestTheWindowsFirstSizeFitsTheScreen(t *testing.T) {
	for _, c := range []struct {
		name       string
		remembered fyne.Size // zero: nothing remembered
		screen     fyne.Size // zero: the screen does not say
		want       fyne.Size
	}{
		{"a small laptop's screen", fyne.Size{}, fyne.NewSize(1024, 640), fyne.NewSize(942.08, 560)},
		{"a 1366×768 screen", fyne.Size{}, fyne.NewSize(1366, 768), fyne.NewSize(1180, 652.8)},
		{"a large screen", fyne.Size{}, fyne.NewSize(1920, 1080), defaultSize},
		{"a screen smaller than the minimum", fyne.Size{}, fyne.NewSize(640, 480), minimumSize},
		{"a screen that does not say", fyne.Size{}, fyne.Size{}, defaultSize},
		{"a remembered size", fyne.NewSize(1500, 900), fyne.NewSize(1024, 640), fyne.NewSize(1500, 900)},
		{"a remembered size below the minimum", fyne.NewSize(300, 200), fyne.Size{}, minimumSize},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := New(test.NewTempApp(t))
			if c.remembered.Width > 0 {
				s.Store.SetFloat(prefWidth, float64(c.remembered.Width))
				s.Store.SetFloat(prefHeight, float64(c.remembered.Height))
			}
			asked := false
			got := s.WindowSize(func() fyne.Size { asked = true; return c.screen })
			if math.Abs(float64(got.Width-c.want.Width)) > 0.01 || math.Abs(float64(got.Height-c.want.Height)) > 0.01 {
				t.Errorf("the window opens at %v, want %v", got, c.want)
			}
			if asked != (c.remembered.Width == 0) {
				t.Errorf("the screen was asked: %v", asked)
			}
		})
	}
}
