package ui

import (
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
	if fyne.CurrentApp().Settings().ThemeVariant() == theme.VariantDark {
		th = charts.Dark()
	}
	th.Background = nil
	th.Scale = float64(scale)
	return th
}
