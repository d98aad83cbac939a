package week

import (
	"daymark/app"
	"daymark/charts"
	"daymark/data"
)

// The inputs of the week's charts. The week's days as stacked bars are
// the Balance screen's (Plan.Balance.StackedDays).

// Donut returns the ring of the week's 7 × 1440 minutes by dimension with
// the unallocated rest: actual minutes, or the plan while the week has
// no actual time recorded.
func (p Plan) Donut() charts.Donut {
	t := p.Totals()
	minutes, side := t.Actual, "actual"
	if sum(t.Actual) == 0 && sum(t.Planned) > 0 {
		minutes, side = t.Planned, "planned"
	}
	total := 0
	var slices []charts.Slice
	for _, d := range p.Dims {
		m := minutes[d.ID]
		if m <= 0 && d.Archived {
			continue
		}
		total += m
		slices = append(slices, charts.Slice{Label: d.Name, Detail: app.FormatTotal(m), Minutes: m, Colour: app.Colour(d)})
	}
	free := 7*data.MinutesPerDay - total
	slices = append(slices, charts.Slice{Label: "Unallocated", Detail: app.FormatTotal(max(free, 0)), Minutes: free})
	if total == 0 {
		return charts.Donut{Slices: slices, Centre: "168h", Caption: "unallocated"}
	}
	return charts.Donut{Slices: slices, Centre: app.FormatTotal(total), Caption: side + " of 168h"}
}

// Bars returns each dimension's planned and actual minutes in the week,
// with the week's target (the target in force on each day, added up).
func (p Plan) Bars() charts.Bars {
	t := p.Totals()
	var b charts.Bars
	for _, d := range p.Dims {
		row := charts.PlanActual{Label: d.Name, Planned: t.Planned[d.ID], Actual: t.Actual[d.ID],
			PlannedText: app.FormatTotal(t.Planned[d.ID]), ActualText: app.FormatTotal(t.Actual[d.ID]), Colour: app.Colour(d)}
		if m := t.Target[d.ID]; m > 0 {
			row.Target, row.TargetText = m, app.FormatTotal(m)
		}
		b.Rows = append(b.Rows, row)
	}
	return b
}

func sum(m map[int64]int) int {
	total := 0
	for _, v := range m {
		total += v
	}
	return total
}
