package app

import (
	"context"
	"math"
	"strings"
	"testing"

	"daymark/data"
)

func TestStackedDaysAverageEachPeriod(t *testing.T) {
	store, _ := balanceFixture(t)
	ctx := context.Background()
	rng, err := NewRange(data.NewDate(2026, 3, 1), data.NewDate(2026, 3, 10))
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewBalancer(store).Balance(ctx, rng)
	if err != nil {
		t.Fatal(err)
	}
	s := b.StackedDays()
	if len(s.Bars) != 10 || len(s.Series) != 3 || s.Bars[0].Label != "1" || s.Note != "each bar is a day's actual time" {
		t.Fatalf("stacks = %+v", s)
	}
	// 1 March: A 100, B 90, D 0. 6 March: A 200, D 30.
	if p := s.Bars[0].Parts; p[0] != 100 || p[1] != 90 || p[2] != 0 {
		t.Errorf("1 March = %v", p)
	}
	if p := s.Bars[5].Parts; p[0] != 200 || p[2] != 30 {
		t.Errorf("6 March = %v", p)
	}

	// March to June: weeks, each bar the average day of its week (cut at the range's ends).
	rng, err = NewRange(data.NewDate(2026, 3, 1), data.NewDate(2026, 6, 30))
	if err != nil {
		t.Fatal(err)
	}
	b, err = NewBalancer(store).Balance(ctx, rng)
	if err != nil {
		t.Fatal(err)
	}
	s = b.StackedDays()
	if s.Note != "each bar is the average day of a week" || s.Bars[0].Label != "1 Mar" || s.Bars[1].Label != "2 Mar" {
		t.Fatalf("weeks: %q, %q, %q", s.Note, s.Bars[0].Label, s.Bars[1].Label)
	}
	// 1 March 2026 is a Sunday: its week in the range is that one day (A 100).
	// The week of 2 March has A 120 (2nd) + 200 (6th) over the 2 days
	// recorded: days with no actual time pull no average down.
	if s.Bars[0].Parts[0] != 100 || s.Bars[1].Parts[0] != 160 {
		t.Errorf("weekly averages: %v, %v", s.Bars[0].Parts, s.Bars[1].Parts)
	}

	for _, c := range []struct {
		from, to data.Date
		bars     int
		first    string
	}{
		{data.NewDate(2026, 1, 1), data.NewDate(2026, 12, 31), 12, "Jan"},
		{data.NewDate(2017, 1, 1), data.NewDate(2026, 12, 31), 40, "Q1 17"},
		{data.NewDate(2026, 3, 2), data.NewDate(2026, 3, 8), 7, "Mon 2"},
	} {
		rng, err := NewRange(c.from, c.to)
		if err != nil {
			t.Fatal(err)
		}
		s := ComputeBalance(rng, nil, nil, nil, nil).StackedDays()
		if len(s.Bars) != c.bars || s.Bars[0].Label != c.first {
			t.Errorf("%s..%s: %d bars, first %q", c.from, c.to, len(s.Bars), s.Bars[0].Label)
		}
	}
}

func TestShareLinesAreMovingAveragesAgainstTheTargetShare(t *testing.T) {
	store, _ := balanceFixture(t)
	rng, err := NewRange(data.NewDate(2026, 3, 1), data.NewDate(2026, 3, 10))
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewBalancer(store).Balance(context.Background(), rng)
	if err != nil {
		t.Fatal(err)
	}
	s := b.ShareLines()
	if len(s.XLabels) != 10 || len(s.Lines) != 3 || s.Note != "moving average over 7 days" {
		t.Fatalf("shares = %+v", s)
	}
	a := s.Lines[0]
	// 1 March: A 100 of 190 allocated.
	if math.Abs(a.Share[0]-100.0/190) > 1e-9 {
		t.Errorf("A's share on 1 March = %v", a.Share[0])
	}
	// 6 March, over 1–6 March: A 100+120+200 = 420 of 190+120+230 = 540.
	if math.Abs(a.Share[5]-420.0/540) > 1e-9 {
		t.Errorf("A's share on 6 March = %v", a.Share[5])
	}
	// Targets: 120 of 180 on 1 March; the only target from 6 March.
	if math.Abs(a.Target[0]-120.0/180) > 1e-9 || a.Target[5] != 1 {
		t.Errorf("A's target share = %v, %v", a.Target[0], a.Target[5])
	}
	// A: 420 of 540 actual minutes in the range; 1500 of 1800 target minutes.
	if a.Summary != "78% of allocated time · target 83%" {
		t.Errorf("A's summary = %q", a.Summary)
	}
	if !s.Lines[1].Focus || s.Lines[0].Focus {
		t.Error("B is the focus")
	}
	// A window with nothing recorded is a gap, not zero.
	rng, err = NewRange(data.NewDate(2025, 1, 1), data.NewDate(2025, 1, 10))
	if err != nil {
		t.Fatal(err)
	}
	empty := ComputeBalance(rng, []data.Dimension{{ID: 1, Name: "A"}}, nil, nil, nil).ShareLines()
	if !math.IsNaN(empty.Lines[0].Share[3]) || !math.IsNaN(empty.Lines[0].Target[3]) {
		t.Errorf("an empty range draws %v / %v", empty.Lines[0].Share[3], empty.Lines[0].Target[3])
	}
}

func TestAverageDay(t *testing.T) {
	store, _ := balanceFixture(t)
	rng, err := NewRange(data.NewDate(2026, 3, 1), data.NewDate(2026, 3, 10))
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewBalancer(store).Balance(context.Background(), rng)
	if err != nil {
		t.Fatal(err)
	}
	rows := b.AverageDay().Rows
	// A: the figures of the table, 105 planned, 140 actual and target.
	if rows[0].Planned != 105 || rows[0].Actual != 140 || rows[0].Target != 140 || rows[0].PlannedText != "1h 45m" || rows[0].TargetText != "2h 20m" {
		t.Errorf("A's average day = %+v", rows[0])
	}
	if rows[1].Label != "B (focus)" || rows[2].TargetText != "" {
		t.Errorf("rows = %+v", rows)
	}

}

// The shares' time axis is labelled on even boundaries: each week's first
// day over a month, each month over a year, each quarter over years.
func TestShareLinesTickOnWeeksAndMonths(t *testing.T) {
	store, _ := balanceFixture(t)
	ctx := context.Background()
	for _, c := range []struct {
		from, to data.Date
		want     []string
	}{
		{data.NewDate(2026, 3, 1), data.NewDate(2026, 3, 31), []string{"2 Mar", "9 Mar", "16 Mar", "23 Mar", "30 Mar"}},
		{data.NewDate(2026, 1, 10), data.NewDate(2026, 12, 31), []string{"Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}},
		{data.NewDate(2024, 1, 1), data.NewDate(2026, 12, 31), []string{"Jan 2024", "Apr 2024", "Jul 2024", "Oct 2024", "Jan 2025", "Apr 2025", "Jul 2025", "Oct 2025", "Jan 2026", "Apr 2026", "Jul 2026", "Oct 2026"}},
	} {
		rng, _ := NewRange(c.from, c.to)
		b, _ := NewBalancer(store).Balance(ctx, rng)
		s := b.ShareLines()
		var got []string
		for _, tick := range s.Ticks {
			got = append(got, tick.Label)
			if tick.Index < 0 || tick.Index >= len(s.XLabels) {
				t.Fatalf("a tick at %d of %d points", tick.Index, len(s.XLabels))
			}
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s to %s: ticks %v, want %v", c.from, c.to, got, c.want)
		}
	}
}
