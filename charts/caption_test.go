package charts

import (
	"bytes"
	"image"
	"strings"
	"testing"
)

// probe is a figure that remembers the canvas it was given, and marks its
// top row.
type probe struct{ w, h *int }

func (p probe) draw(c *canvas) {
	*p.w, *p.h = c.w, c.h
	c.rect(0, 0, float64(c.w), 1, blue)
}

func TestATitledChartDrawsItsFigureUnderItsTitleAndPeriod(t *testing.T) {
	th := Light()
	var w, h int
	for _, size := range []struct{ w, h int }{{600, 400}, {160, 300}} {
		img := Image(Titled{Figure: probe{&w, &h}, Title: "Each day's 1440 minutes", Period: "15 Dec 2025 to 10 Jan 2026"}, size.w, size.h, th)
		band := size.h - h
		if w != size.w || band < 20 || band > 70 {
			t.Fatalf("%dx%d: the figure got %dx%d under a band of %d pixels", size.w, size.h, w, h, band)
		}
		if !near(img, size.w/2, band, blue) || near(img, size.w/2, band-1, blue) {
			t.Errorf("%dx%d: the figure does not start right under the band (%d)", size.w, size.h, band)
		}
		if inked(img, image.Rect(0, 0, size.w, band), th) < 50 {
			t.Errorf("%dx%d: the band holds no text", size.w, size.h)
		}
	}
	var wide, narrow int
	Image(Titled{Figure: probe{&w, &wide}, Title: "Title", Period: "15 Dec 2025 to 10 Jan 2026"}, 600, 400, th)
	Image(Titled{Figure: probe{&w, &narrow}, Title: "Title", Period: "15 Dec 2025 to 10 Jan 2026"}, 160, 400, th)
	if narrow >= wide {
		t.Errorf("a narrow chart keeps the period on the title's line: %d ≥ %d", narrow, wide)
	}

	// The figure under the band is the figure drawn alone at its size, to
	// the pixel: rectangles, text and arcs alike.
	d := Donut{Centre: "12h", Caption: "allocated", Slices: []Slice{{Label: "People", Minutes: 360, Colour: blue}, {Label: "Unallocated", Minutes: 1080}}}
	titled := Image(Titled{Figure: d, Title: "The day", Period: "Monday 30 November 2026"}, 400, 460, th)
	Image(Titled{Figure: probe{&w, &h}, Title: "The day", Period: "Monday 30 November 2026"}, 400, 460, th)
	alone := Image(d, 400, h, th)
	for y := 0; y < h; y++ {
		for x := 0; x < 400; x++ {
			if titled.RGBAAt(x, y+460-h) != alone.RGBAAt(x, y) {
				t.Fatalf("the titled donut differs from the donut at %d,%d", x, y)
			}
		}
	}

	var svg bytes.Buffer
	if err := SVG(&svg, Titled{Figure: d, Title: "The day", Period: "Monday 30 November 2026"}, 400, 460, th); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The day", "Monday 30 November 2026", "12h"} {
		if !strings.Contains(svg.String(), want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
}

// inked counts the pixels of r that are not the page.
func inked(img *image.RGBA, r image.Rectangle, th Theme) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if !near(img, x, y, th.Background) {
				n++
			}
		}
	}
	return n
}
