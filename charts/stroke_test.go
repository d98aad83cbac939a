package charts

import "testing"

func TestLinesAreSolidOrDashedAndBendWithoutGaps(t *testing.T) {
	for _, tc := range []struct {
		name       string
		dash       []float64
		minN, maxN int // pixels inked along the line, of 80
	}{
		{"solid", nil, 80, 80},
		{"dashed 4 on, 3 off", []float64{4, 3}, 44, 48},
	} {
		c := newCanvas(100, 40, Light(), false)
		c.polyline([]float64{10, 50, 90}, []float64{10, 10, 10}, 2, blue, tc.dash)
		inked := 0
		for x := 10; x < 90; x++ {
			if near(c.img, x, 10, blue) {
				inked++
			}
		}
		if inked < tc.minN || inked > tc.maxN {
			t.Errorf("%s: %d of 80 pixels inked, want %d to %d", tc.name, inked, tc.minN, tc.maxN)
		}
		if tc.dash != nil && near(c.img, 15, 10, blue) {
			t.Errorf("%s: no gap after the first dash", tc.name)
		}
	}

	// A thick line turning a right angle: the outer corner is round, not notched.
	c := newCanvas(100, 40, Light(), false)
	c.polyline([]float64{10, 50, 50}, []float64{30, 30, 0}, 10, orange, nil)
	if !near(c.img, 52, 32, orange) {
		t.Error("the bend has a notch on its outside")
	}
	if near(c.img, 80, 10, orange) || near(c.img, 30, 10, orange) {
		t.Error("ink away from the line")
	}
}
