package data

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
)

// sumEvents settles a day the simplest way: each event's minutes to its
// dimension, everything typed by hand replaced.
func sumEvents(d ImportDay) (map[int64]int, map[int64]int, error) {
	m := map[int64]int{}
	for _, e := range d.Events {
		m[e.DimensionID] += int(e.End.Sub(e.Start).Minutes())
	}
	return m, m, nil
}

func event(source, uid string, date Date, hour, minutes int, dim int64) ImportedEvent {
	y, mo, d := date.t.Date()
	start := time.Date(y, mo, d, hour, 0, 0, 0, time.UTC)
	return ImportedEvent{Source: source, UID: uid, Date: date, Start: start, End: start.Add(time.Duration(minutes) * time.Minute), Title: uid, DimensionID: dim}
}

func TestApplyImportRemembersEventsAndNeverCountsOneTwice(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	people, value := dims[1].ID, dims[3].ID
	mon, tue := NewDate(2026, 10, 5), NewDate(2026, 10, 6)
	work := ImportBatch{Source: "Work", From: mon, To: tue, Events: []ImportedEvent{
		event("Work", "one@x", mon, 9, 30, people), event("Work", "plan@x", mon, 10, 90, value), event("Work", "one@x2", tue, 9, 30, people),
	}}
	for i := 0; i < 2; i++ { // the same file twice
		if err := s.ApplyImport(ctx, work, sumEvents); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.mustDay(t, mon).Actual; !reflect.DeepEqual(got, map[int64]int{people: 30, value: 90}) {
		t.Errorf("Monday after importing twice: %v", got)
	}

	// Another file (another name) holding one of the same events, and a new one.
	copyOf := ImportBatch{Source: "work (1).ics", From: mon, To: mon, Events: []ImportedEvent{
		event("work (1).ics", "plan@x", mon, 10, 90, value), event("work (1).ics", "gym@x", mon, 7, 60, dims[0].ID),
	}}
	if err := s.ApplyImport(ctx, copyOf, sumEvents); err != nil {
		t.Fatal(err)
	}
	if got := s.mustDay(t, mon).Actual; !reflect.DeepEqual(got, map[int64]int{people: 30, value: 90, dims[0].ID: 60}) {
		t.Errorf("Monday after an overlapping file: %v, want the plan counted once", got)
	}
	if got := s.mustDay(t, tue).Actual; got[people] != 30 {
		t.Errorf("Tuesday, outside the second file's range, changed: %v", got)
	}

	// The first calendar again, without the 1:1 of Monday: it was deleted.
	work.Events = work.Events[1:]
	if err := s.ApplyImport(ctx, work, sumEvents); err != nil {
		t.Fatal(err)
	}
	if got := s.mustDay(t, mon).Actual; !reflect.DeepEqual(got, map[int64]int{value: 90, dims[0].ID: 60}) {
		t.Errorf("Monday after the 1:1 left the calendar: %v", got)
	}
	c, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.ImportedEvents) != 3 || len(c.ImportedDays) != 2 {
		t.Errorf("remembered %d events and %d days, want 3 and 2: %+v", len(c.ImportedEvents), len(c.ImportedDays), c.ImportedEvents)
	}
}

func TestImportStateChangesNothingAndShowsTheMergedDay(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mon := NewDate(2026, 10, 5)
	typed := dayWith(mon, dims[0].ID, 60, 45)
	typed.Note = "typed"
	if err := s.SaveDay(ctx, typed); err != nil {
		t.Fatal(err)
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b := ImportBatch{Source: "Work", From: mon, To: mon.AddDays(6), Events: []ImportedEvent{event("Work", "a", mon, 9, 30, dims[1].ID)}}
	days, err := s.ImportState(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(days) != 1 || days[0].Day.Note != "typed" || days[0].Day.Actual[dims[0].ID] != 45 || len(days[0].Events) != 1 {
		t.Fatalf("state = %+v", days)
	}
	if r, _ := s.Revision(ctx); r != rev {
		t.Error("reading the state wrote something")
	}
	c, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.ImportedEvents) != 0 {
		t.Error("reading the state remembered events")
	}
}

func TestAFailedApplyChangesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mon := NewDate(2026, 10, 5)
	if err := s.SaveDay(ctx, dayWith(mon, dims[0].ID, 60, 45)); err != nil {
		t.Fatal(err)
	}
	before, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b := ImportBatch{Source: "Work", From: mon, To: mon.AddDays(1), Events: []ImportedEvent{
		event("Work", "a", mon, 9, 30, dims[1].ID), event("Work", "b", mon.AddDays(1), 9, 30, dims[1].ID),
	}}
	over := func(d ImportDay) (map[int64]int, map[int64]int, error) {
		if d.Day.Date == mon {
			return map[int64]int{dims[1].ID: 30}, nil, nil
		}
		m := map[int64]int{dims[1].ID: 1500}
		return m, m, nil
	}
	err = s.ApplyImport(ctx, b, over)
	if err == nil || !strings.Contains(ErrorMessage(err), "2026-10-06: actual minutes add up to 1500") {
		t.Errorf("error = %v", err)
	}
	unknown := b
	unknown.Events = []ImportedEvent{event("Work", "a", mon, 9, 30, 99)}
	if err := s.ApplyImport(ctx, unknown, sumEvents); err == nil {
		t.Error("an event of a dimension that does not exist was remembered")
	}
	outside := b
	outside.Events = []ImportedEvent{event("Work", "a", mon.AddDays(5), 9, 30, dims[1].ID)}
	if err := s.ApplyImport(ctx, outside, sumEvents); err == nil || !strings.Contains(ErrorMessage(err), "outside the range") {
		t.Errorf("an event outside the range: %v", err)
	}
	after, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Error("a failed import changed the database")
	}
	if r, _ := s.Revision(ctx); r != rev {
		t.Errorf("revision moved from %d to %d", rev, r)
	}
}

func (s *Store) mustDay(t *testing.T, d Date) Day {
	t.Helper()
	day, err := s.Day(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return day
}
