// The helpers that several test files of this package share.

package charts

import (
	"image"
	"image/color"
	"math"
)

// near reports whether the pixel at x, y is within a small distance of want.
func near(img image.Image, x, y int, want color.Color) bool {
	r1, g1, b1, _ := img.At(x, y).RGBA()
	r2, g2, b2, _ := want.RGBA()
	d := func(a, b uint32) float64 { return math.Abs(float64(a>>8) - float64(b>>8)) }
	return d(r1, r2)+d(g1, g2)+d(b1, b2) < 30
}
