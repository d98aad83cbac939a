package charts

import (
	"image/color"
	"math"
)

// A Slice is one part of a whole: a dimension's minutes of a day.
type Slice struct {
	Label   string
	Detail  string      // the figure shown beside the label ("2h 30m")
	Minutes int         // the slice's size; zero or less is left out of the ring
	Colour  color.Color // nil draws it as an outline: unallocated time, there but not the point
}

// Donut is a ring of slices with words in its hole.
type Donut struct {
	Slices  []Slice
	Centre  string // large, in the hole ("6h 30m")
	Caption string // small, under Centre ("allocated")
}

// draw draws the ring of a day's minutes with a legend beside it (or under
// it, when the space is tall). Slices are sized against their sum; a slice
// without a colour (unallocated time) is only outlined, so the allocated
// slices carry the eye. An empty day is one outlined ring.
func (d Donut) draw(c *canvas) {
	th, w, h := c.th, c.w, c.h
	pad := th.px(8)
	rowH := th.px(22)
	legendH := float64(len(d.Slices)) * rowH

	// Side by side when wide, stacked when tall. Beside, the legend gets the
	// room its longest line needs, up to a readable width, the ring the rest.
	var cx, cy int
	var outer float64
	var lx, ly, lw float64
	if float64(w) >= float64(h)*1.4 {
		need := legendWidth(c, d.Slices)
		ring := float64(w) - need - th.px(20) - 2*pad
		if ring < float64(w)*0.4 { // each figure under its name, rather than a name cut
			rowH = th.px(34)
			legendH = float64(len(d.Slices)) * rowH
			need = labelsWidth(c, d.Slices)
			ring = math.Max(float64(w)*0.3, float64(w)-need-th.px(20)-2*pad)
		}
		outer = math.Min(float64(h)-2*pad, ring) / 2
		cx, cy = int(pad+outer), h/2
		lx = float64(cx) + outer + th.px(20)
		lw = math.Min(float64(w)-lx-pad, math.Max(need, th.px(240)))
		ly = math.Max(pad, (float64(h)-legendH)/2)
	} else {
		outer = math.Min(float64(w)-2*pad, float64(h)-legendH-3*pad) / 2
		cx, cy = w/2, int(pad+outer)
		lx, lw = pad, float64(w)-2*pad
		ly = float64(cy) + outer + pad
	}
	if outer < 4 {
		return // too small to say anything
	}
	inner := outer * 0.64

	total := 0
	for _, s := range d.Slices {
		total += max(s.Minutes, 0)
	}
	if total == 0 {
		outlineArc(c, cx, cy, inner, outer, 0, 2*math.Pi-1e-6)
	} else {
		gap := 0.0
		if countPositive(d.Slices) > 1 {
			gap = math.Min(0.02, 1.5/outer) // a hairline between slices
		}
		angle := 0.0
		for _, s := range d.Slices {
			if s.Minutes <= 0 {
				continue
			}
			sweep := 2 * math.Pi * float64(s.Minutes) / float64(total)
			if s.Colour == nil {
				outlineArc(c, cx, cy, inner, outer, angle+gap/2, math.Max(sweep-gap, sweep*0.5))
			} else {
				c.arc(cx, cy, inner, outer, angle+gap/2, math.Max(sweep-gap, sweep*0.5), s.Colour)
			}
			angle += sweep
		}
	}

	big := math.Max(th.px(12), math.Min(th.px(24), inner*0.42))
	small := math.Max(th.px(9), big*0.5)
	c.text(c.ellipsize(d.Centre, inner*1.7, big), float64(cx), float64(cy)+big*0.3, big, th.Text, alignCentre)
	c.text(c.ellipsize(d.Caption, inner*1.7, small), float64(cx), float64(cy)+big*0.3+small*1.5, small, th.Muted, alignCentre)

	drawLegend(c, d.Slices, lx, ly, lw, rowH)
}

func countPositive(slices []Slice) int {
	n := 0
	for _, s := range slices {
		if s.Minutes > 0 {
			n++
		}
	}
	return n
}

// outlineArc outlines a part of the ring: its outer and inner edges.
func outlineArc(c *canvas, cx, cy int, inner, outer, start, sweep float64) {
	edge := math.Max(1, math.Round(c.th.px(1.5)))
	c.arc(cx, cy, outer-edge, outer, start, sweep, outlineInk(c.th))
	c.arc(cx, cy, inner, inner+edge, start, sweep, outlineInk(c.th))
}

// labelsWidth is the width the legend needs with each figure under its name.
func labelsWidth(c *canvas, slices []Slice) float64 {
	widest := 0.0
	for _, s := range slices {
		widest = math.Max(widest, c.measure(s.Label, c.th.px(12.5)))
	}
	return c.th.px(10) + c.th.px(8) + widest
}

// legendWidth is the width the legend's longest line needs.
func legendWidth(c *canvas, slices []Slice) float64 {
	size := c.th.px(12.5)
	widest := 0.0
	for _, s := range slices {
		widest = math.Max(widest, c.measure(s.Label, size)+c.th.px(10)+c.measure(s.Detail, size))
	}
	return c.th.px(10) + c.th.px(8) + widest
}

// drawLegend lists slices as rows: a swatch, the label, the detail at the
// right; or, in rows tall enough for two lines, the detail under the label.
func drawLegend(c *canvas, slices []Slice, x, y, w, rowH float64) {
	th := c.th
	size := th.px(12.5)
	sw := th.px(10)
	twoLines := rowH > th.px(30)
	for i, s := range slices {
		base := y + float64(i)*rowH + th.px(15)
		if s.Colour == nil {
			c.frame(x, base-sw, x+sw, base, math.Max(1, math.Round(th.px(1))), outlineInk(th))
		} else {
			c.rect(x, base-sw, x+sw, base, s.Colour)
		}
		if twoLines {
			c.text(c.ellipsize(s.Label, w-sw-th.px(8), size), x+sw+th.px(8), base, size, th.Text, alignLeft)
			c.text(s.Detail, x+sw+th.px(8), base+th.px(15), th.px(11), th.Muted, alignLeft)
			continue
		}
		dw := c.measure(s.Detail, size)
		c.text(s.Detail, x+w, base, size, th.Muted, alignRight)
		label := c.ellipsize(s.Label, w-sw-th.px(8)-dw-th.px(10), size)
		c.text(label, x+sw+th.px(8), base, size, th.Text, alignLeft)
	}
}
