//go:build ignore

// icongen draws Daymark's icon: a day's ring in the four dimension colours on
// a deep blue tile, with a bright mark at the top of the day. Run it with
// `go run assets/icongen.go` from the project root to write assets/icon.png.
package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

const size = 512

var segments = []color.NRGBA{
	{0xD9, 0x77, 0x06, 0xFF}, // My self
	{0x3B, 0x82, 0xF6, 0xFF}, // People (a touch lighter than in charts, for the dark tile)
	{0x10, 0xB9, 0x81, 0xFF}, // Organisational improvement
	{0xA8, 0x55, 0xF7, 0xFF}, // Value management
}

// shade returns the colour of the point (x, y) in a 0..size square, and
// whether anything is drawn there.
func shade(x, y float64) (color.NRGBA, bool) {
	// The tile: a rounded square with a vertical gradient.
	r := 0.2 * size
	m := 0.04 * size
	dx := math.Max(math.Max(m+r-x, x-(size-m-r)), 0)
	dy := math.Max(math.Max(m+r-y, y-(size-m-r)), 0)
	if x < m || x > size-m || y < m || y > size-m || dx*dx+dy*dy > r*r {
		return color.NRGBA{}, false
	}
	t := (y - m) / (size - 2*m)
	bg := color.NRGBA{uint8(0x1E - 0x0C*t), uint8(0x29 - 0x10*t), uint8(0x5B - 0x1E*t), 0xFF}

	cx, cy := size/2.0, size/2.0+0.02*size
	px, py := x-cx, y-cy
	dist := math.Hypot(px, py)
	outer, inner := 0.34*size, 0.21*size
	// Angle from 12 o'clock, clockwise, in 0..2π.
	a := math.Atan2(px, -py)
	if a < 0 {
		a += 2 * math.Pi
	}
	// The mark: a bright dot sitting on the ring at 12 o'clock.
	if math.Hypot(px, py+(outer+inner)/2) < 0.085*size {
		return color.NRGBA{0xFF, 0xF7, 0xE0, 0xFF}, true
	}
	if math.Hypot(px, py+(outer+inner)/2) < 0.115*size {
		return bg, true // a moat around the mark
	}
	if dist >= inner && dist <= outer {
		// Four unequal parts of the day, with gaps between them.
		bounds := []float64{0, 0.36, 0.62, 0.80, 1}
		gap := 0.035
		f := a / (2 * math.Pi)
		for i := range segments {
			if f > bounds[i]+gap/2 && f < bounds[i+1]-gap/2 {
				return segments[i], true
			}
		}
	}
	return bg, true
}

func main() {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const ss = 4 // samples per pixel side
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					c, ok := shade(float64(x)+(float64(sx)+0.5)/ss, float64(y)+(float64(sy)+0.5)/ss)
					if ok {
						r += float64(c.R)
						g += float64(c.G)
						b += float64(c.B)
						a++
					}
				}
			}
			if a > 0 {
				img.SetNRGBA(x, y, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(255 * a / ss / ss)})
			}
		}
	}
	f, err := os.Create("assets/icon.png")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		panic(err)
	}
}
