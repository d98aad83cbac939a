package charts

import (
	"fmt"
	"image"
	"image/color"
	"math"
)

// PlanActual is one dimension's planned and actual minutes.
type PlanActual struct {
	Label           string
	Planned, Actual int
	PlannedText     string // "2h 30m"
	ActualText      string
	Colour          color.Color
}

// PlanActualBars draws, for each row, a pale bar for the plan and a solid
// bar for what actually happened, on a shared scale of hours.
func PlanActualBars(rows []PlanActual, w, h int, th Theme) *image.RGBA {
	c := newCanvas(w, h, th)
	if len(rows) == 0 {
		return c.image()
	}
	pad := th.px(8)
	size := th.px(12.5)
	small := th.px(10.5)

	// Legend line at the top: which bar is which.
	top := pad + size
	sw := th.px(10)
	x := pad
	for _, key := range []struct {
		label string
		fill  color.Color
	}{{"Planned", fade(th.Muted, 0.45)}, {"Actual", th.Text}} {
		c.rect(x, top-sw, x+sw, top, key.fill)
		x += sw + th.px(6)
		x += c.text(key.label, x, top, small, th.Muted, alignLeft) + th.px(16)
	}

	axisH := small + th.px(8)
	areaTop := top + th.px(10)
	areaBottom := float64(h) - pad - axisH
	rowH := (areaBottom - areaTop) / float64(len(rows))
	if rowH < size*2 {
		return c.image() // too small for readable bars
	}

	most := 60
	for _, r := range rows {
		most = max(most, r.Planned, r.Actual)
	}
	hours := int(math.Ceil(float64(most) / 60))
	step := tickStep(hours)
	hours = (hours + step - 1) / step * step
	left, right := pad, float64(w)-pad
	scale := (right - left) / float64(hours*60)

	barH := math.Min(th.px(10), (rowH-size-th.px(8))/2)
	barsTop := func(i int) float64 { return areaTop + float64(i)*rowH + size + th.px(5) }
	for t := 0; t <= hours; t += step {
		gx := left + float64(t*60)*scale
		for i := range rows { // grid lines behind the bars only, never through the words
			c.line(gx, barsTop(i)-th.px(3), gx, barsTop(i)+2*barH+th.px(5), th.px(1), fade(th.Muted, 0.3))
		}
		label := fmt.Sprintf("%dh", t)
		align := alignCentre
		if t == 0 {
			align = alignLeft
		} else if t == hours {
			align = alignRight
		}
		c.text(label, gx, areaBottom+axisH, small, th.Muted, align)
	}

	for i, r := range rows {
		base := areaTop + float64(i)*rowH + size
		figures := r.PlannedText + " planned · " + r.ActualText + " actual"
		fw := c.text(figures, right, base, small, th.Muted, alignRight)
		c.text(c.ellipsize(r.Label, right-left-fw-th.px(12), size), left, base, size, th.Text, alignLeft)
		by := barsTop(i)
		if r.Planned > 0 {
			end := left + math.Max(float64(r.Planned)*scale, th.px(2))
			c.rect(left, by, end, by+barH, fade(r.Colour, 0.4))
			c.rect(end-th.px(2), by, end, by+barH, r.Colour) // a firm end: where the plan stops
		}
		if r.Actual > 0 {
			c.rect(left, by+barH+th.px(2), left+math.Max(float64(r.Actual)*scale, th.px(2)), by+2*barH+th.px(2), r.Colour)
		}
	}
	return c.image()
}

// tickStep picks hours between grid lines so there are at most about six.
func tickStep(hours int) int {
	for _, s := range []int{1, 2, 3, 4, 6, 12} {
		if hours/s <= 6 {
			return s
		}
	}
	return 24
}
