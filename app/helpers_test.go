// The helpers that several test files of this package share.

package app

import (
	"context"
	"testing"

	"daymark/app/apptest"
	"daymark/data"
)

// balanceFixture is worked out by hand in the comments of TestBalanceFigures.
func balanceFixture(t *testing.T) (*data.Store, []data.Dimension) {
	t.Helper()
	store := apptest.OpenStore(t)
	ctx := context.Background()
	if err := store.Replace(ctx, data.Contents{
		Dimensions: []data.Dimension{
			{ID: 1, Name: "A", Colour: "#111111", Position: 1},
			{ID: 2, Name: "B", Colour: "#222222", Position: 2},
			{ID: 3, Name: "C", Colour: "#333333", Position: 3, Archived: true},
			{ID: 4, Name: "D", Colour: "#444444", Position: 4, Archived: true},
		},
		Days: []data.Day{
			{Date: data.NewDate(2026, 3, 1), Planned: map[int64]int{1: 120, 2: 60}, Actual: map[int64]int{1: 100, 2: 90}},
			{Date: data.NewDate(2026, 3, 2), Planned: map[int64]int{1: 120}, Actual: map[int64]int{1: 120}},
			{Date: data.NewDate(2026, 3, 6), Planned: map[int64]int{1: 180}, Actual: map[int64]int{1: 200, 4: 30}},
			{Date: data.NewDate(2026, 3, 10), Planned: map[int64]int{2: 30}, Actual: map[int64]int{}},
			{Date: data.NewDate(2026, 3, 11), Planned: map[int64]int{1: 999}, Actual: map[int64]int{1: 999}}, // after the range
		},
		Targets: []data.Target{
			{From: data.NewDate(2026, 2, 1), Minutes: map[int64]int{1: 120, 2: 60}},
			{From: data.NewDate(2026, 3, 6), Minutes: map[int64]int{1: 180}},
		},
		Focus: []data.Focus{
			{Started: data.NewDate(2026, 2, 15), DimensionID: 2, Reason: "new team"},
			{Started: data.NewDate(2026, 3, 20), DimensionID: 1},
		},
	}); err != nil {
		t.Fatal(err)
	}
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return store, dims
}
