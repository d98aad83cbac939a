package data

import (
	"context"
	"database/sql"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestIdealWeekVersionsAndTheOneInForce(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	jan := NewIdealWeek(NewDate(2026, 1, 5))
	jan.Minutes[time.Monday] = map[int64]int{dims[0].ID: 120, dims[1].ID: 240}
	jan.Minutes[time.Saturday] = map[int64]int{dims[0].ID: 600}
	mar := NewIdealWeek(NewDate(2026, 3, 4)) // a Wednesday: versions start on any day
	mar.Minutes[time.Monday] = map[int64]int{dims[1].ID: 300}
	for _, w := range []IdealWeek{mar, jan} {
		if err := s.SaveIdealWeek(ctx, w); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.IdealWeeks(ctx)
	if err != nil || !reflect.DeepEqual(all, []IdealWeek{jan, mar}) {
		t.Fatalf("IdealWeeks = %+v, %v", all, err)
	}
	for _, c := range []struct {
		date   Date
		ok     bool
		people int
	}{
		{NewDate(2026, 1, 4), false, 0},
		{NewDate(2026, 1, 5), true, 240},
		{NewDate(2026, 3, 3), true, 240},
		{NewDate(2026, 3, 4), true, 300},
	} {
		got, ok := IdealWeekOn(all, c.date)
		if ok != c.ok || got.On(time.Monday)[dims[1].ID] != c.people {
			t.Errorf("IdealWeekOn(%s) = %v %+v", c.date, ok, got)
		}
	}

	// Saving the same date again replaces the version; one that plans
	// nothing stays a version.
	if err := s.SaveIdealWeek(ctx, NewIdealWeek(jan.From)); err != nil {
		t.Fatal(err)
	}
	if all, _ = s.IdealWeeks(ctx); len(all) != 2 || !reflect.DeepEqual(all[0], NewIdealWeek(jan.From)) {
		t.Errorf("after emptying January: %+v", all)
	}
	if err := s.DeleteIdealWeek(ctx, mar.From); err != nil {
		t.Fatal(err)
	}
	if all, _ = s.IdealWeeks(ctx); len(all) != 1 || all[0].From != jan.From {
		t.Errorf("after deleting March: %+v", all)
	}
}

func TestAnIdealDayNeverExceeds1440MinutesAndABadVersionChangesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	good := NewIdealWeek(NewDate(2026, 1, 5))
	good.Minutes[time.Tuesday] = map[int64]int{dims[0].ID: 1440}
	if err := s.SaveIdealWeek(ctx, good); err != nil {
		t.Fatal(err)
	}
	over := NewIdealWeek(good.From)
	over.Minutes[time.Sunday] = map[int64]int{dims[0].ID: 1000, dims[1].ID: 500}
	negative := NewIdealWeek(good.From)
	negative.Minutes[time.Friday] = map[int64]int{dims[0].ID: -5}
	unknown := NewIdealWeek(good.From)
	unknown.Minutes[time.Monday] = map[int64]int{99: 60}
	for _, c := range []struct {
		w    IdealWeek
		want string
	}{
		{over, "the ideal Sunday adds up to 1500 minutes, more than the 1440 in a day"},
		{negative, "the ideal Friday: minutes cannot be negative"},
		{unknown, "the ideal week names a dimension that does not exist (id 99)"},
		{IdealWeek{}, "the date is missing"},
	} {
		if err := s.SaveIdealWeek(ctx, c.w); err == nil || ErrorMessage(err) != c.want {
			t.Errorf("error = %v, want %q", err, c.want)
		}
	}
	if all, _ := s.IdealWeeks(ctx); len(all) != 1 || !reflect.DeepEqual(all[0], good) {
		t.Errorf("a refused version changed the stored one: %+v", all)
	}

	// The file refuses an ideal day over 1440 minutes whoever writes.
	db, err := sql.Open("sqlite3", s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = db.Exec("INSERT INTO ideal_week_minutes VALUES ('2026-01-05', 2, ?, 1)", dims[1].ID)
	if err == nil || !strings.Contains(err.Error(), "ideal day over 1440 minutes") {
		t.Errorf("the file took a Tuesday of 1441 minutes: %v", err)
	}
}
