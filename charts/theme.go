package charts

import (
	"image/color"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
)

// Theme is how a chart is painted: the page behind it, its inks and its
// type. Charts on screen take the app's theme; exported charts take Light.
type Theme struct {
	Background color.Color    // behind everything; transparent lets the window show through
	Text       color.Color    // labels and figures
	Muted      color.Color    // secondary labels and grid lines
	Empty      color.Color    // unallocated time, and slices without a colour
	Font       *truetype.Font // nil for go-chart's Roboto
	Scale      float64        // device pixels per unit (1 on a normal screen, 2 on HiDPI)
}

// Light is the theme for a white page: exports, the brief, light mode.
func Light() Theme {
	return Theme{
		Background: color.White,
		Text:       color.NRGBA{0x1F, 0x29, 0x37, 0xFF},
		Muted:      color.NRGBA{0x6B, 0x72, 0x80, 0xFF},
		Empty:      color.NRGBA{0xE5, 0xE7, 0xEB, 0xFF},
		Scale:      1,
	}
}

// Dark is the theme for a dark window.
func Dark() Theme {
	return Theme{
		Background: color.NRGBA{0x17, 0x17, 0x18, 0xFF},
		Text:       color.NRGBA{0xF3, 0xF4, 0xF6, 0xFF},
		Muted:      color.NRGBA{0x9C, 0xA3, 0xAF, 0xFF},
		Empty:      color.NRGBA{0x37, 0x41, 0x51, 0xFF},
		Scale:      1,
	}
}

// font returns the theme's font or go-chart's default.
func (th Theme) font() *truetype.Font {
	if th.Font != nil {
		return th.Font
	}
	f, err := chart.GetDefaultFont()
	if err != nil {
		panic(err) // the font is compiled into go-chart
	}
	return f
}

// px scales a size in units to device pixels.
func (th Theme) px(units float64) float64 {
	if th.Scale <= 0 {
		return units
	}
	return units * th.Scale
}
