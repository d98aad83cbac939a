package charts

import (
	"fmt"
	"image/color"
	"math"
)

// Series names a colour in a chart's legend. An Outline series is drawn
// as an outline, not filled: time that is there but not the point.
type Series struct {
	Label   string
	Colour  color.Color
	Outline bool
}

// Stack is one bar of Stacks: a day, or the average day of a week, month
// or quarter.
type Stack struct {
	Label string
	Parts []float64 // minutes per series, in the legend's order
}

// Stacks draws each bar as a day's allocated minutes, a part per series
// from the bottom, on a scale that stops a little above the longest
// allocated day, so the allocated time fills the chart; what is left of
// each day's 24 hours is an outline above its bar, running on past the
// top of the scale (the legend says so).
type Stacks struct {
	Series []Series
	Bars   []Stack
	Note   string // under the legend: "each bar is the average day of a week"
}

const dayMinutes = 1440

// scaleTop is where the hours scale stops: the longest allocated day
// rounded up to a step of hours (within the day), and the step between
// grid lines.
func scaleTop(most float64) (top, step int) {
	hours := int(math.Ceil(most / 60))
	for _, step := range []int{1, 2, 3, 4, 6} {
		if top := (max(hours, 1) + step - 1) / step * step; top/step <= 6 {
			return min(top, 24) * 60, step
		}
	}
	return dayMinutes, 6
}

func (s Stacks) draw(c *canvas) {
	th, w, h := c.th, float64(c.w), float64(c.h)
	pad := th.px(8)
	small := th.px(10.5)
	most := 0.0
	for _, bar := range s.Bars {
		total := 0.0
		for _, m := range bar.Parts {
			total += math.Max(m, 0)
		}
		most = math.Max(most, math.Min(total, dayMinutes))
	}
	top, step := scaleTop(most)
	unallocated := Series{Label: "Unallocated, to 24h (outlined)", Outline: true}
	if top < dayMinutes {
		unallocated.Label = fmt.Sprintf("Unallocated, to 24h (outlined; the scale stops at %dh)", top/60)
	}
	legend := append(append([]Series{}, s.Series...), unallocated)
	y := drawKeys(c, legend, pad, pad+small, w-2*pad)
	if s.Note != "" {
		y += small * 1.6
		c.text(c.ellipsize(s.Note, w-2*pad, small), pad, y, small, th.Muted, alignLeft)
	}
	axisW := c.measure("24h", small) + th.px(6)
	left, right := pad+axisW, w-pad
	plotTop, bottom := y+th.px(10), h-pad-small-th.px(6)
	if bottom-plotTop < th.px(40) || right-left < th.px(40) {
		return
	}
	scale := (bottom - plotTop) / float64(top)
	for hour := 0; hour <= top/60; hour += step {
		gy := bottom - float64(hour*60)*scale
		c.line(left, gy, right, gy, th.px(1), fade(th.Muted, 0.25))
		c.text(fmt.Sprintf("%dh", hour), left-th.px(6), gy+small*0.35, small, th.Muted, alignRight)
	}
	if len(s.Bars) == 0 {
		c.text("Nothing recorded in this range", (left+right)/2, (plotTop+bottom)/2, th.px(12.5), th.Muted, alignCentre)
		return
	}
	slot := (right - left) / float64(len(s.Bars))
	gap := math.Min(slot*0.25, th.px(6))
	if slot < th.px(3) {
		gap = 0
	}
	every := labelEvery(c, s.Bars, slot, small)
	outline := math.Max(1, math.Round(th.px(1)))
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
			c.rect(x0, math.Max(base-m*scale, plotTop), x1, base, s.Series[j].Colour)
			base -= m * scale
			total += m
		}
		if total < dayMinutes && base > plotTop+outline && x1-x0 > 2*outline {
			c.frame(x0, plotTop, x1, base+outline, outline, outlineInk(th))
		}
	}
	labels := make([]string, len(s.Bars))
	for i, b := range s.Bars {
		labels[i] = b.Label
	}
	centre := func(i int) float64 { return left + (float64(i)+0.5)*slot }
	drawAxisLabels(c, labels, every, centre, pad, w-pad, h-pad, small)
}

// outlineInk is the colour of time drawn as an outline: unallocated time,
// decisions that said no feeling.
func outlineInk(th Theme) color.Color { return fade(th.Muted, 0.7) }

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
		if k.Outline {
			c.frame(x, y-sw, x+sw, y, math.Max(1, math.Round(th.px(1))), outlineInk(th))
		} else {
			c.rect(x, y-sw, x+sw, y, fill)
		}
		c.text(k.Label, x+sw+th.px(6), y, size, th.Muted, alignLeft)
		x += w
	}
	return y
}
