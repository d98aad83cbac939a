package data

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"2026-11-22", "2026-11-22", true},
		{"2024-02-29", "2024-02-29", true},
		{"2023-02-29", "", false},
		{"22/11/2026", "", false},
		{"", "", false},
		{"1899-12-31", "", false},
		{"3000-01-01", "", false},
	}
	for _, c := range cases {
		d, err := ParseDate(c.in)
		if (err == nil) != c.ok || d.String() != c.want {
			t.Errorf("ParseDate(%q) = %q, %v", c.in, d, err)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := NewDate(2024, time.February, 28)
	if got := d.AddDays(1).String(); got != "2024-02-29" {
		t.Errorf("AddDays(1) = %s", got)
	}
	if got := d.AddDays(-59).String(); got != "2023-12-31" {
		t.Errorf("AddDays(-59) = %s", got)
	}
	if n := MaxDate.DaysSince(MinDate); n != 401766 {
		t.Errorf("days from MinDate to MaxDate = %d", n)
	}
	if n := d.DaysSince(d.AddDays(3)); n != -3 {
		t.Errorf("DaysSince backwards = %d", n)
	}
	if DateOf(time.Date(2026, 3, 29, 23, 30, 0, 0, time.FixedZone("x", 5*3600))) != NewDate(2026, 3, 29) {
		t.Error("DateOf does not keep the local calendar date")
	}
}
