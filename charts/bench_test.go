package charts

import (
	"fmt"
	"testing"
)

func BenchmarkDonut1000x600(b *testing.B) {
	d := Donut{Centre: "11h 30m", Caption: "allocated", Slices: []Slice{
		{Label: "My self", Detail: "4h", Minutes: 240, Colour: orange},
		{Label: "People", Detail: "3h 30m", Minutes: 210, Colour: blue},
		{Label: "Organisational improvement", Detail: "1h 30m", Minutes: 90, Colour: orange},
		{Label: "Value management", Detail: "2h 30m", Minutes: 150, Colour: blue},
		{Label: "Unallocated", Detail: "12h 30m", Minutes: 750},
	}}
	for b.Loop() {
		Image(d, 1000, 600, Light())
	}
}

func BenchmarkBars1000x600(b *testing.B) {
	rows := []PlanActual{
		{Label: "My self", Planned: 240, Actual: 200, PlannedText: "4h", ActualText: "3h 20m", Colour: orange},
		{Label: "People", Planned: 180, Actual: 250, PlannedText: "3h", ActualText: "4h 10m", Colour: blue},
		{Label: "Organisational improvement", Planned: 90, Actual: 30, PlannedText: "1h 30m", ActualText: "30m", Colour: orange},
		{Label: "Value management", Planned: 120, Actual: 0, PlannedText: "2h", ActualText: "0m", Colour: blue},
	}
	for b.Loop() {
		Image(Bars{Rows: rows}, 1000, 600, Light())
	}
}

func BenchmarkStacks1000x600(b *testing.B) {
	s := Stacks{Series: []Series{{Label: "A", Colour: orange}, {Label: "B", Colour: blue}, {Label: "C", Colour: orange}, {Label: "D", Colour: blue}}}
	for i := range 120 { // ten years by month
		s.Bars = append(s.Bars, Stack{Label: fmt.Sprintf("%d", i), Parts: []float64{200, 150, 90, 120}})
	}
	for b.Loop() {
		Image(s, 1000, 600, Light())
	}
}

func BenchmarkShares1000x600TenYearsOfDays(b *testing.B) {
	s := sampleShares(3650)
	for b.Loop() {
		Image(s, 1000, 600, Light())
	}
}

func BenchmarkFeelingBars1000x600(b *testing.B) {
	f := FeelingBars{}
	for i := range 20 {
		f.Rows = append(f.Rows, FeelingRow{Label: fmt.Sprintf("Value %d", i), Honoured: [feelings]int{i, 2 * i, 5, i, 3, 1}, Compromised: [feelings]int{1, 2, 0, 0, 1, 0}})
	}
	for b.Loop() {
		Image(f, 1000, 600, Light())
	}
}
