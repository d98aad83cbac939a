package charts

import (
	"image"
	"image/png"
	"io"
)

// A Figure is a chart that draws itself at any size: the day's donut, the
// planned-vs-actual bars, the stacked days, the shares over time.
type Figure interface {
	draw(c *canvas)
}

// Image draws f at w×h device pixels, for the screen.
func Image(f Figure, w, h int, th Theme) *image.RGBA {
	c := newCanvas(w, h, th, false)
	f.draw(c)
	return c.img
}

// PNG writes f at w×h pixels as a PNG file.
func PNG(out io.Writer, f Figure, w, h int, th Theme) error {
	return png.Encode(out, Image(f, w, h, th))
}

// SVG writes f at w×h as an SVG file, through go-chart's vector renderer.
func SVG(out io.Writer, f Figure, w, h int, th Theme) error {
	c := newCanvas(w, h, th, true)
	f.draw(c)
	return c.r.Save(out)
}
