package charts

import (
	"fmt"
	"image/color"
	"math"
)

// The feelings a decision can have, as indexes into a FeelingRow's counts:
// −2 very uncomfortable … +2 very comfortable, and not said.
const (
	VeryUncomfortable = iota
	Uncomfortable
	Neutral
	Comfortable
	VeryComfortable
	NotSaid
	feelings
)

// feelingInk colours each feeling, from red (discomfort) to green; the
// colours differ in lightness too, so they read in black and white. Not
// said is no colour: an outline, told apart from neutral's grey by more
// than a shade.
var feelingInk = [feelings]color.NRGBA{
	{0xB9, 0x1C, 0x1C, 0xFF},
	{0xF9, 0x73, 0x16, 0xFF},
	{0xA8, 0xA2, 0x9E, 0xFF},
	{0x4A, 0xDE, 0x80, 0xFF},
	{0x15, 0x80, 0x3D, 0xFF},
	{0xD6, 0xD3, 0xD1, 0xFF},
}

var feelingNames = [feelings]string{"very uncomfortable", "uncomfortable", "neutral", "comfortable", "very comfortable", "not said"}

// FeelingRow counts a value's decisions by feeling: those that honoured it
// and those that compromised it.
type FeelingRow struct {
	Label                 string
	Honoured, Compromised [feelings]int
}

// FeelingBars draws, for each value, how many decisions honoured it (a
// solid bar) and compromised it (a thinner bar under it), each split by how
// the decisions felt.
type FeelingBars struct {
	Rows []FeelingRow
}

func (f FeelingBars) draw(c *canvas) {
	th, w, h := c.th, float64(c.w), float64(c.h)
	pad := th.px(8)
	size := th.px(12)
	small := th.px(10.5)
	var keys []Series
	for i := range feelingNames {
		keys = append(keys, Series{Label: feelingNames[i], Colour: feelingInk[i], Outline: i == NotSaid})
	}
	y := drawKeys(c, keys, pad, pad+small, w-2*pad)
	for _, line := range c.wrap("Upper bar: the decisions that honoured the value; lower bar: those that compromised it.", w-2*pad, small) {
		y += small * 1.6
		c.text(line, pad, y, small, th.Muted, alignLeft)
	}
	if len(f.Rows) == 0 {
		c.text("No decision names a value yet", w/2, math.Max(h/2, y+small*3), th.px(12.5), th.Muted, alignCentre)
		return
	}
	top := y + th.px(10)
	most := 1
	labelW := 0.0
	for _, r := range f.Rows {
		most = max(most, sum(r.Honoured[:]), sum(r.Compromised[:]))
		labelW = math.Max(labelW, c.measure(r.Label, size))
	}
	labelW = math.Min(labelW, w*0.35)
	left := pad + labelW + th.px(10)
	right := w - pad - c.measure(fmt.Sprint(most), small) - th.px(8)
	rowH := (h - pad - top) / float64(len(f.Rows))
	if rowH < th.px(14) || right-left < th.px(20) {
		return
	}
	scale := (right - left) / float64(most)
	barH := math.Min(th.px(12), rowH*0.42)
	for i, r := range f.Rows {
		y0 := top + float64(i)*rowH + (rowH-barH*1.6)/2
		c.text(c.ellipsize(r.Label, labelW, size), pad, y0+barH*0.8+size*0.35, size, th.Text, alignLeft)
		for k, counts := range [][feelings]int{r.Honoured, r.Compromised} {
			x := left
			by, bh := y0, barH
			if k == 1 {
				by, bh = y0+barH+th.px(1), barH*0.55
			}
			for j, n := range counts {
				if n == 0 {
					continue
				}
				if j == NotSaid {
					c.frame(x, by, x+float64(n)*scale, by+bh, math.Max(1, math.Round(th.px(1))), outlineInk(th))
				} else {
					c.rect(x, by, x+float64(n)*scale, by+bh, feelingInk[j])
				}
				x += float64(n) * scale
			}
			if total := sum(counts[:]); total > 0 {
				c.text(fmt.Sprint(total), x+th.px(4), by+bh*0.5+small*0.35, small, th.Muted, alignLeft)
			}
		}
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
