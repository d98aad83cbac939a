package charts

import (
	"fmt"
	"image/color"
	"math"
)

// ShareLine is one dimension's share of allocated time over a range,
// against its target share.
type ShareLine struct {
	Label   string      // "People"
	Summary string      // "31% of allocated time · target 25%"
	Colour  color.Color //
	Share   []float64   // 0..1 per point (a moving average); NaN where nothing was recorded
	Target  []float64   // 0..1 per point; NaN where there was no target
	Focus   bool        // the dimension prioritised now: its line is drawn bolder
}

// Shares draws one small chart per dimension, one above the other on a
// shared time axis: its share of allocated time as a solid line and its
// target share as a dashed one.
type Shares struct {
	Lines     []ShareLine
	XLabels   []string // one per point
	Note      string   // "7-day moving average"
	Key       string   // what the solid line is; "share of allocated time" when empty
	TargetKey string   // what the dashed line is; "target share" when Key is empty
	Empty     string   // said in the middle when there is no line to draw
}

func (s Shares) draw(c *canvas) {
	th, w, h := c.th, float64(c.w), float64(c.h)
	pad := th.px(8)
	size := th.px(12.5)
	small := th.px(10.5)
	key, targetKey := s.Key, s.TargetKey
	if key == "" {
		key, targetKey = "share of allocated time", "target share"
	}
	y := pad + small
	c.rect(pad, y-th.px(2), pad+th.px(14), y, th.Muted)
	x := pad + th.px(20)
	x += c.text(key, x, y, small, th.Muted, alignLeft) + th.px(16)
	if targetKey != "" {
		for i := 0.0; i < 14; i += 4 {
			c.rect(x+th.px(i), y-th.px(2), x+th.px(i+2), y, th.Muted)
		}
		x += th.px(20)
		c.text(targetKey, x, y, small, th.Muted, alignLeft)
	}
	if s.Note != "" {
		c.text(s.Note, w-pad, y, small, th.Muted, alignRight)
	}
	if len(s.Lines) == 0 {
		if s.Empty != "" {
			c.text(c.ellipsize(s.Empty, w-2*pad, size), w/2, math.Max(h/2, y+size*2), size, th.Muted, alignCentre)
		}
		return
	}
	top, bottom := y+th.px(8), h-pad-small-th.px(6)
	rowH := (bottom - top) / float64(len(s.Lines))
	if rowH < size+th.px(16) {
		return
	}
	left, right := pad, w-pad-c.measure("100%", small)-th.px(6)
	n := len(s.XLabels)
	xAt := func(i int) float64 {
		if n <= 1 {
			return (left + right) / 2
		}
		return left + (right-left)*float64(i)/float64(n-1)
	}
	for r, line := range s.Lines {
		rowTop := top + float64(r)*rowH
		tw := c.text(line.Label, left, rowTop+size, size, th.Text, alignLeft)
		c.text(c.ellipsize(line.Summary, right-left-tw-th.px(12), small), right, rowTop+size, small, th.Muted, alignRight)
		plotTop, plotBottom := rowTop+size+th.px(8), rowTop+rowH-th.px(6)
		most := 0.1
		for i := range line.Share {
			most = math.Max(most, nz(line.Share[i]))
		}
		for i := range line.Target {
			most = math.Max(most, nz(line.Target[i]))
		}
		most = math.Min(1, math.Ceil(most*1.15*10)/10)
		yAt := func(v float64) float64 { return plotBottom - (plotBottom-plotTop)*v/most }
		c.line(left, plotBottom, right, plotBottom, th.px(1), fade(th.Muted, 0.35))
		c.line(left, plotTop, right, plotTop, th.px(1), fade(th.Muted, 0.15))
		c.text(fmt.Sprintf("%.0f%%", most*100), right+th.px(6), plotTop+small*0.35, small, th.Muted, alignLeft)
		c.text("0%", right+th.px(6), plotBottom+small*0.35, small, th.Muted, alignLeft)
		// More points than half the pixels add nothing but time: average them
		// down to one every two pixels.
		bins := min(n, max(2, int((right-left)/th.px(2))))
		xs := make([]float64, bins)
		for i := range xs {
			xs[i] = left + (right-left)*float64(i)/float64(max(bins-1, 1))
		}
		c.polyline(xs, scaled(downsample(line.Target, n, bins), yAt, bins), th.px(1.5), th.Muted, []float64{th.px(4), th.px(3)})
		width := th.px(2)
		if line.Focus {
			width = th.px(3)
		}
		c.polyline(xs, scaled(downsample(line.Share, n, bins), yAt, bins), width, line.Colour, nil)
	}
	if n > 0 {
		every := max(1, int(math.Ceil((c.measure(longest(s.XLabels), small)+th.px(10))/math.Max((right-left)/float64(n), 1))))
		drawAxisLabels(c, s.XLabels, every, xAt, left, w-pad, h-pad, small)
	}
}

// drawAxisLabels writes every few labels centred under their points, kept
// inside left..right and never touching the one before.
func drawAxisLabels(c *canvas, labels []string, every int, xAt func(int) float64, left, right, baseline, size float64) {
	last := math.Inf(-1)
	for i := 0; i < len(labels); i += every {
		w := c.measure(labels[i], size)
		x := math.Min(math.Max(xAt(i)-w/2, left), right-w)
		if x < last+c.th.px(8) {
			continue
		}
		c.text(labels[i], x, baseline, size, c.th.Muted, alignLeft)
		last = x + w
	}
}

// downsample averages the first n values into bins, skipping gaps (NaN);
// a bin with nothing in it is a gap.
func downsample(values []float64, n, bins int) []float64 {
	if bins >= n {
		return values
	}
	out := make([]float64, bins)
	for b := range out {
		from, to := b*n/bins, (b+1)*n/bins
		sum, count := 0.0, 0
		for i := from; i < to && i < len(values); i++ {
			if !math.IsNaN(values[i]) {
				sum += values[i]
				count++
			}
		}
		out[b] = math.NaN()
		if count > 0 {
			out[b] = sum / float64(count)
		}
	}
	return out
}

// scaled maps values to y positions, keeping gaps (NaN) and padding to n.
func scaled(values []float64, yAt func(float64) float64, n int) []float64 {
	ys := make([]float64, n)
	for i := range ys {
		if i < len(values) && !math.IsNaN(values[i]) {
			ys[i] = yAt(values[i])
		} else {
			ys[i] = math.NaN()
		}
	}
	return ys
}

func nz(v float64) float64 {
	if math.IsNaN(v) {
		return 0
	}
	return v
}

func longest(labels []string) string {
	l := ""
	for _, s := range labels {
		if len(s) > len(l) {
			l = s
		}
	}
	return l
}
