package app

import (
	"context"
	"math"
	"testing"

	"daymark/data"
)

func TestBalanceFigures(t *testing.T) {
	store, _ := balanceFixture(t)
	rng, err := NewRange(data.NewDate(2026, 3, 1), data.NewDate(2026, 3, 10))
	if err != nil {
		t.Fatal(err)
	} // 10 days
	b, err := NewBalancer(store).Balance(context.Background(), rng)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Rows) != 3 || b.Rows[0].Dimension.Name != "A" || b.Rows[1].Dimension.Name != "B" || b.Rows[2].Dimension.Name != "D" {
		t.Fatalf("rows = %+v (want A, B and the archived D that holds minutes; not C)", b.Rows)
	}
	a, bb, d := b.Rows[0], b.Rows[1], b.Rows[2]
	// A: planned 120+120+180 = 420, actual 100+120+200 = 420,
	// target 5 days × 120 (1–5 March) + 5 days × 180 (6–10 March) = 1500.
	if a.Planned != 420 || a.Actual != 420 || a.Target != 1500 {
		t.Errorf("A = %+v", a)
	}
	// B: planned 60+30 = 90, actual 90, target 5 days × 60 (not in the 6 March version) = 300.
	if bb.Planned != 90 || bb.Actual != 90 || bb.Target != 300 {
		t.Errorf("B = %+v", bb)
	}
	if d.Actual != 30 || d.Target != 0 {
		t.Errorf("D = %+v", d)
	}
	// Four days hold a plan (1, 2, 6 and 10 March), three hold actual time
	// (the 10th holds none yet).
	if b.PlannedDays != 4 || b.ActualDays != 3 {
		t.Errorf("%d days planned, %d recorded; want 4 and 3", b.PlannedDays, b.ActualDays)
	}
	// A's plan, on the days recorded: off by |100−120| + 0 + |200−180| = 40 of 420 planned → 1 − 40/420.
	if got, ok := a.PlanFollowed(); !ok || math.Abs(got-(1-40.0/420)) > 1e-9 {
		t.Errorf("A followed its plan %v", got)
	}
	// B's plan: off by |90−60| of 60; the 10th, planned and not recorded yet, is no plan missed.
	if got, ok := bb.PlanFollowed(); !ok || math.Abs(got-0.5) > 1e-9 {
		t.Errorf("B followed its plan %v", got)
	}
	if _, ok := d.PlanFollowed(); ok {
		t.Error("D had no plan to follow")
	}
	// A day: A planned 420/4 = 105, did 420/3 = 140 against the target of
	// the days recorded, (120+120+180)/3 = 140. B planned 90/4 = 22.5 → 23,
	// did 90/3 = 30 against (60+60+0)/3 = 40: 10 below, −25%.
	for _, c := range []struct {
		row  BalanceRow
		want Figures
	}{
		{a, Figures{Planned: 105, Actual: 140, Target: 140, HasTarget: true, Off: 0, HasOff: true, OffShare: 0, Kept: 1 - 40.0/420, HasKept: true}},
		{bb, Figures{Planned: 23, Actual: 30, Target: 40, HasTarget: true, Off: -10, HasOff: true, OffShare: -0.25, Kept: 0.5, HasKept: true}},
		{d, Figures{Actual: 10}},
	} {
		if got := b.Figures(c.row); got != c.want {
			t.Errorf("%s: figures %+v, want %+v", c.row.Dimension.Name, got, c.want)
		}
	}
	if b.Focus == nil || b.Focus.DimensionID != bb.Dimension.ID || !bb.Focus || a.Focus {
		t.Errorf("the focus on 10 March should be B: %+v", b.Focus)
	}
	if got, want := b.Callout(data.NewDate(2026, 11, 22)), "B: 10m a day below target from 1 Mar to 10 Mar 2026."; got != want {
		t.Errorf("callout = %q, want %q", got, want)
	}
	if got, want := b.RangeLine(ShortDates), "10 days, 1 Mar to 10 Mar 2026; 7 days have no actual time recorded"; got != want {
		t.Errorf("range line = %q, want %q", got, want)
	}
}

func TestTargetsAcrossARangeBoundary(t *testing.T) {
	targets := []data.Target{
		{From: data.NewDate(2026, 1, 10), Minutes: map[int64]int{1: 10}},
		{From: data.NewDate(2026, 1, 20), Minutes: map[int64]int{1: 100}},
		{From: data.NewDate(2026, 2, 1), Minutes: map[int64]int{1: 1000}},
	}
	dims := []data.Dimension{{ID: 1, Name: "A"}}
	cases := []struct {
		from, to data.Date
		want     int
	}{
		{data.NewDate(2026, 1, 1), data.NewDate(2026, 1, 9), 0},                           // before any target
		{data.NewDate(2026, 1, 5), data.NewDate(2026, 1, 12), 3 * 10},                     // the first starts inside
		{data.NewDate(2026, 1, 15), data.NewDate(2026, 1, 24), 5*10 + 5*100},              // a change inside
		{data.NewDate(2026, 1, 25), data.NewDate(2026, 1, 31), 7 * 100},                   // inside one version
		{data.NewDate(2026, 1, 31), data.NewDate(2026, 2, 2), 100 + 2*1000},               // across the last change
		{data.NewDate(2026, 1, 1), data.NewDate(2026, 12, 31), 10*10 + 12*100 + 334*1000}, // the year: 10 days, 12 days, the rest
	}
	for _, c := range cases {
		rng, err := NewRange(c.from, c.to)
		if err != nil {
			t.Fatal(err)
		}
		b := ComputeBalance(rng, dims, nil, targets, nil)
		if got := b.Rows[0].Target; got != c.want {
			t.Errorf("%s..%s: target %d, want %d", c.from, c.to, got, c.want)
		}
	}
}

func TestCalloutWithoutTargetsOrShortfalls(t *testing.T) {
	dims := []data.Dimension{{ID: 1, Name: "A"}}
	today := data.NewDate(2026, 11, 22)
	rng := RangeOf(Month, today, 1)
	if got := ComputeBalance(rng, dims, nil, nil, nil).Callout(today); got != "Nothing recorded this month yet: plan and record your days on the Day planner, and their balance shows here." {
		t.Errorf("without days: %q", got)
	}
	days := []data.Day{{Date: today, Actual: map[int64]int{1: 30 * 60}}}
	if got := ComputeBalance(rng, dims, days, nil, nil).Callout(today); got != "No targets yet: set them to see where time falls short." {
		t.Errorf("without targets: %q", got)
	}
	targets := []data.Target{{From: rng.From, Minutes: map[int64]int{1: 60}}}
	if got := ComputeBalance(rng, dims, days, targets, nil).Callout(today); got != "Every dimension is on or above its target this month." {
		t.Errorf("on target: %q", got)
	}
	// Planned but not recorded yet: nothing to compare with the targets.
	planned := []data.Day{{Date: today, Planned: map[int64]int{1: 30}, Actual: map[int64]int{}}}
	if got := ComputeBalance(rng, dims, planned, targets, nil).Callout(today); got != "No actual time recorded this month yet: record your days on the Day planner to see them against the targets." {
		t.Errorf("planned only: %q", got)
	}
}
