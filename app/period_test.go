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
	if err != nil || r.Days() != 10 || r.Label() != "10 Jan 2026 – 19 Jan 2026" {
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
