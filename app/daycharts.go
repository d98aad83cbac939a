package app

import (
	"image/color"
	"strconv"

	"daymark/charts"
	"daymark/data"
)

// chartInk is the colour of lines that belong to no dimension.
var chartInk = color.NRGBA{0x0F, 0x76, 0x6E, 0xFF}

// Colour returns a dimension's colour for charts (grey if it is malformed,
// which the store never allows).
func Colour(d data.Dimension) color.NRGBA {
	v, err := strconv.ParseUint(d.Colour[min(1, len(d.Colour)):], 16, 32)
	if err != nil || len(d.Colour) != 7 {
		return color.NRGBA{0x80, 0x80, 0x80, 0xFF}
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xFF}
}

// DayDonut returns the ring of a day's 1440 minutes by dimension with the
// unallocated rest: actual minutes, or the plan while nothing actual is
// recorded. Minutes of archived dimensions are counted under their names.
func DayDonut(day data.Day, dims []data.Dimension) charts.Donut {
	minutes, side := day.Actual, "actual"
	if day.ActualTotal() == 0 && day.PlannedTotal() > 0 {
		minutes, side = day.Planned, "planned"
	}
	total := 0
	var slices []charts.Slice
	for _, d := range dims {
		m := minutes[d.ID]
		if m <= 0 && d.Archived {
			continue
		}
		total += m
		slices = append(slices, charts.Slice{Label: d.Name, Detail: FormatDuration(m), Minutes: m, Colour: Colour(d)})
	}
	free := Unallocated(total)
	slices = append(slices, charts.Slice{Label: "Unallocated (outlined)", Detail: FormatDuration(max(free, 0)), Minutes: free})
	switch {
	case total == 0:
		return charts.Donut{Slices: slices, Centre: "24h", Caption: "unallocated"}
	case free < 0:
		return charts.Donut{Slices: slices, Centre: FormatDuration(total), Caption: FormatDuration(-free) + " over the day"}
	default:
		return charts.Donut{Slices: slices, Centre: FormatDuration(total), Caption: side}
	}
}

// DayBars returns planned and actual minutes for each active dimension,
// with the target in force that day (nil when none).
func DayBars(day data.Day, dims []data.Dimension, target *data.Target) charts.Bars {
	var b charts.Bars
	for _, d := range dims {
		p, a := day.Planned[d.ID], day.Actual[d.ID]
		if d.Archived && p == 0 && a == 0 {
			continue
		}
		row := charts.PlanActual{
			Label: d.Name, Planned: p, Actual: a,
			PlannedText: FormatDuration(p), ActualText: FormatDuration(a),
			Colour: Colour(d),
		}
		if target != nil && target.Minutes[d.ID] > 0 {
			row.Target, row.TargetText = target.Minutes[d.ID], FormatDuration(target.Minutes[d.ID])
		}
		b.Rows = append(b.Rows, row)
	}
	return b
}
