package sync

import (
	"context"
	"strings"
	"testing"
	"time"

	"daymark/data"
)

// pair returns two devices in step, their clocks now (moved by the test).
func pair(t *testing.T, now *time.Time) (*device, *device, string) {
	t.Helper()
	dir := folder(t)
	clock := func() time.Time { return *now }
	a := openDevice(t, t.TempDir()+"/work.db", clock)
	b := openDevice(t, t.TempDir()+"/home.db", clock)
	a.round(dir)
	b.round(dir)
	a.round(dir)
	return a, b, dir
}

// both runs rounds until both devices have each other's changes.
func both(a, b *device, dir string) {
	a.round(dir)
	b.round(dir)
	a.round(dir)
	b.round(dir)
}

func TestAMergeNeverMakesADayOver1440Minutes(t *testing.T) {
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	a, b, dir := pair(t, &now)
	date := data.NewDate(2026, 3, 2)
	day := a.day(date)
	day.Planned[a.dim("People")] = 800
	a.saveDay(day)
	now = now.Add(time.Minute)
	day = b.day(date)
	day.Planned[b.dim("My self")] = 800 // 1600 with work's: the later, home's, keeps its day
	day.Note = "home"
	b.saveDay(day)
	both(a, b, dir)
	same(t, a, b)
	for _, d := range []*device{a, b} {
		got := d.day(date)
		if got.PlannedTotal() > 1440 || got.Planned[d.dim("My self")] != 800 || got.Planned[d.dim("People")] != 0 || got.Note != "home" {
			t.Errorf("%s holds %v %q", d.path, got.Planned, got.Note)
		}
		list := d.conflicts()
		if len(list) != 1 || list[0].What != "Mon 2 Mar 2026: the planned time of “People”" || list[0].Here != "none" || list[0].Other != "13h 20m" {
			t.Errorf("the plan taken back is a conflict: %+v", list)
		}
	}
	// Picking it back would break the rule: refused, with a sentence.
	list := a.conflicts()
	err := a.syncer.TakeOther(context.Background(), list[0].ID)
	if err == nil || !strings.Contains(data.ErrorMessage(err), "the planned minutes would add up to 26h 40m, more than the 24 hours") {
		t.Errorf("taking the other plan: %v", err)
	}
	if got := a.day(date).Planned[a.dim("People")]; got != 0 || len(a.conflicts()) != 1 {
		t.Errorf("a refused pick changed something: %d", got)
	}
}

func TestAMergeKeepsOneTimerRunningAndIntervalsApart(t *testing.T) {
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	a, b, dir := pair(t, &now)
	ctx := context.Background()
	utc := data.Recount{Location: time.UTC}
	at := func(h, m int) time.Time { return time.Date(2026, 3, 2, h, m, 0, 0, time.UTC) }
	// Work times People 9:00–10:00; home, not knowing, My self 9:30–10:30
	// and then starts a timer that runs; work starts one too, earlier.
	if err := a.store.ChangeTimer(ctx, data.TimerChange{Add: []data.Interval{{ID: data.NewIntervalID(), DimensionID: a.dim("People"), Start: at(9, 0), End: at(10, 0)}}}, utc); err != nil {
		t.Fatal(err)
	}
	if err := a.store.ChangeTimer(ctx, data.TimerChange{Add: []data.Interval{{ID: data.NewIntervalID(), DimensionID: a.dim("Value management"), Start: at(11, 0)}}}, utc); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Minute)
	if err := b.store.ChangeTimer(ctx, data.TimerChange{Add: []data.Interval{{ID: data.NewIntervalID(), DimensionID: b.dim("My self"), Start: at(9, 30), End: at(10, 30)}}}, utc); err != nil {
		t.Fatal(err)
	}
	if err := b.store.ChangeTimer(ctx, data.TimerChange{Add: []data.Interval{{ID: data.NewIntervalID(), DimensionID: b.dim("People"), Start: at(12, 0)}}}, utc); err != nil {
		t.Fatal(err)
	}
	both(a, b, dir)
	same(t, a, b)
	for _, d := range []*device{a, b} {
		ivs, err := d.store.Intervals(ctx, at(0, 0), at(23, 0))
		if err != nil {
			t.Fatal(err)
		}
		if len(ivs) != 2 || ivs[0].Start != at(9, 30) || !ivs[1].Running() || ivs[1].Start != at(12, 0) {
			t.Fatalf("the intervals kept: %+v", ivs)
		}
		if problems, err := d.store.Check(ctx); err != nil || len(problems) > 0 {
			t.Errorf("the file after the merge: %v %v", problems, err)
		}
		day := d.day(data.NewDate(2026, 3, 2))
		if day.Actual[d.dim("My self")] < day.Timed[d.dim("My self")] || day.ActualTotal() > 1440 {
			t.Errorf("the day: %+v", day)
		}
		if list := d.conflicts(); len(list) != 2 || list[0].Here != "deleted" || list[1].Here != "deleted" {
			t.Errorf("the intervals taken back are conflicts: %+v", list)
		}
	}
}

func TestAMergeNeverLeavesActualMinutesUnderTheTimedOnes(t *testing.T) {
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	a, b, dir := pair(t, &now)
	ctx := context.Background()
	date := data.NewDate(2026, 3, 2)
	// Home times an hour of People; work, later and not knowing, types
	// half an hour of People's actual time.
	if err := b.store.ChangeTimer(ctx, data.TimerChange{Add: []data.Interval{{ID: data.NewIntervalID(), DimensionID: b.dim("People"),
		Start: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), End: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}}}, data.Recount{Location: time.UTC}); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Minute)
	day := a.day(date)
	day.Actual[a.dim("People")] = 30
	a.saveDay(day)
	both(a, b, dir)
	same(t, a, b)
	for _, d := range []*device{a, b} {
		got := d.day(date)
		if got.Actual[d.dim("People")] != 60 || got.Timed[d.dim("People")] != 60 {
			t.Errorf("the actual minutes are %v, timed %v", got.Actual, got.Timed)
		}
		if list := d.conflicts(); len(list) != 1 || list[0].Other != "30m" || list[0].Here != "1h" {
			t.Errorf("the typed half hour is a conflict: %+v", list)
		}
	}
}
