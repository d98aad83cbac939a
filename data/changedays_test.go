package data

import (
	"context"
	"errors"
	"testing"
)

func TestChangeDaysReadsAndWritesInOneTransaction(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := dims[0].ID
	mon, wed := NewDate(2026, 3, 2), NewDate(2026, 3, 4)
	if err := s.SaveDays(ctx, []Day{dayWith(mon, a, 60, 30), dayWith(NewDate(2026, 3, 9), a, 5, 0)}); err != nil {
		t.Fatal(err)
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var seen []Day
	for _, c := range []struct {
		name   string
		change func([]Day) ([]Day, error)
		want   string
	}{
		{"refused", func(days []Day) ([]Day, error) { seen = days; return nil, errors.New("no") }, "no"},
		{"over a day", func([]Day) ([]Day, error) { return []Day{dayWith(wed, a, 90, 0), dayWith(mon, a, 1441, 0)}, nil }, "planned minutes add up to 1441, more than the 1440 in a day"},
		{"nothing", func([]Day) ([]Day, error) { return nil, nil }, ""},
	} {
		err := s.ChangeDays(ctx, mon, mon.AddDays(6), c.change)
		if got := ""; err != nil {
			got = ErrorMessage(err)
			if got != c.want && err.Error() != c.want {
				t.Errorf("%s: error %q, want %q", c.name, got, c.want)
			}
		} else if c.want != "" {
			t.Errorf("%s: no error, want %q", c.name, c.want)
		}
	}
	if len(seen) != 1 || seen[0].Date != mon || seen[0].Planned[a] != 60 {
		t.Errorf("change saw %+v, want Monday only", seen)
	}
	if r, _ := s.Revision(ctx); r != rev {
		t.Errorf("the revision moved from %d to %d with nothing written", rev, r)
	}
	if d, _ := s.Day(ctx, wed); !d.IsEmpty() {
		t.Errorf("Wednesday was written by a refused change: %+v", d)
	}

	if err := s.ChangeDays(ctx, mon, mon.AddDays(6), func(days []Day) ([]Day, error) {
		d := days[0].Clone()
		d.Planned[a] = 120
		return []Day{d, dayWith(wed, a, 90, 0)}, nil
	}); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Day(ctx, mon); d.Planned[a] != 120 || d.Actual[a] != 30 {
		t.Errorf("Monday: %+v", d)
	}
	if d, _ := s.Day(ctx, wed); d.Planned[a] != 90 {
		t.Errorf("Wednesday: %+v", d)
	}
}
