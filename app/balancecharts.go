package app

import (
	"math"
	"strconv"
	"time"

	"daymark/charts"
	"daymark/data"
)

// grain is how finely a range's charts divide time.
type grain int

const (
	byDay grain = iota
	byWeek
	byMonth
	byQuarter
)

// barGrain keeps a range's stacked bars few enough to read: days up to a
// month, weeks up to half a year, months up to three years, then quarters.
func barGrain(days int) grain {
	switch {
	case days <= 31:
		return byDay
	case days <= 183:
		return byWeek
	case days <= 3*366:
		return byMonth
	}
	return byQuarter
}

// lineGrain and its moving-average window keep a range's share lines smooth
// and fast: days (7-day average) up to a quarter, weeks (4-week average) up
// to two years, then months (3-month average).
func lineGrain(days int) (grain, int) {
	switch {
	case days <= 92:
		return byDay, 7
	case days <= 2*366:
		return byWeek, 4
	}
	return byMonth, 3
}

// period is a run of days of one grain within a range.
type period struct {
	from, to data.Date
	actual   map[int64]int
	days     int
	recorded int // days with actual time
}

// periods cuts rng into runs of g (cut at the range's ends) and adds up the
// actual minutes of each.
func (b Balance) periods(g grain) []period {
	var out []period
	byDate := make(map[data.Date]data.Day, len(b.days))
	for _, d := range b.days {
		byDate[d.Date] = d
	}
	for day := b.Range.From; !day.After(b.Range.To); day = day.AddDays(1) {
		if n := len(out); n == 0 || startOf(g, day, b.weekStart()) != startOf(g, out[n-1].from, b.weekStart()) {
			out = append(out, period{from: day, actual: map[int64]int{}})
		}
		p := &out[len(out)-1]
		p.to = day
		p.days++
		if byDate[day].ActualTotal() > 0 {
			p.recorded++
		}
		for id, m := range byDate[day].Actual {
			p.actual[id] += m
		}
	}
	return out
}

func (b Balance) weekStart() time.Weekday { return b.week }

// WithWeekStart returns the figures with weeks that start on day, for the
// charts' weekly bars.
func (b Balance) WithWeekStart(day time.Weekday) Balance {
	b.week = day
	return b
}

// startOf returns the first day of the grain that holds day.
func startOf(g grain, day data.Date, weekStart time.Weekday) data.Date {
	switch g {
	case byWeek:
		return RangeOf(Week, day, weekStart).From
	case byMonth:
		return RangeOf(Month, day, weekStart).From
	case byQuarter:
		return RangeOf(Quarter, day, weekStart).From
	}
	return day
}

// label names a period on a chart's axis.
func (p period) label(g grain, rng Range) string {
	switch g {
	case byDay:
		if rng.Days() <= 7 {
			return p.from.Format("Mon 2")
		}
		return p.from.Format("2")
	case byWeek:
		return p.from.Format("2 Jan")
	case byMonth:
		if rng.From.Format("2006") == rng.To.Format("2006") {
			return p.from.Format("Jan")
		}
		return p.from.Format("Jan 06")
	}
	return "Q" + string(rune('1'+(int(p.from.Time(time.UTC).Month())-1)/3)) + " " + p.from.Format("06")
}

var grainNames = map[grain]string{byDay: "day", byWeek: "week", byMonth: "month", byQuarter: "quarter"}

// StackedDays returns the range's days (or average days of its weeks,
// months or quarters) as stacks of actual minutes per dimension.
func (b Balance) StackedDays() charts.Stacks {
	g := barGrain(b.Range.Days())
	s := charts.Stacks{Note: "each bar is a day's actual time"}
	if g != byDay {
		s.Note = "each bar is the average day of a " + grainNames[g]
	}
	for _, r := range b.Rows {
		s.Series = append(s.Series, charts.Series{Label: r.Dimension.Name, Colour: Colour(r.Dimension)})
	}
	for _, p := range b.periods(g) {
		bar := charts.Stack{Label: p.label(g, b.Range)}
		for _, r := range b.Rows {
			// The average of the days recorded: one not recorded yet pulls no bar down.
			bar.Parts = append(bar.Parts, float64(p.actual[r.Dimension.ID])/float64(max(p.recorded, 1)))
		}
		s.Bars = append(s.Bars, bar)
	}
	return s
}

// ShareLines returns each dimension's share of allocated time over the
// range as a moving average, against the share its target asks for.
func (b Balance) ShareLines() charts.Shares {
	g, window := lineGrain(b.Range.Days())
	ps := b.periods(g)
	s := charts.Shares{Note: "moving average over " + Plural(window, grainNames[g])}
	for _, p := range ps {
		s.XLabels = append(s.XLabels, p.from.Format("2 Jan 06"))
	}
	s.Ticks = b.shareTicks(g, ps)
	totalActual, totalTarget := 0, 0
	for _, r := range b.Rows {
		totalActual += r.Actual
		totalTarget += r.Target
	}
	for _, r := range b.Rows {
		line := charts.ShareLine{Label: r.Dimension.Name, Colour: Colour(r.Dimension), Focus: r.Focus}
		if r.Focus {
			line.Label += " (focus)"
		}
		line.Summary = "no time recorded"
		if totalActual > 0 {
			line.Summary = percent(float64(r.Actual)/float64(totalActual)) + " of allocated time"
		}
		if totalTarget > 0 {
			line.Summary += " · target " + percent(float64(r.Target)/float64(totalTarget))
		}
		for i, p := range ps {
			mine, all := 0, 0
			for j := max(0, i-window+1); j <= i; j++ {
				mine += ps[j].actual[r.Dimension.ID]
				for _, m := range ps[j].actual {
					all += m
				}
			}
			line.Share = append(line.Share, ratio(mine, all))
			line.Target = append(line.Target, b.targetShare(r.Dimension.ID, p.to))
		}
		s.Lines = append(s.Lines, line)
	}
	return s
}

// shareTicks marks where the shares' time axis is labelled, on even
// boundaries: the first day of each week when the points are the days of
// six weeks or less; the first day, or first week, of each month over
// longer; each quarter (the year named in January) when they are months.
func (b Balance) shareTicks(g grain, ps []period) []charts.Tick {
	var ticks []charts.Tick
	years := b.Range.From.Format("2006") != b.Range.To.Format("2006")
	for i, p := range ps {
		t := p.from.Time(time.UTC)
		newMonth := i > 0 && ps[i-1].from.Format("2006-01") != p.from.Format("2006-01")
		if i == 0 && t.Day() == 1 {
			newMonth = true
		}
		month := p.from.Format("Jan")
		if years || t.Month() == time.January {
			month = p.from.Format("Jan 2006")
		}
		switch {
		case g == byDay && b.Range.Days() <= 42:
			if p.from.Weekday() == b.weekStart() {
				ticks = append(ticks, charts.Tick{Index: i, Label: p.from.Format("2 Jan")})
			}
		case g == byDay || g == byWeek:
			if newMonth {
				ticks = append(ticks, charts.Tick{Index: i, Label: month})
			}
		default:
			if newMonth && (t.Month()-1)%3 == 0 {
				ticks = append(ticks, charts.Tick{Index: i, Label: month})
			}
		}
	}
	return ticks
}

// targetShare returns the share of a day's targets that dimension id has
// on date, NaN when there is no target.
func (b Balance) targetShare(id int64, date data.Date) float64 {
	t, ok := data.InForce(b.tgts, date)
	if !ok {
		return math.NaN()
	}
	total := 0
	for _, m := range t.Minutes {
		total += m
	}
	return ratio(t.Minutes[id], total)
}

// AverageDay returns each dimension's planned, actual and target minutes
// on the range's average day: the figures of its table.
func (b Balance) AverageDay() charts.Bars {
	var bars charts.Bars
	for _, r := range b.Rows {
		f := b.Figures(r)
		t := f.Texts()
		row := charts.PlanActual{
			Label: r.Dimension.Name, Colour: Colour(r.Dimension),
			Planned: f.Planned, Actual: f.Actual,
			PlannedText: t.Planned, ActualText: t.Actual,
		}
		if f.HasTarget {
			row.Target, row.TargetText = f.Target, t.Target
		}
		if r.Focus {
			row.Label += " (focus)"
		}
		bars.Rows = append(bars.Rows, row)
	}
	return bars
}

func ratio(part, whole int) float64 {
	if whole == 0 {
		return math.NaN()
	}
	return float64(part) / float64(whole)
}

func percent(share float64) string {
	return strconv.Itoa(int(math.Round(share*100))) + "%"
}

func itoa(n int) string { return strconv.Itoa(n) }
