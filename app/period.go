package app

import (
	"fmt"
	"time"

	"daymark/data"
)

// Period is the length of a range on the Balance screen.
type Period int

// The periods, in the order the screen offers them.
const (
	Week Period = iota
	Month
	Quarter
	Year
	Custom
)

// Periods names the periods for a chooser, in order.
var Periods = []string{"Week", "Month", "Quarter", "Year", "Custom"}

// Range is an inclusive range of dates of some period.
type Range struct {
	From, To data.Date
	Period   Period
}

// RangeOf returns the week, month, quarter or year that contains day;
// weeks start on weekStart.
func RangeOf(p Period, day data.Date, weekStart time.Weekday) Range {
	t := day.Time(time.UTC)
	y, m, _ := t.Date()
	switch p {
	case Week:
		back := (int(day.Weekday()) - int(weekStart) + 7) % 7
		from := day.AddDays(-back)
		return Range{From: from, To: from.AddDays(6), Period: Week}
	case Month:
		from := data.NewDate(y, m, 1)
		return Range{From: from, To: data.NewDate(y, m+1, 0), Period: Month}
	case Quarter:
		first := time.Month((int(m)-1)/3*3 + 1)
		return Range{From: data.NewDate(y, first, 1), To: data.NewDate(y, first+3, 0), Period: Quarter}
	case Year:
		return Range{From: data.NewDate(y, 1, 1), To: data.NewDate(y, 12, 31), Period: Year}
	}
	return Range{From: day, To: day, Period: Custom}
}

// NewRange returns a custom range, checking its dates.
func NewRange(from, to data.Date) (Range, error) {
	if err := from.Validate(); err != nil {
		return Range{}, err
	}
	if err := to.Validate(); err != nil {
		return Range{}, err
	}
	if to.Before(from) {
		return Range{}, data.Errorf(data.EInvalid, "the range ends (%s) before it starts (%s)", to, from)
	}
	return Range{From: from, To: to, Period: Custom}, nil
}

// Shift returns the range n periods later (earlier when n < 0). A custom
// range moves by its own length.
func (r Range) Shift(n int) Range {
	switch r.Period {
	case Week:
		return Range{From: r.From.AddDays(7 * n), To: r.To.AddDays(7 * n), Period: Week}
	case Month, Quarter, Year:
		months := map[Period]int{Month: 1, Quarter: 3, Year: 12}[r.Period] * n
		t := r.From.Time(time.UTC)
		from := data.NewDate(t.Year(), t.Month()+time.Month(months), 1)
		return RangeOf(r.Period, from, time.Monday)
	}
	days := r.Days() * n
	return Range{From: r.From.AddDays(days), To: r.To.AddDays(days), Period: Custom}
}

// Through returns the range cut to end on day when day falls inside it:
// "this month so far". Other ranges are returned whole.
func (r Range) Through(day data.Date) Range {
	if r.Contains(day) {
		r.To = day
	}
	return r
}

// Days returns how many days the range holds.
func (r Range) Days() int { return r.To.DaysSince(r.From) + 1 }

// Contains reports whether day is in the range.
func (r Range) Contains(day data.Date) bool { return !day.Before(r.From) && !day.After(r.To) }

// Label names the range for a heading: "Week of 16 Nov 2026",
// "November 2026", "Q4 2026", "2026", "3 Jan 2025 to 2 Mar 2026".
func (r Range) Label() string {
	switch r.Period {
	case Week:
		return "Week of " + r.From.Format("2 Jan 2006")
	case Month:
		return r.From.Format("January 2006")
	case Quarter:
		return fmt.Sprintf("Q%d %d", (int(r.From.Time(time.UTC).Month())+2)/3, r.From.Time(time.UTC).Year())
	case Year:
		return r.From.Format("2006")
	}
	return r.Text(ShortDates)
}

// When says the range in a sentence's words: "this month" when it is the
// current period, otherwise "in November 2026", "in the week of 16 Nov 2026".
func (r Range) When(today data.Date) string {
	if r.Period != Custom && r.Contains(today) {
		return "this " + map[Period]string{Week: "week", Month: "month", Quarter: "quarter", Year: "year"}[r.Period]
	}
	switch r.Period {
	case Custom:
		return "from " + r.Text(ShortDates)
	case Week:
		return "in the week of " + r.From.Format("2 Jan 2006")
	}
	return "in " + r.Label()
}
