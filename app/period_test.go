package app

import (
	"testing"
	"time"

	"daymark/data"
)

func TestRangeOf(t *testing.T) {
	day := data.NewDate(2026, 11, 22) // a Sunday
	cases := []struct {
		p         Period
		start     time.Weekday
		from, to  string
		days      int
		label     string
		prevLabel string
	}{
		{Week, time.Monday, "2026-11-16", "2026-11-22", 7, "Week of 16 Nov 2026", "Week of 9 Nov 2026"},
		{Week, time.Sunday, "2026-11-22", "2026-11-28", 7, "Week of 22 Nov 2026", "Week of 15 Nov 2026"},
		{Month, time.Monday, "2026-11-01", "2026-11-30", 30, "November 2026", "October 2026"},
		{Quarter, time.Monday, "2026-10-01", "2026-12-31", 92, "Q4 2026", "Q3 2026"},
		{Year, time.Monday, "2026-01-01", "2026-12-31", 365, "2026", "2025"},
	}
	for _, c := range cases {
		r := RangeOf(c.p, day, c.start)
		if r.From.String() != c.from || r.To.String() != c.to || r.Days() != c.days || r.Label() != c.label {
			t.Errorf("%s: %s..%s (%d days) %q", Periods[c.p], r.From, r.To, r.Days(), r.Label())
		}
		if prev := r.Shift(-1); prev.Label() != c.prevLabel {
			t.Errorf("%s before: %q, want %q", Periods[c.p], prev.Label(), c.prevLabel)
		}
		if back := r.Shift(-1).Shift(1); back != r {
			t.Errorf("%s: back and forth gives %+v", Periods[c.p], back)
		}
	}
	feb := RangeOf(Month, data.NewDate(2024, 1, 31), time.Monday).Shift(1)
	if feb.From.String() != "2024-02-01" || feb.To.String() != "2024-02-29" {
		t.Errorf("the month after January 2024: %s..%s", feb.From, feb.To)
	}
}

func TestCustomRanges(t *testing.T) {
	r, err := NewRange(data.NewDate(2026, 1, 10), data.NewDate(2026, 1, 19))
	if err != nil || r.Days() != 10 || r.Label() != "10 Jan to 19 Jan 2026" {
		t.Fatalf("%+v %v", r, err)
	}
	if next := r.Shift(1); next.From.String() != "2026-01-20" || next.To.String() != "2026-01-29" {
		t.Errorf("next custom range: %s..%s", next.From, next.To)
	}
	if _, err := NewRange(data.NewDate(2026, 2, 1), data.NewDate(2026, 1, 1)); err == nil {
		t.Error("a range ending before it starts")
	}
}

func TestWhen(t *testing.T) {
	today := data.NewDate(2026, 11, 22)
	if w := RangeOf(Month, today, time.Monday).When(today); w != "this month" {
		t.Errorf("When = %q", w)
	}
	if w := RangeOf(Month, today, time.Monday).Shift(-1).When(today); w != "in October 2026" {
		t.Errorf("When = %q", w)
	}
	if w := RangeOf(Week, today, time.Monday).Shift(-1).When(today); w != "in the week of 9 Nov 2026" {
		t.Errorf("When = %q, a week in a sentence", w)
	}
}

func TestThrough(t *testing.T) {
	today := data.NewDate(2026, 11, 22)
	month := RangeOf(Month, today, time.Monday)
	if r := month.Through(today); r.To != today || r.From != month.From || r.Period != Month || r.When(today) != "this month" {
		t.Errorf("this month so far = %+v", r)
	}
	last := month.Shift(-1)
	if r := last.Through(today); r != last {
		t.Errorf("last month cut: %+v", r)
	}
}

func TestPeriodText(t *testing.T) {
	d := data.NewDate
	cases := []struct {
		name     string
		from, to data.Date
		short    string
		weekdays string
	}{
		{"across a year boundary", d(2025, 12, 15), d(2026, 1, 10),
			"15 Dec 2025 to 10 Jan 2026", "Monday 15 December 2025 to Saturday 10 January 2026"},
		{"new year's eve to new year's day", d(2026, 12, 31), d(2027, 1, 1),
			"31 Dec 2026 to 1 Jan 2027", "Thursday 31 December 2026 to Friday 1 January 2027"},
		{"within a year", d(2026, 11, 11), d(2026, 11, 30),
			"11 Nov to 30 Nov 2026", "Wednesday 11 November to Monday 30 November 2026"},
		{"a leap day", d(2024, 2, 29), d(2024, 3, 1),
			"29 Feb to 1 Mar 2024", "Thursday 29 February to Friday 1 March 2024"},
		{"a single day", d(2024, 2, 29), d(2024, 2, 29),
			"29 Feb 2024", "Thursday 29 February 2024"},
		{"a whole year", d(2026, 1, 1), d(2026, 12, 31),
			"1 Jan to 31 Dec 2026", "Thursday 1 January to Thursday 31 December 2026"},
		{"ten years", d(2017, 1, 1), d(2026, 12, 31),
			"1 Jan 2017 to 31 Dec 2026", "Sunday 1 January 2017 to Thursday 31 December 2026"},
	}
	for _, c := range cases {
		r, err := NewRange(c.from, c.to)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Text(ShortDates); got != c.short {
			t.Errorf("%s: %q, want %q", c.name, got, c.short)
		}
		if got := r.Text(WeekdayDates); got != c.weekdays {
			t.Errorf("%s: %q, want %q", c.name, got, c.weekdays)
		}
		if got := r.Label(); got != c.short {
			t.Errorf("%s: label %q, want %q", c.name, got, c.short)
		}
		if got := r.When(data.NewDate(2030, 1, 1)); got != "from "+c.short {
			t.Errorf("%s: when %q", c.name, got)
		}
	}
}

func TestDateIn(t *testing.T) {
	d := data.NewDate
	within, err := NewRange(d(2026, 11, 1), d(2026, 11, 30))
	if err != nil {
		t.Fatal(err)
	}
	across, err := NewRange(d(2025, 12, 15), d(2026, 1, 10))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		r    Range
		day  data.Date
		want string
	}{
		{within, d(2026, 11, 16), "16 Nov"},
		{within, d(2025, 12, 10), "10 Dec 2025"}, // a review due in an earlier year
		{within, d(2027, 1, 4), "4 Jan 2027"},
		{across, d(2025, 12, 20), "20 Dec 2025"},
		{across, d(2026, 1, 2), "2 Jan 2026"},
	}
	for _, c := range cases {
		if got := c.r.DateIn(c.day, ShortDates); got != c.want {
			t.Errorf("%s in %s: %q, want %q", c.day, c.r.Label(), got, c.want)
		}
	}
}
