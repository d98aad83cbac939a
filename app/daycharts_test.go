package app

import (
	"image/color"
	"testing"

	"daymark/data"
)

var testDims = []data.Dimension{
	{ID: 1, Name: "My self", Colour: "#D97706"},
	{ID: 2, Name: "People", Colour: "#2563EB"},
	{ID: 3, Name: "Old", Colour: "#000000", Archived: true},
}

func TestColour(t *testing.T) {
	if c := Colour(testDims[1]); c != (color.NRGBA{0x25, 0x63, 0xEB, 0xFF}) {
		t.Errorf("Colour(#2563EB) = %v", c)
	}
	if c := Colour(data.Dimension{Colour: "oops"}); c.A != 0xFF || c.R != 0x80 {
		t.Errorf("a malformed colour = %v, want grey", c)
	}
}

func TestDayDonutShowsActualOrElseThePlan(t *testing.T) {
	day := data.NewDay(data.NewDate(2026, 11, 22))
	empty := DayDonut(day, testDims)
	if empty.Centre != "24h" || len(empty.Slices) != 3 || empty.Slices[2].Minutes != 1440 {
		t.Errorf("empty day: %+v", empty)
	}

	day.Planned = map[int64]int{1: 120, 2: 60}
	planned := DayDonut(day, testDims)
	if planned.Caption != "planned" || planned.Centre != "3h" || planned.Slices[2].Detail != "21h" {
		t.Errorf("planned day: %+v", planned)
	}

	day.Actual = map[int64]int{2: 90, 3: 30}
	actual := DayDonut(day, testDims)
	if actual.Caption != "actual" || actual.Centre != "2h" || len(actual.Slices) != 4 || actual.Slices[2].Label != "Old" {
		t.Errorf("actual day with an archived dimension: %+v", actual)
	}

	day.Actual = map[int64]int{1: 1000, 2: 500}
	over := DayDonut(day, testDims)
	if over.Caption != "1h over the day" || over.Slices[2].Detail != "0m" {
		t.Errorf("over-budget day: %+v", over)
	}
}

func TestDayBarsSkipsUnusedArchivedDimensions(t *testing.T) {
	day := data.NewDay(data.NewDate(2026, 11, 22))
	day.Planned = map[int64]int{1: 90}
	rows := DayBars(day, testDims, nil).Rows
	if len(rows) != 2 || rows[0].PlannedText != "1h 30m" || rows[0].ActualText != "0m" || rows[1].Label != "People" || rows[0].TargetText != "" {
		t.Errorf("rows = %+v", rows)
	}
	target := data.Target{From: day.Date, Minutes: map[int64]int{2: 120}}
	rows = DayBars(day, testDims, &target).Rows
	if rows[0].TargetText != "" || rows[1].Target != 120 || rows[1].TargetText != "2h" {
		t.Errorf("rows with a target = %+v", rows)
	}
}
