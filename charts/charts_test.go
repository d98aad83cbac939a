package charts

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"strings"
	"testing"
)

var (
	orange = color.NRGBA{0xD9, 0x77, 0x06, 0xFF}
	blue   = color.NRGBA{0x25, 0x63, 0xEB, 0xFF}
)

// ringPoint returns a point in the middle of the ring of a tall donut drawn
// at w×h with rows of legend under it, at angle (radians, 0 at 12 o'clock,
// clockwise), following the layout rules of DayDonut.
func ringPoint(w, h, rows int, angle float64) (int, int) {
	pad := 8.0
	outer := math.Min(float64(w)-2*pad, float64(h)-float64(rows)*22-3*pad) / 2
	cx, cy := float64(w/2), float64(int(pad+outer))
	mid := outer * 0.82
	return int(cx + mid*math.Sin(angle)), int(cy - mid*math.Cos(angle))
}

func TestDayDonutSizesSlicesByMinutes(t *testing.T) {
	d := Donut{Centre: "12h", Caption: "allocated", Slices: []Slice{
		{Label: "People", Minutes: 360, Colour: blue},    // 12 to 3 o'clock
		{Label: "My self", Minutes: 360, Colour: orange}, // 3 to 6
		{Label: "Unallocated", Minutes: 720},             // the other half, in the Empty colour
	}}
	th := Light()
	img := Image(d, 300, 300, th)
	if img.Bounds().Dx() != 300 || img.Bounds().Dy() != 300 {
		t.Fatalf("size = %v", img.Bounds())
	}
	checks := []struct {
		angle float64
		want  color.Color
		what  string
	}{
		{math.Pi / 4, blue, "People at half past one"},
		{3 * math.Pi / 4, orange, "My self at half past four"},
		{5 * math.Pi / 4, th.Background, "unallocated, only outlined, at half past seven"},
		{7 * math.Pi / 4, th.Background, "unallocated, only outlined, at half past ten"},
	}
	for _, c := range checks {
		x, y := ringPoint(300, 300, 3, c.angle)
		if !near(img, x, y, c.want) {
			t.Errorf("%s: pixel (%d,%d) = %v, want %v", c.what, x, y, img.At(x, y), c.want)
		}
	}
	cx, cy := ringPoint(300, 300, 3, 0)
	cy += 60 // from the ring at 12 o'clock down into the hole
	if !hasInk(img, cx-40, cy-10, cx+40, cy+30, th.Text) {
		t.Error("nothing written in the hole")
	}
	if !hasInk(img, 0, 230, 300, 300, th.Text) {
		t.Error("no legend under the ring")
	}
}

// hasInk reports whether any pixel in the rectangle is close to ink.
func hasInk(img image.Image, x0, y0, x1, y1 int, ink color.Color) bool {
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			if near(img, x, y, ink) {
				return true
			}
		}
	}
	return false
}

// An empty day is one ring of unallocated time, outlined: its edges drawn,
// its middle left empty, as unallocated time is in every day's ring.
func TestDayDonutOfAnEmptyDayIsAnOutlinedRing(t *testing.T) {
	for _, th := range []Theme{Light(), Dark()} {
		img := Image(Donut{Centre: "24h", Caption: "unallocated"}, 200, 200, th)
		edge := drawnOver(outlineInk(th), th.Background)
		for _, angle := range []float64{0, 1, 2, 3, 4, 5, 6} {
			x, y := ringPoint(200, 200, 0, angle)
			if !near(img, x, y, th.Background) {
				t.Errorf("at angle %.0f the ring's middle is %v, want it empty", angle, img.At(x, y))
			}
		}
		if !hasInk(img, 95, 5, 105, 12, edge) {
			t.Error("no outline at the ring's outer edge")
		}
		if !near(img, 2, 2, th.Background) {
			t.Errorf("corner = %v, want the background %v", img.At(2, 2), th.Background)
		}
	}
}

func TestChartsOnATransparentBackgroundLeaveTheWindowShowing(t *testing.T) {
	th := Dark()
	th.Background = nil
	img := Image(Donut{Slices: []Slice{{Label: "People", Minutes: 60, Colour: blue}}}, 200, 200, th)
	if _, _, _, a := img.At(1, 1).RGBA(); a != 0 {
		t.Errorf("corner alpha = %d, want transparent", a)
	}
}

func TestPlanActualBarsShareOneScale(t *testing.T) {
	th := Light()
	rows := []PlanActual{
		{Label: "People", Planned: 240, Actual: 120, PlannedText: "4h", ActualText: "2h", Colour: blue},
		{Label: "My self", Planned: 0, Actual: 240, PlannedText: "0m", ActualText: "4h", Colour: orange},
	}
	img := Image(Bars{Rows: rows}, 408, 300, th)
	// The scale runs 0h..4h over the width between 8 px margins: 100 px an hour.
	y := findBar(t, img, 8+50, blue, 0, 150)
	if !near(img, 8+190, y, blue) || near(img, 8+215, y, blue) {
		t.Errorf("People's actual 2h bar does not end at 2h (x≈%d)", 8+200)
	}
	y2 := findBar(t, img, 8+50, orange, 150, 300)
	if !near(img, 8+390, y2, orange) {
		t.Errorf("My self's actual 4h bar does not reach 4h")
	}
}

// findBar returns the first row between y0 and y1 where pixel x is ink.
func findBar(t *testing.T, img image.Image, x int, ink color.Color, y0, y1 int) int {
	t.Helper()
	for y := y0; y < y1; y++ {
		if near(img, x, y, ink) {
			return y
		}
	}
	t.Fatalf("no bar of %v at x=%d between y %d and %d", ink, x, y0, y1)
	return 0
}

func TestChartsSurviveAnySize(t *testing.T) {
	rows := []PlanActual{{Label: "A very long dimension name that will not fit anywhere", Planned: 1440, Actual: 1440, Colour: blue}}
	d := Donut{Centre: "24h", Slices: []Slice{{Label: "x", Minutes: 1440, Colour: blue}}}
	for _, size := range [][2]int{{0, 0}, {1, 1}, {10, 300}, {300, 10}, {3000, 2000}} {
		for _, f := range []Figure{d, Bars{Rows: rows}, Bars{}, Stacks{}, Shares{}, sampleStacks(), sampleShares(3650)} {
			Image(f, size[0], size[1], Dark())
		}
	}
}

func sampleStacks() Stacks {
	s := Stacks{Series: []Series{{Label: "My self", Colour: orange}, {Label: "People", Colour: blue}}, Note: "each bar is a day"}
	for i := range 7 {
		s.Bars = append(s.Bars, Stack{Label: []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[i], Parts: []float64{float64(60 * i), 360}})
	}
	return s
}

func sampleShares(points int) Shares {
	s := Shares{Note: "7-day moving average"}
	for i := range points {
		s.XLabels = append(s.XLabels, fmt.Sprintf("%d", i))
	}
	for k, c := range []color.Color{orange, blue, orange, blue} {
		line := ShareLine{Label: fmt.Sprintf("Dimension %d", k), Summary: "25% · target 30%", Colour: c, Focus: k == 1}
		for i := range points {
			v := 0.25 + 0.1*math.Sin(float64(i+k)/20)
			if i%97 == 5 {
				v = math.NaN() // a gap
			}
			line.Share = append(line.Share, v)
			line.Target = append(line.Target, 0.3)
		}
		s.Lines = append(s.Lines, line)
	}
	return s
}

// The allocated time fills the stacked days: the scale stops a little
// above the longest allocated day (12 hours here), not at 24 hours, where
// the allocated time sat squeezed in the bottom half under unallocated
// time; what is left of each day is an outline above its bar.
func TestStacksLetTheAllocatedTimeFillTheChart(t *testing.T) {
	th := Light()
	img := Image(sampleStacks(), 700, 400, th)
	slot := (700 - 16 - float64Width(th)) / 7
	column := func(day int) (coloured int, order []string) {
		x := int(8 + float64Width(th) + slot*(float64(day)+0.5))
		last := ""
		for y := 372; y > 70; y-- { // from just above the 0h line up to the legend
			name := ""
			switch {
			case near(img, x, y, orange):
				name = "my self"
			case near(img, x, y, blue):
				name = "people"
			}
			if name != "" {
				coloured++
				if name != last {
					order = append(order, name)
					last = name
				}
			}
		}
		return coloured, order
	}
	sunday, order := column(6)
	if strings.Join(order, ",") != "my self,people" || sunday < 240 {
		t.Errorf("the longest day (12h) is %v, %d px tall in a 400 px chart: squeezed", order, sunday)
	}
	monday, _ := column(0) // 6h: half as tall, with an outline above it
	if ratio := float64(monday) / float64(sunday); ratio < 0.45 || ratio > 0.6 {
		t.Errorf("a 6h day is %d px tall, the 12h one %d: not to one scale", monday, sunday)
	}
	left := int(8 + float64Width(th))
	if !hasInk(img, left, 80, left+int(slot/2), 372-monday, drawnOver(outlineInk(th), th.Background)) {
		t.Error("no outline of unallocated time above a short day")
	}
}

// drawnOver is a translucent colour as it shows over an opaque one.
func drawnOver(top, under color.Color) color.Color {
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	u := color.NRGBAModel.Convert(under).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{mix(t.R, u.R), mix(t.G, u.G), mix(t.B, u.B), 0xFF}
}

// float64Width is the y axis' width in the Stacks layout.
func float64Width(th Theme) float64 {
	c := newCanvas(10, 10, th, false)
	return c.measure("24h", th.px(10.5)) + th.px(6)
}

func TestSharesDrawEveryDimension(t *testing.T) {
	th := Light()
	img := Image(sampleShares(60), 800, 500, th)
	for _, c := range []color.Color{orange, blue} {
		if !hasInk(img, 0, 0, 800, 500, c) {
			t.Errorf("no line in %v", c)
		}
	}
}

func TestSVGIsWellFormedAndEscapesText(t *testing.T) {
	figures := map[string]Figure{
		"donut":  Donut{Centre: "3h", Slices: []Slice{{Label: "R&D <core>", Minutes: 60, Colour: blue}, {Label: "Unallocated", Minutes: 1380}}},
		"bars":   Bars{Rows: []PlanActual{{Label: "R&D <core>", Planned: 60, Actual: 30, Target: 90, PlannedText: "1h", ActualText: "30m", TargetText: "1h 30m", Colour: blue}}},
		"stacks": sampleStacks(),
		"shares": sampleShares(30),
	}
	for name, f := range figures {
		var buf bytes.Buffer
		if err := SVG(&buf, f, 600, 400, Light()); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&buf)
		texts := 0
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: not well-formed SVG: %v", name, err)
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "text" {
				texts++
			}
		}
		if texts == 0 {
			t.Errorf("%s: no text in the SVG", name)
		}
	}
}

func TestFeelingBarsSplitByFeeling(t *testing.T) {
	th := Light()
	f := FeelingBars{Rows: []FeelingRow{{Label: "Trust", Honoured: [feelings]int{VeryUncomfortable: 3, VeryComfortable: 1}}}}
	img := Image(f, 600, 200, th)
	if !hasInk(img, 0, 0, 600, 200, feelingInk[VeryUncomfortable]) || !hasInk(img, 0, 60, 600, 200, feelingInk[VeryComfortable]) {
		t.Error("the Trust bar lacks a feeling's colour")
	}
	if hasInk(img, 0, 60, 600, 200, feelingInk[Uncomfortable]) {
		t.Error("a feeling with no decision is drawn")
	}
	Image(FeelingBars{}, 600, 200, th) // empty: a sentence, no panic
}

func TestEmptySharesSayWhyInTheMiddle(t *testing.T) {
	th := Light()
	blank := Image(Shares{Key: "score out of 100"}, 600, 300, th)
	said := Image(Shares{Key: "score out of 100", Empty: "The score over time starts with the first rating"}, 600, 300, th)
	if hasInk(blank, 100, 130, 500, 170, th.Muted) || !hasInk(said, 100, 130, 500, 170, th.Muted) {
		t.Error("an empty chart should say why, in the middle, only when told what to say")
	}
}

// The shares' panels share one scale: a dimension at 20% sits low in its
// panel when another reaches 60%, so the panels compare at a glance; each
// had a scale of its own, and every line looked as high as the others.
func TestSharesPanelsShareOneScale(t *testing.T) {
	s := Shares{Lines: []ShareLine{
		{Label: "A", Colour: orange, Share: []float64{0.2, 0.2}, Target: []float64{0.25, 0.25}},
		{Label: "B", Colour: blue, Share: []float64{0.6, 0.55}, Target: []float64{math.NaN(), math.NaN()}},
	}, XLabels: []string{"1", "2"}}
	if top := s.scaleTop(); math.Abs(top-0.7) > 1e-9 {
		t.Errorf("the scale of every panel tops at %.2f, want 0.70, above B's 60%%", top)
	}
	img := Image(s, 600, 400, Light())
	// A's line at 20% of a 70% scale sits in the lower third of its panel,
	// B's at 60% in the upper part of its own.
	ys := func(c color.Color) []int {
		var found []int
		for y := 0; y < 400; y++ {
			if near(img, 300, y, c) {
				found = append(found, y)
			}
		}
		return found
	}
	a, b := ys(orange), ys(blue)
	if len(a) == 0 || len(b) == 0 {
		t.Fatal("a line is missing")
	}
	panel := 400.0 / 2
	aDepth, bDepth := float64(a[0])/panel, (float64(b[0])-panel)/panel
	if aDepth-bDepth < 0.3 {
		t.Errorf("A (20%%) is %.2f of its panel down, B (60%%) %.2f: not on one scale", aDepth, bDepth)
	}
}

// Decisions that said no feeling are an outline, not a grey next to
// neutral's grey.
func TestFeelingBarsOutlineNotSaid(t *testing.T) {
	th := Light()
	row := FeelingRow{Label: "Trust"}
	row.Honoured[Neutral], row.Honoured[NotSaid] = 5, 5
	img := Image(FeelingBars{Rows: []FeelingRow{row}}, 500, 200, th)
	neutral, notSaid, edge := false, false, false
	for y := 60; y < 200; y++ {
		for x := 100; x < 480; x++ {
			switch {
			case near(img, x, y, feelingInk[Neutral]):
				neutral = true
			case near(img, x, y, feelingInk[NotSaid]):
				notSaid = true
			case near(img, x, y, drawnOver(outlineInk(th), th.Background)):
				edge = true
			}
		}
	}
	if !neutral || notSaid || !edge {
		t.Errorf("neutral filled %v, not said filled in grey %v, outlined %v", neutral, notSaid, edge)
	}
}
