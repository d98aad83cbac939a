package data

import (
	"context"
	"strings"
	"testing"
)

func dayWith(date Date, dim int64, planned, actual int) Day {
	d := NewDay(date)
	d.put(dim, planned, actual, 0)
	return d
}

func TestSaveDayRoundTripsAndReplaces(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	date := NewDate(2026, 11, 22)

	day := NewDay(date)
	day.Note = "Offsite 🚀 \"quotes\"\nsecond line"
	day.Planned[dims[0].ID] = 90
	day.Planned[dims[1].ID] = 240
	day.Actual[dims[1].ID] = 300
	if err := s.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	got, err := s.Day(ctx, date)
	if err != nil {
		t.Fatal(err)
	}
	if got.Note != day.Note || got.PlannedTotal() != 330 || got.ActualTotal() != 300 || got.Actual[dims[1].ID] != 300 {
		t.Errorf("got %+v", got)
	}

	// Saving again replaces: the first dimension's plan is gone.
	day.Planned = map[int64]int{dims[2].ID: 60}
	if err := s.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	got, err = s.Day(ctx, date)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Planned) != 1 || got.Planned[dims[2].ID] != 60 {
		t.Errorf("after replacing, planned = %v", got.Planned)
	}

	// An empty day removes the date, so the database is empty again.
	if err := s.SaveDay(ctx, NewDay(date)); err != nil {
		t.Fatal(err)
	}
	if empty, err := s.IsEmpty(ctx); err != nil || !empty {
		t.Errorf("IsEmpty = %v, %v after clearing the only day", empty, err)
	}
}

func TestSaveDayRefusesBadDaysAndChangesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	date := NewDate(2026, 11, 22)
	good := dayWith(date, dims[0].ID, 60, 60)
	if err := s.SaveDay(ctx, good); err != nil {
		t.Fatal(err)
	}

	over := NewDay(date)
	over.Planned[dims[0].ID] = 1000
	over.Planned[dims[1].ID] = 441
	overActual := dayWith(date, dims[0].ID, 0, 1441)
	negative := dayWith(date, dims[0].ID, -5, 0)
	unknown := dayWith(date, 999, 30, 0)
	longNote := dayWith(date, dims[0].ID, 30, 0)
	longNote.Note = strings.Repeat("é", MaxNote+1)
	cases := []struct {
		name string
		day  Day
		want string
	}{
		{"plan over 1440", over, "planned minutes add up to 1441"},
		{"actual over 1440", overActual, "actual minutes add up to 1441"},
		{"negative", negative, "cannot be negative"},
		{"unknown dimension", unknown, "does not exist"},
		{"note too long", longNote, "note is too long"},
		{"no date", NewDay(Date{}), "date is missing"},
		{"date out of range", dayWith(NewDate(3001, 1, 1), dims[0].ID, 1, 0), "out of range"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := s.SaveDay(ctx, c.day)
			if ErrorCode(err) != EInvalid || !strings.Contains(ErrorMessage(err), c.want) {
				t.Errorf("error = %v, want an invalid error saying %q", err, c.want)
			}
			got, err := s.Day(ctx, date)
			if err != nil {
				t.Fatal(err)
			}
			if got.Planned[dims[0].ID] != 60 || got.Actual[dims[0].ID] != 60 || len(got.Planned) != 1 {
				t.Errorf("the stored day changed: %+v", got)
			}
		})
	}
}

func TestSaveDaysIsAllOrNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	days := []Day{
		dayWith(NewDate(2026, 1, 1), dims[0].ID, 60, 0),
		dayWith(NewDate(2026, 1, 2), dims[0].ID, 2000, 0),
	}
	if err := s.SaveDays(ctx, days); err == nil {
		t.Fatal("saved a day over 1440")
	}
	if empty, _ := s.IsEmpty(ctx); !empty {
		t.Error("the valid first day was saved although the batch failed")
	}
}

func TestTheFileItselfRefusesMoreThan1440Minutes(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 5, 5), dims[0].ID, 1000, 0)); err != nil {
		t.Fatal(err)
	}
	_, err = s.db.Exec("INSERT INTO entry (date, dimension_id, planned) VALUES ('2026-05-05', ?, 441)", dims[1].ID)
	if err == nil || !strings.Contains(err.Error(), "1440") {
		t.Errorf("a raw insert over budget: %v", err)
	}
}

func TestPlanBefore(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.PlanBefore(ctx, NewDate(2026, 6, 10)); ok || err != nil {
		t.Fatalf("found a plan in an empty database: %v", err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 6, 1), dims[0].ID, 100, 0)); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 6, 5), dims[1].ID, 200, 0)); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 6, 8), dims[1].ID, 0, 50)); err != nil {
		t.Fatal(err)
	} // actual only: not a plan
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 6, 10), dims[2].ID, 300, 0)); err != nil {
		t.Fatal(err)
	}

	day, ok, err := s.PlanBefore(ctx, NewDate(2026, 6, 10))
	if err != nil || !ok {
		t.Fatalf("PlanBefore: %v, %v", ok, err)
	}
	if day.Date != NewDate(2026, 6, 5) || day.Planned[dims[1].ID] != 200 {
		t.Errorf("PlanBefore = %s %v, want 2026-06-05 with 200 minutes of People", day.Date, day.Planned)
	}
}

func TestDayEqualTreatsMissingAsZero(t *testing.T) {
	a := dayWith(NewDate(2026, 1, 1), 1, 30, 0)
	b := a.Clone()
	b.Actual[2] = 0
	if !a.Equal(b) {
		t.Error("a zero entry made days differ")
	}
	b.Planned[1] = 31
	if a.Equal(b) {
		t.Error("different minutes compare equal")
	}
	c := a.Clone()
	c.Note = "x"
	if a.Equal(c) {
		t.Error("different notes compare equal")
	}
}
