package charts

import (
	"fmt"
	"image/color"
	"math"
)

// PlanActual is one dimension's planned, actual and (optionally) target
// minutes.
type PlanActual struct {
	Label                               string
	Planned, Actual, Target             int
	PlannedText, ActualText, TargetText string // "2h 30m"; TargetText empty when there is no target
	Colour                              color.Color
}

// Bars draws, for each row, a pale bar for the plan, a solid bar for what
// actually happened, and a mark where the target is, on a shared scale of
// hours.
type Bars struct {
	Rows []PlanActual
}

func (b Bars) draw(c *canvas) {
	th, w, h := c.th, c.w, c.h
	if len(b.Rows) == 0 {
		return
	}
	pad := th.px(8)
	size := th.px(12.5)
	small := th.px(10.5)
	targets := false
	for _, r := range b.Rows {
		targets = targets || r.TargetText != ""
	}

	// Legend line at the top: which mark is which, each drawn as in the
	// rows (in grey here, in each dimension's colour there).
	top := pad + size
	sw := th.px(10)
	x := pad
	keys := []string{"Planned", "Actual"}
	if targets {
		keys = append(keys, "Target")
	}
	for i, label := range keys {
		switch i {
		case 0:
			c.rect(x, top-sw*0.7, x+sw*1.6, top, fade(th.Muted, 0.4))
			c.rect(x+sw*1.6-th.px(2), top-sw*0.7, x+sw*1.6, top, th.Muted)
		case 1:
			c.rect(x, top-sw*0.7, x+sw*1.6, top, th.Muted)
		default:
			c.rect(x+sw*0.8-th.px(1), top-sw-th.px(2), x+sw*0.8+th.px(1), top+th.px(2), th.Text)
		}
		x += sw*1.6 + th.px(6)
		x += c.text(label, x, top, small, th.Muted, alignLeft) + th.px(16)
	}

	axisH := small + th.px(8)
	areaTop := top + th.px(10)
	areaBottom := float64(h) - pad - axisH
	rowH := (areaBottom - areaTop) / float64(len(b.Rows))
	if rowH < size*2 {
		return // too small for readable bars
	}

	most := 60
	for _, r := range b.Rows {
		most = max(most, r.Planned, r.Actual, r.Target)
	}
	hours := int(math.Ceil(float64(most) / 60))
	step := tickStep(hours)
	hours = (hours + step - 1) / step * step
	left, right := pad, float64(w)-pad
	scale := (right - left) / float64(hours*60)

	barH := math.Min(th.px(16), (rowH-size-th.px(8))/2) // thicker where there is room
	barsTop := func(i int) float64 { return areaTop + float64(i)*rowH + size + th.px(5) }
	for t := 0; t <= hours; t += step {
		gx := left + float64(t*60)*scale
		for i := range b.Rows { // grid lines behind the bars only, never through the words
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

	for i, r := range b.Rows {
		base := areaTop + float64(i)*rowH + size
		// The figures in words when the name fits beside them, in short
		// when it would not (the legend says which is which).
		figures := r.PlannedText + " planned · " + r.ActualText + " actual"
		short := r.PlannedText + " · " + r.ActualText
		if r.TargetText != "" {
			figures += " · " + r.TargetText + " target"
			short += " · " + r.TargetText
		}
		if c.measure(r.Label, size)+th.px(12)+c.measure(figures, small) > right-left {
			figures = short
		}
		if right-left > th.px(640) { // wide: the figures by their name, not across the chart
			lw := c.text(r.Label, left, base, size, th.Text, alignLeft)
			c.text(figures, left+lw+th.px(12), base, small, th.Muted, alignLeft)
		} else {
			fw := c.text(figures, right, base, small, th.Muted, alignRight)
			c.text(c.ellipsize(r.Label, right-left-fw-th.px(12), size), left, base, size, th.Text, alignLeft)
		}
		by := barsTop(i)
		if r.Planned > 0 {
			end := left + math.Max(float64(r.Planned)*scale, th.px(2))
			c.rect(left, by, end, by+barH, fade(r.Colour, 0.4))
			c.rect(end-th.px(2), by, end, by+barH, r.Colour) // a firm end: where the plan stops
		}
		if r.Actual > 0 {
			c.rect(left, by+barH+th.px(2), left+math.Max(float64(r.Actual)*scale, th.px(2)), by+2*barH+th.px(2), r.Colour)
		}
		if r.TargetText != "" {
			tx := left + float64(r.Target)*scale
			c.rect(tx-th.px(1), by-th.px(3), tx+th.px(1), by+2*barH+th.px(5), th.Text)
		}
	}
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
