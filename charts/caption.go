package charts

import (
	"image"
	"math"

	"github.com/wcharczuk/go-chart/v2"
	"golang.org/x/image/font"
)

// Titled is a figure with a band above it that names it and its period,
// so that the image stands alone wherever it is pasted: a brief's PDF and
// PNGs, a saved chart.
type Titled struct {
	Figure Figure
	Title  string // what the chart shows: "Each day's 1440 minutes"
	Period string // the days it covers: "11 Nov to 30 Nov 2026"
}

func (t Titled) draw(c *canvas) {
	th, w := c.th, float64(c.w)
	pad := th.px(8)
	size, small := th.px(14), th.px(11)
	y := pad + size
	c.text(c.ellipsize(t.Title, w-2*pad, size), pad, y, size, th.Text, alignLeft)
	if t.Period != "" {
		// The period on the title's line, at the right, when both fit;
		// under the title otherwise.
		if c.measure(t.Title, size)+2*pad+c.measure(t.Period, small) <= w-2*pad {
			c.text(t.Period, w-pad, y, small, th.Muted, alignRight)
		} else {
			y += small * 1.5
			c.text(c.ellipsize(t.Period, w-2*pad, small), pad, y, small, th.Muted, alignLeft)
		}
	}
	if t.Figure != nil {
		t.Figure.draw(c.below(int(math.Ceil(y + pad))))
	}
}

// below returns a canvas for the part of c from top down: the same pixels
// (or SVG), with y counted from top.
func (c *canvas) below(top int) *canvas {
	top = max(0, min(top, c.h-1))
	if c.faces == nil {
		c.faces = map[float64]font.Face{}
	}
	sub := &canvas{r: shifted{Renderer: c.r, dy: top}, faces: c.faces, th: c.th, w: c.w, h: c.h - top, vector: c.vector}
	if c.img != nil {
		sub.img = &image.RGBA{Pix: c.img.Pix[c.img.PixOffset(0, top):], Stride: c.img.Stride, Rect: image.Rect(0, 0, c.w, c.h-top)}
	}
	return sub
}

// shifted is a renderer that draws everything dy pixels lower.
type shifted struct {
	chart.Renderer
	dy int
}

func (s shifted) MoveTo(x, y int)              { s.Renderer.MoveTo(x, y+s.dy) }
func (s shifted) LineTo(x, y int)              { s.Renderer.LineTo(x, y+s.dy) }
func (s shifted) QuadCurveTo(cx, cy, x, y int) { s.Renderer.QuadCurveTo(cx, cy+s.dy, x, y+s.dy) }
func (s shifted) Circle(radius float64, x, y int) {
	s.Renderer.Circle(radius, x, y+s.dy)
}
func (s shifted) Text(body string, x, y int) { s.Renderer.Text(body, x, y+s.dy) }
func (s shifted) ArcTo(cx, cy int, rx, ry, startAngle, delta float64) {
	s.Renderer.ArcTo(cx, cy+s.dy, rx, ry, startAngle, delta)
}
