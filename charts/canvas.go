package charts

import (
	"html"
	"image"
	"image/color"
	"math"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// canvas is a go-chart raster renderer with the few shapes Daymark's charts
// are made of, in device pixels.
type canvas struct {
	r      chart.Renderer
	th     Theme
	w      int
	h      int
	vector bool // drawing SVG: arcs become polylines, text is escaped
}

// Text alignment against the x given to text.
const (
	alignLeft = iota
	alignCentre
	alignRight
)

func newCanvas(w, h int, th Theme, provider chart.RendererProvider) *canvas {
	w, h = max(w, 1), max(h, 1)
	r, err := provider(w, h)
	if err != nil {
		panic(err) // only fails for a bad DPI
	}
	r.SetDPI(72) // one point per pixel: sizes below are in pixels
	r.SetFont(th.font())
	c := &canvas{r: r, th: th, w: w, h: h}
	if th.Background != nil {
		c.rect(0, 0, float64(w), float64(h), th.Background)
	}
	return c
}

// image returns what was drawn.
func (c *canvas) image() *image.RGBA {
	var iw chart.ImageWriter
	if err := c.r.Save(&iw); err != nil {
		panic(err) // the raster renderer hands over its image without encoding
	}
	img, _ := iw.Image()
	return img.(*image.RGBA)
}

func ink(c color.Color) drawing.Color {
	if c == nil {
		return drawing.ColorTransparent
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return drawing.Color{R: n.R, G: n.G, B: n.B, A: n.A}
}

// fade returns c with its opacity multiplied by alpha.
func fade(c color.Color, alpha float64) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(float64(n.A) * alpha)
	return n
}

func (c *canvas) rect(x0, y0, x1, y1 float64, fill color.Color) {
	c.r.ResetStyle()
	c.r.SetFillColor(ink(fill))
	c.r.MoveTo(int(math.Round(x0)), int(math.Round(y0)))
	c.r.LineTo(int(math.Round(x1)), int(math.Round(y0)))
	c.r.LineTo(int(math.Round(x1)), int(math.Round(y1)))
	c.r.LineTo(int(math.Round(x0)), int(math.Round(y1)))
	c.r.Close()
	c.r.Fill()
}

// line strokes a straight line.
func (c *canvas) line(x0, y0, x1, y1, width float64, stroke color.Color) {
	c.r.ResetStyle()
	c.r.SetStrokeColor(ink(stroke))
	c.r.SetStrokeWidth(width)
	c.r.MoveTo(int(math.Round(x0)), int(math.Round(y0)))
	c.r.LineTo(int(math.Round(x1)), int(math.Round(y1)))
	c.r.Stroke()
}

// arc fills the part of a ring between radii inner and outer from angle
// start, clockwise through sweep (radians; 0 is 12 o'clock).
func (c *canvas) arc(cx, cy int, inner, outer, start, sweep float64, fill color.Color) {
	if sweep <= 0 {
		return
	}
	a := start - math.Pi/2
	c.r.ResetStyle()
	c.r.SetFillColor(ink(fill))
	point := func(r, angle float64) (int, int) {
		return cx + int(math.Round(math.Cos(angle)*r)), cy + int(math.Round(math.Sin(angle)*r))
	}
	c.r.MoveTo(point(outer, a))
	if c.vector {
		// go-chart's SVG arcs always sweep one way; a polyline of one-degree
		// steps draws both edges of the ring alike.
		steps := max(2, int(sweep/(math.Pi/180)))
		for i := 1; i <= steps; i++ {
			c.r.LineTo(point(outer, a+sweep*float64(i)/float64(steps)))
		}
		for i := steps; i >= 0; i-- {
			c.r.LineTo(point(inner, a+sweep*float64(i)/float64(steps)))
		}
	} else {
		c.r.ArcTo(cx, cy, outer, outer, a, sweep)
		c.r.ArcTo(cx, cy, inner, inner, a+sweep, -sweep)
	}
	c.r.Close()
	c.r.Fill()
}

// polyline strokes a line through points, breaking it where a point is
// missing (NaN).
func (c *canvas) polyline(xs, ys []float64, width float64, stroke color.Color, dash []float64) {
	c.r.ResetStyle()
	c.r.SetStrokeColor(ink(stroke))
	c.r.SetStrokeWidth(width)
	if dash != nil {
		c.r.SetStrokeDashArray(dash)
	}
	drawing := false
	for i := range xs {
		if math.IsNaN(ys[i]) {
			if drawing {
				c.r.Stroke()
				c.r.SetStrokeColor(ink(stroke))
				c.r.SetStrokeWidth(width)
				if dash != nil {
					c.r.SetStrokeDashArray(dash)
				}
			}
			drawing = false
			continue
		}
		x, y := int(math.Round(xs[i])), int(math.Round(ys[i]))
		if !drawing {
			c.r.MoveTo(x, y)
			drawing = true
		} else {
			c.r.LineTo(x, y)
		}
	}
	if drawing {
		c.r.Stroke()
	}
}

// text draws s with its baseline at y, aligned against x, and returns its width.
func (c *canvas) text(s string, x, y, size float64, colour color.Color, align int) float64 {
	c.r.ResetStyle()
	c.r.SetFont(c.th.font())
	c.r.SetFontSize(size)
	c.r.SetFontColor(ink(colour))
	w := float64(c.r.MeasureText(s).Width())
	switch align {
	case alignCentre:
		x -= w / 2
	case alignRight:
		x -= w
	}
	if c.vector {
		s = html.EscapeString(s) // go-chart writes SVG text as it is given
	}
	c.r.Text(s, int(math.Round(x)), int(math.Round(y)))
	return w
}

// measure returns the width of s at size.
func (c *canvas) measure(s string, size float64) float64 {
	c.r.ResetStyle()
	c.r.SetFont(c.th.font())
	c.r.SetFontSize(size)
	return float64(c.r.MeasureText(s).Width())
}

// ellipsize shortens s with "…" until it fits width at size.
func (c *canvas) ellipsize(s string, width, size float64) string {
	if c.measure(s, size) <= width {
		return s
	}
	runes := []rune(s)
	for len(runes) > 1 {
		runes = runes[:len(runes)-1]
		if t := string(runes) + "…"; c.measure(t, size) <= width {
			return t
		}
	}
	return "…"
}
