package ui

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/golang/freetype/truetype"

	"daymark/charts"
)

// chartFont is the app's own text font, so charts read like the rest of
// the window; nil (go-chart's Roboto) if it cannot be parsed.
var chartFont = sync.OnceValue(func() *truetype.Font {
	f, err := truetype.Parse(theme.TextFont().Content())
	if err != nil {
		fyne.LogError("charts fall back to their own font", err)
		return nil
	}
	return f
})

// chartTheme returns the charts' theme for the app's current light or dark
// variant, on a transparent page so the window shows through. The font is
// left for the drawing goroutine to add (see chartView.drawLoop): parsing
// it takes a few milliseconds that startup should not spend.
func chartTheme(scale float32) charts.Theme {
	th := charts.Light()
	if variant() == theme.VariantDark {
		th = charts.Dark()
	}
	th.Background = nil
	th.Scale = float64(scale)
	return th
}

// fixedTheme is Fyne's own theme held in one variant, light or dark,
// whatever the system prefers.
type fixedTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color gives the colour of the fixed variant.
func (t fixedTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// applyTheme follows the system, or holds the window light or dark.
func applyTheme(a fyne.App, choice string) {
	switch choice {
	case themeLight:
		a.Settings().SetTheme(fixedTheme{Theme: theme.DefaultTheme(), variant: theme.VariantLight})
	case themeDark:
		a.Settings().SetTheme(fixedTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark})
	default:
		if _, fixed := a.Settings().Theme().(fixedTheme); fixed {
			a.Settings().SetTheme(theme.DefaultTheme())
		}
	}
}

// variant returns the variant the window is drawn in.
func variant() fyne.ThemeVariant {
	s := fyne.CurrentApp().Settings()
	if t, ok := s.Theme().(fixedTheme); ok {
		return t.variant
	}
	return s.ThemeVariant()
}
