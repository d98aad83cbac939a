package app

import (
	"context"
	"testing"

	"daymark/app/apptest"
	"daymark/data"
)

func TestCopyPlanToActualTouchesOnlyActiveDimensions(t *testing.T) {
	active := []data.Dimension{{ID: 1}, {ID: 2}}
	day := data.NewDay(data.NewDate(2026, 11, 2))
	day.Planned = map[int64]int{1: 60, 3: 30}
	day.Actual = map[int64]int{2: 45, 3: 10}

	got := CopyPlanToActual(day, active)
	want := map[int64]int{1: 60, 3: 10} // 2 had no plan: cleared; 3 is archived: kept
	if len(got.Actual) != len(want) || got.Actual[1] != 60 || got.Actual[3] != 10 {
		t.Errorf("actual = %v, want %v", got.Actual, want)
	}
	if day.Actual[2] != 45 {
		t.Error("CopyPlanToActual changed its input")
	}
}

func TestUsePlanBringsThePreviousPlanForActiveDimensions(t *testing.T) {
	active := []data.Dimension{{ID: 1}, {ID: 2}}
	day := data.NewDay(data.NewDate(2026, 11, 3))
	day.Planned = map[int64]int{1: 15, 3: 20}
	day.Actual = map[int64]int{1: 30}
	from := data.NewDay(data.NewDate(2026, 11, 2))
	from.Planned = map[int64]int{2: 120, 3: 500}

	got := UsePlan(day, from, active)
	if len(got.Planned) != 2 || got.Planned[2] != 120 || got.Planned[3] != 20 {
		t.Errorf("planned = %v; want People's 120 and the archived 20 kept", got.Planned)
	}
	if got.Actual[1] != 30 {
		t.Errorf("UsePlan changed actual minutes: %v", got.Actual)
	}
}

func TestPlannerSavesAndFindsThePreviousPlan(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	p := NewPlanner(store)
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	friday := data.NewDay(data.NewDate(2026, 11, 20))
	friday.Planned[dims[1].ID] = 180
	if err := p.SaveDay(ctx, friday); err != nil {
		t.Fatal(err)
	}
	prev, ok, err := p.PreviousPlan(ctx, data.NewDate(2026, 11, 23))
	if err != nil || !ok || prev.Date != friday.Date || prev.Planned[dims[1].ID] != 180 {
		t.Errorf("PreviousPlan from Monday = %v %v %v, want Friday's plan", prev, ok, err)
	}

	over := data.NewDay(data.NewDate(2026, 11, 23))
	over.Actual[dims[0].ID] = 1000
	over.Actual[dims[1].ID] = 500
	if err := p.SaveDay(ctx, over); data.ErrorCode(err) != data.EInvalid {
		t.Errorf("saving 1500 actual minutes: %v", err)
	}
	if got, _ := p.Day(ctx, over.Date); !got.IsEmpty() {
		t.Errorf("a refused day was partly saved: %+v", got)
	}
}

func TestUnallocated(t *testing.T) {
	if Unallocated(0) != 1440 || Unallocated(1440) != 0 || Unallocated(1500) != -60 {
		t.Error("Unallocated is not 1440 minus allocated")
	}
}

func TestRecordedListsTheDaysThatHoldSomething(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	p := NewPlanner(store)
	dims, _ := store.Dimensions(ctx)
	planned := data.NewDay(data.NewDate(2026, 11, 2))
	planned.Planned[dims[0].ID] = 60
	noted := data.NewDay(data.NewDate(2026, 11, 9))
	noted.Note = "a quiet day"
	outside := data.NewDay(data.NewDate(2026, 12, 1))
	outside.Actual[dims[1].ID] = 30
	for _, d := range []data.Day{planned, noted, outside} {
		if err := p.SaveDay(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	got, err := p.Recorded(ctx, data.NewDate(2026, 11, 1), data.NewDate(2026, 11, 30))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !got[planned.Date] || !got[noted.Date] {
		t.Errorf("Recorded in November = %v, want the 2nd and the 9th", got)
	}
}
