package charts

import (
	"fmt"
	"image/color"
	"math"
)

// Series names a colour in a chart's legend.
type Series struct {
	Label  string
	Colour color.Color
}

// Stack is one bar of Stacks: a day, or the average day of a week, month
// or quarter.
type Stack struct {
	Label string
	Parts []float64 // minutes per series, in the legend's order
}

// Stacks draws each bar as the day's 1440 minutes: a part per series from
// the bottom and, above them, what is left unallocated.
type Stacks struct {
	Series []Series
	Bars   []Stack
	Note   string // under the legend: "each bar is the average day of a week"
}

const dayMinutes = 1440

func (s Stacks) draw(c *canvas) {
	th, w, h := c.th, float64(c.w), float64(c.h)
	pad := th.px(8)
	small := th.px(10.5)
	legend := append(append([]Series{}, s.Series...), Series{Label: "Unallocated"})
	y := drawKeys(c, legend, pad, pad+small, w-2*pad)
	if s.Note != "" {
		y += small * 1.6
		c.text(s.Note, pad, y, small, th.Muted, alignLeft)
	}
	axisW := c.measure("24h", small) + th.px(6)
	left, right := pad+axisW, w-pad
	top, bottom := y+th.px(10), h-pad-small-th.px(6)
	if bottom-top < th.px(40) || right-left < th.px(40) {
		return
	}
	scale := (bottom - top) / dayMinutes
	for hour := 0; hour <= 24; hour += 6 {
		gy := bottom - float64(hour*60)*scale
		c.line(left, gy, right, gy, th.px(1), fade(th.Muted, 0.25))
		c.text(fmt.Sprintf("%dh", hour), left-th.px(6), gy+small*0.35, small, th.Muted, alignRight)
	}
	if len(s.Bars) == 0 {
		c.text("Nothing recorded in this range", (left+right)/2, (top+bottom)/2, th.px(12.5), th.Muted, alignCentre)
		return
	}
	slot := (right - left) / float64(len(s.Bars))
	gap := math.Min(slot*0.25, th.px(6))
	if slot < th.px(3) {
		gap = 0
	}
	every := labelEvery(c, s.Bars, slot, small)
	for i, bar := range s.Bars {
		x0 := left + float64(i)*slot + gap/2
		x1 := x0 + slot - gap
		base := bottom
		total := 0.0
		for j, m := range bar.Parts {
			if m <= 0 || j >= len(s.Series) {
				continue
			}
			m = math.Min(m, dayMinutes-total)
			c.rect(x0, base-m*scale, x1, base, s.Series[j].Colour)
			base -= m * scale
			total += m
		}
		if total < dayMinutes {
			c.rect(x0, top, x1, base, th.Empty)
		}
	}
	labels := make([]string, len(s.Bars))
	for i, b := range s.Bars {
		labels[i] = b.Label
	}
	centre := func(i int) float64 { return left + (float64(i)+0.5)*slot }
	drawAxisLabels(c, labels, every, centre, pad, w-pad, h-pad, small)
}

// labelEvery returns how many bars share one label so labels do not touch.
func labelEvery(c *canvas, bars []Stack, slot, size float64) int {
	widest := 0.0
	for _, b := range bars {
		widest = math.Max(widest, c.measure(b.Label, size))
	}
	return max(1, int(math.Ceil((widest+c.th.px(8))/slot)))
}

// drawKeys writes a legend of swatches and labels from x, y, wrapping within
// width, and returns the baseline of its last line. A series without a
// colour is drawn in the theme's Empty colour.
func drawKeys(c *canvas, keys []Series, x, y, width float64) float64 {
	th := c.th
	size := th.px(10.5)
	sw := th.px(10)
	left := x
	for _, k := range keys {
		w := sw + th.px(6) + c.measure(k.Label, size) + th.px(14)
		if x > left && x+w > left+width {
			x, y = left, y+size*1.6
		}
		fill := k.Colour
		if fill == nil {
			fill = th.Empty
		}
		c.rect(x, y-sw, x+sw, y, fill)
		c.text(k.Label, x+sw+th.px(6), y, size, th.Muted, alignLeft)
		x += w
	}
	return y
}
