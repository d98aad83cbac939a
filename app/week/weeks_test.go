package week

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"daymark/app"
	"daymark/app/apptest"
	"daymark/app/capture"
	"daymark/data"
)

// The week of Monday 2 March 2026, and its days.
var (
	march2 = data.NewDate(2026, 3, 2)
	march  = app.Range{From: march2, To: march2.AddDays(6), Period: app.Week}
)

func TestTheWeekHoldingADateStartsOnTheChosenDay(t *testing.T) {
	for _, c := range []struct {
		date  data.Date
		first time.Weekday
		from  data.Date
	}{
		{data.NewDate(2026, 3, 4), time.Monday, march2},
		{data.NewDate(2026, 3, 8), time.Monday, march2},                   // Sunday ends a Monday week
		{data.NewDate(2026, 3, 8), time.Sunday, data.NewDate(2026, 3, 8)}, // and starts a Sunday one
		{data.NewDate(2026, 3, 7), time.Sunday, data.NewDate(2026, 3, 1)},
		{data.NewDate(2026, 1, 1), time.Monday, data.NewDate(2025, 12, 29)}, // across the new year
	} {
		if got := Of(c.date, c.first); got.From != c.from || got.To != c.from.AddDays(6) || got.Period != app.Week {
			t.Errorf("Of(%s, %s) = %+v, want from %s", c.date, c.first, got, c.from)
		}
	}
	if got := WeekdaysFrom(time.Sunday); got[0] != time.Sunday || got[6] != time.Saturday {
		t.Errorf("WeekdaysFrom(Sunday) = %v", got)
	}
}

func TestTheIdealWeekStartsFromTheTargetsUntilOneIsSet(t *testing.T) {
	s := apptest.OpenStore(t)
	ctx := context.Background()
	w := NewPlanner(s)
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := w.Ideal(ctx, march2); ok || err != nil {
		t.Fatalf("with no targets and no ideal week: %v %v", ok, err)
	}
	target := data.Target{From: data.NewDate(2026, 1, 1), Minutes: map[int64]int{dims[0].ID: 240, dims[1].ID: 180}}
	if err := s.SaveTarget(ctx, target); err != nil {
		t.Fatal(err)
	}
	ideal, ok, err := w.Ideal(ctx, march2)
	if err != nil {
		t.Fatal(err)
	}
	if !ok || !ideal.FromTargets || ideal.From != target.From {
		t.Fatalf("from the targets: %+v %v", ideal, ok)
	}
	for day := range 7 {
		if !reflect.DeepEqual(ideal.Minutes[day], target.Minutes) {
			t.Errorf("the ideal %s is %v, want the targets %v", time.Weekday(day), ideal.Minutes[day], target.Minutes)
		}
	}
	set := data.NewIdealWeek(data.NewDate(2026, 3, 4))
	set.Minutes[time.Saturday] = map[int64]int{dims[0].ID: 600}
	if err := w.SaveIdealWeek(ctx, set); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		date        data.Date
		fromTargets bool
		saturday    int
	}{
		{march2, true, 240},                    // before the version: the targets still
		{data.NewDate(2026, 3, 4), false, 600}, // the version, from a Wednesday
		{data.NewDate(2027, 1, 1), false, 600},
	} {
		ideal, ok, err := w.Ideal(ctx, c.date)
		if err != nil {
			t.Fatal(err)
		}
		if !ok || ideal.FromTargets != c.fromTargets || ideal.On(time.Saturday)[dims[0].ID] != c.saturday {
			t.Errorf("Ideal(%s) = %+v", c.date, ideal)
		}
	}
	if _, versions, _ := w.IdealWeeks(ctx); len(versions) != 1 {
		t.Errorf("versions: %+v", versions)
	}
	if err := w.DeleteIdealWeek(ctx, set.From); err != nil {
		t.Fatal(err)
	}
	if ideal, _, _ := w.Ideal(ctx, data.NewDate(2027, 1, 1)); !ideal.FromTargets {
		t.Errorf("after deleting the version: %+v", ideal)
	}
}

func TestTheWeeksTotalsAreTheSumsOfItsDays(t *testing.T) {
	w, _, dims := weekStore(t)
	a, b, old := dims[0].ID, dims[1].ID, dims[4].ID
	p, err := w.Plan(context.Background(), march)
	if err != nil {
		t.Fatal(err)
	}
	if p.Days[0].Date != march2 || p.Days[6].Date != march.To || !p.Days[5].IsEmpty() || p.Days[2].Note != "offsite" {
		t.Errorf("days: %+v", p.Days)
	}
	if p.Days[1].Actual[b] != 75 || p.Days[1].Timed[b] != 30 {
		t.Errorf("Tuesday's actual time is typed + timed: %+v", p.Days[1])
	}
	got := p.Totals()
	want := Totals{
		Planned: map[int64]int{a: 120, b: 240, old: 30},
		Actual:  map[int64]int{a: 100, b: 375},
		Target:  map[int64]int{a: 3*60 + 4*90, b: 3 * 180}, // the target in force on each day, missing days included
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("totals = %+v\nwant %+v", got, want)
	}
	var names []string
	for _, d := range p.Dims {
		names = append(names, d.Name)
	}
	if strings.Join(names, ", ") != "My self, People, Organisational improvement, Value management, Old job" {
		t.Errorf("rows: %v (an archived dimension with minutes in the week is shown)", names)
	}
	donut := p.Donut()
	if donut.Centre != "7h 55m" || donut.Caption != "actual of 168h" || donut.Slices[len(donut.Slices)-1].Minutes != 7*1440-475 {
		t.Errorf("donut: %+v", donut)
	}
	if bars := p.Bars(); bars.Rows[1].Actual != 375 || bars.Rows[1].TargetText != "9h" || bars.Rows[4].Label != "Old job" {
		t.Errorf("bars: %+v", bars.Rows)
	}
}

func TestFillingTheWeekFromTheIdealWeekKeepsDaysThatHaveAPlan(t *testing.T) {
	w, s, dims := weekStore(t)
	ctx := context.Background()
	a, b := dims[0].ID, dims[1].ID
	ideal := data.NewIdealWeek(data.NewDate(2026, 1, 5))
	for _, d := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday} {
		ideal.Minutes[d] = map[int64]int{a: 90, b: 300}
	}
	ideal.Minutes[time.Saturday] = map[int64]int{a: 600, dims[4].ID: 60} // the archived dimension's minutes are not planned
	if err := w.SaveIdealWeek(ctx, ideal); err != nil {
		t.Fatal(err)
	}
	before, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fills, err := w.ApplyIdeal(ctx, march, false)
	if err != nil {
		t.Fatal(err)
	}
	var results []string
	for _, f := range fills {
		results = append(results, f.Result)
	}
	if strings.Join(results, " ") != "kept filled filled filled filled filled nothing" {
		t.Errorf("results: %v", results)
	}
	if !reflect.DeepEqual(fills[5].Planned, map[int64]int{a: 600}) {
		t.Errorf("Saturday: %+v", fills[5])
	}
	p, err := w.Plan(ctx, march)
	if err != nil {
		t.Fatal(err)
	}
	if p.Days[0].Planned[b] != 240 || p.Days[1].Planned[b] != 300 || p.Days[1].Actual[b] != 75 || p.Days[1].Timed[b] != 30 || p.Days[2].Note != "offsite" || p.Days[5].Planned[a] != 600 {
		t.Errorf("after filling: %+v", p.Days)
	}
	if !p.Days[6].IsEmpty() {
		t.Errorf("Sunday, which the ideal week leaves empty, was stored: %+v", p.Days[6])
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fills, _ := w.ApplyIdeal(ctx, march, false); fills[1].Result != KeptPlan {
		t.Errorf("again: %+v", fills)
	}
	if r, _ := s.Revision(ctx); r != rev {
		t.Error("filling a week with nothing to fill wrote to the database")
	}
	fills, err = w.ApplyIdeal(ctx, march, true)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ = w.Plan(ctx, march); fills[0].Result != Filled || !reflect.DeepEqual(p.Days[0].Planned, map[int64]int{a: 90, b: 300, dims[4].ID: 30}) || p.Days[0].Actual[b] != 300 {
		t.Errorf("replacing Monday: %+v %+v (the archived dimension's plan stays, as in the Day planner)", fills[0], p.Days[0])
	}
	after, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before.Intervals, after.Intervals) || !reflect.DeepEqual(before.TimedParts, after.TimedParts) {
		t.Error("filling the plan changed what was timed")
	}

	// With no ideal week and no targets there is nothing to fill from.
	empty := NewPlanner(apptest.OpenStore(t))
	if fills, err := empty.ApplyIdeal(ctx, march, false); err != nil || fills[0].Result != NoSource {
		t.Errorf("with nothing to fill from: %+v %v", fills, err)
	}
}

func TestCopyClearAndSaveTheWeek(t *testing.T) {
	w, s, dims := weekStore(t)
	ctx := context.Background()
	a, b := dims[0].ID, dims[1].ID
	p, err := w.Plan(ctx, march)
	if err != nil {
		t.Fatal(err)
	}
	next, err := w.Plan(ctx, march.Shift(1))
	if err != nil {
		t.Fatal(err)
	}

	copied, fills := next.CopyPlan(p, false)
	if fills[0].Result != Filled || fills[1].Result != NothingIn || !reflect.DeepEqual(copied.Days[0].Planned, map[int64]int{a: 120, b: 240}) {
		t.Errorf("copying last week: %+v %+v", fills, copied.Days[0])
	}
	cleared := p.ClearPlan(0)
	if len(cleared.Days[0].Planned) != 0 || cleared.Days[0].Actual[b] != 300 || len(p.Days[0].Planned) != 3 {
		t.Errorf("clearing Monday: %+v (the plan it came from: %+v)", cleared.Days[0], p.Days[0])
	}
	if cleared.Totals().Planned[b] != 0 || cleared.Totals().Actual[b] != 375 {
		t.Errorf("totals after clearing: %+v", cleared.Totals())
	}

	// A day over 1440 minutes: refused in the Day planner's words, nothing saved.
	over := cleared.Days[3].Clone()
	over.Planned[a], over.Planned[b] = 1000, 500
	bad := cleared.WithDay(over)
	before, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.Save(ctx, bad)
	if want := "The plan of Thursday 5 March 2026 adds up to 25h, 1h more than the 24 hours in a day."; err == nil || data.ErrorMessage(err) != want {
		t.Errorf("saving a day over 1440: %v, want %q", err, want)
	}
	if after, _ := s.Contents(ctx); !reflect.DeepEqual(before, after) {
		t.Error("a refused week changed the database")
	}
	under := cleared.Days[1].Clone()
	under.Actual[b] = 10 // less than the 30 minutes timed
	if problems := cleared.WithDay(under).Problems(); len(problems) != 1 || !strings.HasPrefix(problems[0], "Tuesday 3 March 2026: 30m of the actual time were timed, but the actual minutes say 10m") {
		t.Errorf("actual time under what was timed: %q", problems)
	}

	// Saving writes the days that changed; the timer counted meanwhile.
	tue := cleared.Days[1].Clone()
	tue.Planned[a] = 60
	tue.Actual[b] = 90 // 60m typed now, beside the 30m timed
	tm := capture.NewTimer(s)
	tm.Location, tm.Now = apptest.London, func() time.Time { return apptest.InLondon(2026, 3, 3, 12, 0, 0) }
	if _, err := tm.Correct(ctx, data.Interval{DimensionID: b, Start: apptest.InLondon(2026, 3, 3, 10, 0, 0), End: apptest.InLondon(2026, 3, 3, 10, 20, 0)}); err != nil {
		t.Fatal(err)
	}
	got, err := w.Save(ctx, cleared.WithDay(tue))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Changed()) != 0 {
		t.Errorf("the week returned after saving has changes: %+v", got.Changed())
	}
	if len(got.Days[0].Planned) != 0 || got.Days[0].Actual[b] != 300 || got.Days[1].Planned[a] != 60 || got.Days[1].Actual[b] != 110 || got.Days[1].Timed[b] != 50 {
		t.Errorf("after saving: Monday %+v, Tuesday %+v (60m typed + 50m timed)", got.Days[0], got.Days[1])
	}
}
