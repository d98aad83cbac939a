package charts

import (
	"html"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// canvas draws the few shapes Daymark's charts are made of, in device
// pixels: on an image (rectangles, lines and text straight onto its pixels,
// arcs through go-chart's raster renderer), or as SVG through go-chart's
// vector renderer.
type canvas struct {
	r      chart.Renderer
	img    *image.RGBA // the raster renderer's pixels; nil when drawing SVG
	faces  map[float64]font.Face
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

// newCanvas starts a w×h drawing on the theme's background: a raster one,
// or with vector an SVG one.
func newCanvas(w, h int, th Theme, vector bool) *canvas {
	w, h = max(w, 1), max(h, 1)
	provider := chart.PNG
	if vector {
		provider = chart.SVG
	}
	r, err := provider(w, h)
	if err != nil {
		panic(err) // only fails for a bad DPI
	}
	r.SetDPI(72) // one point per pixel: sizes below are in pixels
	r.SetFont(th.font())
	c := &canvas{r: r, th: th, w: w, h: h, vector: vector}
	if !vector {
		c.img = c.image() // the renderer draws on this image from now on
	}
	if th.Background != nil {
		c.rect(0, 0, float64(w), float64(h), th.Background)
	}
	return c
}

// image returns the raster renderer's image, on which it draws.
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

// rect fills a rectangle, its corners rounded to whole pixels.
func (c *canvas) rect(x0, y0, x1, y1 float64, fill color.Color) {
	if c.img != nil {
		// Straight onto the pixels: on whole pixels the rasterizer paints the
		// same, many times slower, and charts are mostly rectangles.
		r := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
		draw.Draw(c.img, r, image.NewUniform(ink(fill)), image.Point{}, draw.Over)
		return
	}
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
	c.polyline([]float64{x0, x1}, []float64{y0, y1}, width, stroke, nil)
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

// polyline strokes a line through points (rounded to whole pixels),
// breaking it where a point is missing (NaN).
func (c *canvas) polyline(xs, ys []float64, width float64, stroke color.Color, dash []float64) {
	from := 0
	for i := 0; i <= len(xs); i++ {
		if i < len(xs) && !math.IsNaN(ys[i]) {
			continue
		}
		if i-from > 1 {
			c.strokeRun(xs[from:i], ys[from:i], width, stroke, dash)
		}
		from = i + 1
	}
}

// strokeRun strokes a line through points, none missing.
func (c *canvas) strokeRun(xs, ys []float64, width float64, stroke color.Color, dash []float64) {
	rx, ry := make([]float64, len(xs)), make([]float64, len(ys))
	for i := range xs {
		rx[i], ry[i] = math.Round(xs[i]), math.Round(ys[i])
	}
	if c.img != nil {
		c.strokeRaster(rx, ry, width, stroke, dash)
		return
	}
	c.r.ResetStyle()
	c.r.SetStrokeColor(ink(stroke))
	c.r.SetStrokeWidth(width)
	if dash != nil {
		c.r.SetStrokeDashArray(dash)
	}
	c.r.MoveTo(int(rx[0]), int(ry[0]))
	for i := 1; i < len(rx); i++ {
		c.r.LineTo(int(rx[i]), int(ry[i]))
	}
	c.r.Stroke()
}

// text draws s with its baseline at y, aligned against x, and returns its width.
func (c *canvas) text(s string, x, y, size float64, colour color.Color, align int) float64 {
	w := c.measure(s, size)
	switch align {
	case alignCentre:
		x -= w / 2
	case alignRight:
		x -= w
	}
	x, y = math.Round(x), math.Round(y)
	if c.img != nil {
		// go-chart would turn every letter into a path and fill it; a face
		// draws each letter once and then copies it.
		d := font.Drawer{Dst: c.img, Src: image.NewUniform(ink(colour)), Face: c.face(size), Dot: fixed.P(int(x), int(y))}
		d.DrawString(s)
		return w
	}
	c.r.SetFontColor(ink(colour))
	c.r.Text(html.EscapeString(s), int(x), int(y)) // go-chart writes SVG text as it is given
	return w
}

// face returns the theme's font at size for the raster image, with the
// letters it has drawn kept.
func (c *canvas) face(size float64) font.Face {
	f, ok := c.faces[size]
	if !ok {
		// go-chart scales a size at 72 DPI to size×72/64 pixels: 81 DPI here
		// makes the same letters. A chart has few letters, and a face clears
		// room for all it keeps when it is made: 64 are plenty.
		f = truetype.NewFace(c.th.font(), &truetype.Options{Size: size, DPI: 81, Hinting: font.HintingNone, GlyphCacheEntries: 64})
		if c.faces == nil {
			c.faces = map[float64]font.Face{}
		}
		c.faces[size] = f
	}
	return f
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

// frame strokes the outline of a rectangle, width wide, inside its edges.
func (c *canvas) frame(x0, y0, x1, y1, width float64, stroke color.Color) {
	c.rect(x0, y0, x1, y0+width, stroke)
	c.rect(x0, y1-width, x1, y1, stroke)
	c.rect(x0, y0+width, x0+width, y1-width, stroke)
	c.rect(x1-width, y0+width, x1, y1-width, stroke)
}

// wrap breaks s into lines no wider than width at size, at spaces.
func (c *canvas) wrap(s string, width, size float64) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && c.measure(try, size) > width {
			lines = append(lines, line)
			try = word
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
