package charts

import (
	"image"
	"image/color"
	"math"

	"golang.org/x/image/vector"
)

// strokeChunk is how many pieces of a line are rasterized together: the
// rasterizer works on every pixel of the box around what it is given, and
// the box around a few pieces of a long line is small.
const strokeChunk = 16

// strokeRaster draws a line through points straight onto the raster image:
// each piece of line is a quad, with a disc where two pieces meet. go-chart's
// stroker takes several times as long on the long lines of a chart (its
// rasterizer keeps a list of cells per row and searches it for each one).
// dash, when not nil, alternates lengths on and off.
func (c *canvas) strokeRaster(xs, ys []float64, width float64, colour color.Color, dash []float64) {
	src := image.NewUniform(ink(colour))
	s := stroker{z: &vector.Rasterizer{}, half: width / 2}
	pen := dashPen{pattern: dash, on: true, left: math.Inf(1)}
	if len(dash) > 0 && dash[0] > 0 {
		pen.left = dash[0]
	}
	for from := 0; from < len(xs)-1; from += strokeChunk {
		to := min(from+strokeChunk, len(xs)-1)
		box := s.start(c.img.Bounds(), xs[from:to+1], ys[from:to+1])
		for i := from + 1; i <= to; i++ {
			x0, y0, x1, y1 := xs[i-1], ys[i-1], xs[i], ys[i]
			if i > 1 && pen.on {
				s.disc(x0, y0)
			}
			length := math.Hypot(x1-x0, y1-y0)
			pen.walk(length, func(t0, t1 float64) { s.piece(x0, y0, x1, y1, t0/length, t1/length) })
		}
		if !box.Empty() {
			s.z.Draw(c.img, box, src, image.Point{})
		}
	}
}

// dashPen walks a line through a dash pattern.
type dashPen struct {
	pattern []float64 // lengths on and off; nil for a solid line
	step    int       // the pattern's length the pen is in
	on      bool      // drawing
	left    float64   // of the step
}

// walk moves the pen along length, calling draw with the stretches drawn
// (from and to, along the length).
func (p *dashPen) walk(length float64, draw func(from, to float64)) {
	for at := 0.0; at < length; {
		run := math.Min(p.left, length-at)
		if p.on {
			draw(at, at+run)
		}
		at += run
		if p.left -= run; p.left <= 0 {
			p.step = (p.step + 1) % len(p.pattern)
			p.on, p.left = p.step%2 == 0, p.pattern[p.step]
		}
	}
}

// stroker fills the shapes of a line into a rasterizer whose top left
// corner is at ox, oy on the image.
type stroker struct {
	z      *vector.Rasterizer
	ox, oy float64
	half   float64 // half the line's width
}

// start readies the rasterizer for the box around points, within bounds,
// and returns the box.
func (s *stroker) start(bounds image.Rectangle, xs, ys []float64) image.Rectangle {
	box := image.Rectangle{}
	for i := range xs {
		box = box.Union(image.Rect(int(math.Floor(xs[i]-s.half-1)), int(math.Floor(ys[i]-s.half-1)),
			int(math.Ceil(xs[i]+s.half+1)), int(math.Ceil(ys[i]+s.half+1))))
	}
	box = box.Intersect(bounds)
	s.z.Reset(box.Dx(), box.Dy())
	s.ox, s.oy = float64(box.Min.X), float64(box.Min.Y)
	return box
}

// piece fills the part of the line from x0, y0 to x1, y1 between t0 and t1
// (0 at the start, 1 at the end).
func (s *stroker) piece(x0, y0, x1, y1, t0, t1 float64) {
	length := math.Hypot(x1-x0, y1-y0)
	if length == 0 {
		return
	}
	nx, ny := -(y1-y0)/length*s.half, (x1-x0)/length*s.half // the normal, half a width long
	ax, ay := x0+(x1-x0)*t0, y0+(y1-y0)*t0
	bx, by := x0+(x1-x0)*t1, y0+(y1-y0)*t1
	s.polygon([]float64{ax + nx, ay + ny, bx + nx, by + ny, bx - nx, by - ny, ax - nx, ay - ny})
}

// disc fills an octagon half a width across at x, y: the round join of two pieces.
func (s *stroker) disc(x, y float64) {
	pts := make([]float64, 0, 16)
	for k := range 8 {
		a := float64(k) * math.Pi / 4
		pts = append(pts, x+s.half*math.Cos(a), y+s.half*math.Sin(a))
	}
	s.polygon(pts)
}

// polygon fills the polygon of points x0, y0, x1, y1, …, always turning the
// same way: the rasterizer adds up the shapes it is given, and one turning
// the other way would cut a hole where they overlap.
func (s *stroker) polygon(pts []float64) {
	area := 0.0
	n := len(pts) / 2
	for i := range n {
		j := (i + 1) % n
		area += pts[2*i]*pts[2*j+1] - pts[2*j]*pts[2*i+1]
	}
	at := func(i int) (float32, float32) {
		if area < 0 {
			i = n - 1 - i
		}
		return float32(pts[2*i] - s.ox), float32(pts[2*i+1] - s.oy)
	}
	s.z.MoveTo(at(0))
	for i := 1; i < n; i++ {
		s.z.LineTo(at(i))
	}
	s.z.ClosePath()
}
