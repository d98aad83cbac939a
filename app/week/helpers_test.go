// The helpers that several test files of this package share.

package week

import (
	"context"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/app/capture"
	"daymark/data"
)

// weekStore is a database with the week of 2 March 2026 partly recorded:
// Monday planned and recorded, Tuesday with actual time only (30m of it
// timed), Wednesday with a note only, the rest not stored; a target that
// changes on Thursday; an archived dimension with minutes on Monday.
func weekStore(t *testing.T) (*Planner, *data.Store, []data.Dimension) {
	t.Helper()
	ctx := context.Background()
	s := apptest.OpenStore(t)
	tm := capture.NewTimer(s)
	tm.Location, tm.Now = apptest.London, func() time.Time { return apptest.InLondon(2026, 3, 3, 12, 0, 0) }
	old := data.Dimension{Name: "Old job", Colour: "#123456"}
	if err := s.CreateDimension(ctx, &old); err != nil {
		t.Fatal(err)
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, b := dims[0].ID, dims[1].ID
	mon := data.NewDay(march2)
	mon.Planned = map[int64]int{a: 120, b: 240, old.ID: 30}
	mon.Actual = map[int64]int{a: 100, b: 300}
	tue := data.NewDay(march2.AddDays(1))
	tue.Actual = map[int64]int{b: 45}
	wed := data.NewDay(march2.AddDays(2))
	wed.Note = "offsite"
	if err := s.SaveDays(ctx, []data.Day{mon, tue, wed}); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.Correct(ctx, data.Interval{DimensionID: b, Start: apptest.InLondon(2026, 3, 3, 9, 0, 0), End: apptest.InLondon(2026, 3, 3, 9, 30, 0)}); err != nil {
		t.Fatal(err)
	}
	old.Archived = true
	if err := s.UpdateDimension(ctx, old); err != nil {
		t.Fatal(err)
	}
	for _, tg := range []data.Target{
		{From: data.NewDate(2026, 1, 1), Minutes: map[int64]int{a: 60, b: 180}},
		{From: march2.AddDays(3), Minutes: map[int64]int{a: 90}},
	} {
		if err := s.SaveTarget(ctx, tg); err != nil {
			t.Fatal(err)
		}
	}
	dims, err = s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w := NewPlanner(s)
	w.Now = func() time.Time { return apptest.InLondon(2026, 3, 3, 12, 0, 0) }
	return w, s, dims
}
