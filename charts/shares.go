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
// shared time axis and one scale of percent, so the panels compare at a
// glance: its share of allocated time as a solid line and its target
// share as a dashed one.
type Shares struct {
	Lines     []ShareLine
	XLabels   []string // one per point
	Ticks     []Tick   // where the time axis is labelled: on even boundaries (weeks, months); every few XLabels when none
	Note      string   // "7-day moving average"
	Key       string   // what the solid line is; "share of allocated time" when empty
	TargetKey string   // what the dashed line is; "target share" when Key is empty
	Empty     string   // said in the middle when there is no line to draw
}

// A Tick labels a point of a time axis: the first of a week or a month.
type Tick struct {
	Index int
	Label string
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
	// The legend: each key drawn as its line is (a solid line, a dashed
	// one), then the note, on the next line when it does not fit.
	y := pad + small
	x := pad
	c.rect(x, y-th.px(4), x+th.px(14), y-th.px(2), th.Muted)
	x += th.px(20)
	x += c.text(key, x, y, small, th.Muted, alignLeft) + th.px(16)
	if targetKey != "" {
		for i := 0.0; i < 14; i += 7 {
			c.rect(x+th.px(i), y-th.px(3.75), x+th.px(i+4), y-th.px(2.25), th.Muted)
		}
		x += th.px(20)
		x += c.text(targetKey, x, y, small, th.Muted, alignLeft) + th.px(16)
	}
	if s.Note != "" {
		if x+c.measure(s.Note, small) > w-pad {
			y += small * 1.6
		}
		c.text(c.ellipsize(s.Note, w-2*pad, small), w-pad, y, small, th.Muted, alignRight)
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
	most := s.scaleTop()
	for r, line := range s.Lines {
		rowTop := top + float64(r)*rowH
		tw := c.text(line.Label, left, rowTop+size, size, th.Text, alignLeft)
		c.text(c.ellipsize(line.Summary, right-left-tw-th.px(12), small), right, rowTop+size, small, th.Muted, alignRight)
		plotTop, plotBottom := rowTop+size+th.px(8), rowTop+rowH-th.px(6)
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
	switch {
	case len(s.Ticks) > 0:
		drawTicks(c, s.Ticks, xAt, left, w-pad, h-pad, small)
	case n > 0:
		every := max(1, int(math.Ceil((c.measure(longest(s.XLabels), small)+th.px(10))/math.Max((right-left)/float64(n), 1))))
		drawAxisLabels(c, s.XLabels, every, xAt, left, w-pad, h-pad, small)
	}
}

// scaleTop is the top of the one scale every panel shares: a little above
// the largest share or target of any line, in tens of percent.
func (s Shares) scaleTop() float64 {
	most := 0.1
	for _, line := range s.Lines {
		for i := range line.Share {
			most = math.Max(most, nz(line.Share[i]))
		}
		for i := range line.Target {
			most = math.Max(most, nz(line.Target[i]))
		}
	}
	return math.Min(1, math.Ceil(most*1.15*10)/10)
}

// drawTicks labels the axis at its ticks, every so many of them that
// their labels never touch, with a mark at each labelled one.
func drawTicks(c *canvas, ticks []Tick, xAt func(int) float64, left, right, baseline, size float64) {
	widest := 0.0
	for _, t := range ticks {
		widest = math.Max(widest, c.measure(t.Label, size))
	}
	every := 1
	for ; every < len(ticks); every++ {
		room := math.Inf(1)
		for i := every; i < len(ticks); i += every {
			room = math.Min(room, xAt(ticks[i].Index)-xAt(ticks[i-every].Index))
		}
		if room >= widest+c.th.px(12) {
			break
		}
	}
	for i := 0; i < len(ticks); i += every {
		x := xAt(ticks[i].Index)
		c.line(x, baseline-size-c.th.px(6), x, baseline-size-c.th.px(2), c.th.px(1), c.th.Muted)
		w := c.measure(ticks[i].Label, size)
		c.text(ticks[i].Label, math.Min(math.Max(x-w/2, left), right-w), baseline, size, c.th.Muted, alignLeft)
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
