package data

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the fixed zones below, on any machine
)

// berlin is a fixed zone for the timer's tests: midnight and the changes of
// the clocks are where the tests expect them, whatever the machine's zone.
func berlin(t testing.TB) *time.Location {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// at is a time in loc, whole minutes.
func at(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, loc)
}

// timedDay reads a day and returns its actual and timed minutes.
func timedDay(t *testing.T, s *Store, d Date) (map[int64]int, map[int64]int) {
	t.Helper()
	day, err := s.Day(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return day.Actual, day.Timed
}

func TestStoppedIntervalsLandInTheActualMinutesOfEachDayTheySpan(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	loc := berlin(t)
	r := Recount{Location: loc}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, b := dims[0].ID, dims[1].ID
	typed := NewDay(NewDate(2026, 3, 2))
	typed.Actual[a] = 30 // typed by hand before any timer
	if err := s.SaveDay(ctx, typed); err != nil {
		t.Fatal(err)
	}

	first := Interval{ID: NewIntervalID(), DimensionID: a, Start: at(loc, 2026, 3, 2, 22, 0)}
	if err := s.ChangeTimer(ctx, TimerChange{Add: []Interval{first}}, r); err != nil {
		t.Fatal(err)
	}
	if running, ok, _ := s.Running(ctx); !ok || running.ID != first.ID || !running.Start.Equal(first.Start) {
		t.Fatalf("running = %+v %v, want the interval started", running, ok)
	}
	if actual, _ := timedDay(t, s, NewDate(2026, 3, 2)); actual[a] != 30 {
		t.Errorf("a running timer changed the actual minutes: %v", actual)
	}
	// Switch at 00:30 local: 2h on the 2nd, 30m on the 3rd.
	second := Interval{ID: NewIntervalID(), DimensionID: b, Start: at(loc, 2026, 3, 3, 0, 30), Note: "one-to-ones"}
	if err := s.ChangeTimer(ctx, TimerChange{Running: first.ID, StopAt: second.Start, Add: []Interval{second}}, r); err != nil {
		t.Fatal(err)
	}
	if err := s.ChangeTimer(ctx, TimerChange{Running: second.ID, StopAt: at(loc, 2026, 3, 3, 1, 0)}, r); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		date          Date
		actual, timed map[int64]int
	}{
		{NewDate(2026, 3, 2), map[int64]int{a: 150}, map[int64]int{a: 120}},
		{NewDate(2026, 3, 3), map[int64]int{a: 30, b: 30}, map[int64]int{a: 30, b: 30}},
	} {
		actual, timed := timedDay(t, s, c.date)
		if !reflect.DeepEqual(actual, c.actual) || !reflect.DeepEqual(timed, c.timed) {
			t.Errorf("%s: actual %v timed %v, want %v and %v", c.date, actual, timed, c.actual, c.timed)
		}
	}
	if _, ok, _ := s.Running(ctx); ok {
		t.Error("a timer still runs after the stop")
	}

	// A correction moves the minutes; a deletion takes them away.
	moved := first
	moved.End, moved.DimensionID = at(loc, 2026, 3, 2, 23, 0), b
	if err := s.SaveInterval(ctx, moved, r); err != nil {
		t.Fatal(err)
	}
	if actual, timed := timedDay(t, s, NewDate(2026, 3, 2)); !reflect.DeepEqual(actual, map[int64]int{a: 30, b: 60}) || !reflect.DeepEqual(timed, map[int64]int{b: 60}) {
		t.Errorf("after the correction the 2nd holds actual %v timed %v", actual, timed)
	}
	if actual, _ := timedDay(t, s, NewDate(2026, 3, 3)); !reflect.DeepEqual(actual, map[int64]int{b: 30}) {
		t.Errorf("after the correction the 3rd holds actual %v, want only the second interval's 30", actual)
	}
	if err := s.DeleteInterval(ctx, moved.ID, r); err != nil {
		t.Fatal(err)
	}
	if actual, timed := timedDay(t, s, NewDate(2026, 3, 2)); !reflect.DeepEqual(actual, map[int64]int{a: 30}) || len(timed) != 0 {
		t.Errorf("after the deletion the 2nd holds actual %v timed %v, want the typed 30 alone", actual, timed)
	}
	if err := s.DeleteInterval(ctx, moved.ID, r); ErrorCode(err) != ENotFound {
		t.Errorf("deleting it twice: %v", err)
	}
	if err := s.DeleteInterval(ctx, second.ID, r); err != nil {
		t.Fatal(err)
	}
	if days, _ := s.Days(ctx, NewDate(2026, 3, 3), NewDate(2026, 3, 3)); len(days) != 0 {
		t.Errorf("a day left with nothing is still stored: %+v", days)
	}
}

func TestDaysWhenTheClocksChangeAreCutAtLocalMidnight(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	loc := berlin(t)
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id := dims[0].ID
	// 29 March 2026 has 23 hours in Berlin; 25 October 2026 has 25.
	for _, c := range []struct {
		from, to    time.Time
		date        Date
		want, after int
	}{
		{at(loc, 2026, 3, 28, 23, 0), at(loc, 2026, 3, 30, 1, 0), NewDate(2026, 3, 29), 1380, 60},
		{at(loc, 2026, 10, 25, 0, 0), at(loc, 2026, 10, 25, 23, 0), NewDate(2026, 10, 25), 1440, 0}, // 24 of its 25 hours
	} {
		iv := Interval{ID: NewIntervalID(), DimensionID: id, Start: c.from, End: c.to}
		if err := s.SaveInterval(ctx, iv, Recount{Location: loc}); err != nil {
			t.Fatal(err)
		}
		if actual, timed := timedDay(t, s, c.date); actual[id] != c.want || timed[id] != c.want {
			t.Errorf("%s: actual %d timed %d, want %d", c.date, actual[id], timed[id], c.want)
		}
		if actual, _ := timedDay(t, s, c.date.AddDays(1)); actual[id] != c.after {
			t.Errorf("%s: actual %d, want %d", c.date.AddDays(1), actual[id], c.after)
		}
	}
	whole := Interval{ID: NewIntervalID(), DimensionID: id, Start: at(loc, 2027, 10, 31, 0, 0), End: at(loc, 2027, 11, 1, 0, 0)} // 25 hours
	err = s.SaveInterval(ctx, whole, Recount{Location: loc})
	if !strings.Contains(ErrorMessage(err), "Sun 31 Oct 2027 would hold 25h of actual time, more than the 24 hours (1440 minutes) in a day") {
		t.Errorf("a 25-hour day timed whole: %v", err)
	}
}

func TestTypedMinutesAreKeptWhenTheTimerCountedMeanwhile(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	loc := berlin(t)
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id := dims[0].ID
	date := NewDate(2026, 5, 4)
	read, err := s.Day(ctx, date)
	if err != nil {
		t.Fatal(err)
	} // a window reads the day, then the timer stops elsewhere
	iv := Interval{ID: NewIntervalID(), DimensionID: id, Start: at(loc, 2026, 5, 4, 9, 0), End: at(loc, 2026, 5, 4, 10, 0)}
	if err := s.SaveInterval(ctx, iv, Recount{Location: loc}); err != nil {
		t.Fatal(err)
	}
	read.Actual[id] = 30 // typed in the window
	if err := s.SaveDay(ctx, read); err != nil {
		t.Fatal(err)
	}
	if actual, timed := timedDay(t, s, date); actual[id] != 90 || timed[id] != 60 {
		t.Errorf("actual %d timed %d, want 30 typed + 60 timed", actual[id], timed[id])
	}
	// Read again, the actual minutes hold the timed ones: saving them as
	// they are changes nothing, and less than the timed part is refused.
	again, err := s.Day(ctx, date)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, again); err != nil {
		t.Fatal(err)
	}
	if actual, _ := timedDay(t, s, date); actual[id] != 90 {
		t.Errorf("saving the day as read changed it to %d", actual[id])
	}
	again.Actual[id] = 45
	if err := s.SaveDay(ctx, again); !strings.Contains(ErrorMessage(err), "1h of the actual time were timed, but the actual minutes say 45m") {
		t.Errorf("actual under the timed minutes: %v", err)
	}
}

func TestTheTimerRefusesWhatWouldCountTimeTwice(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	loc := berlin(t)
	r := Recount{Location: loc}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	id := dims[0].ID
	done := Interval{ID: NewIntervalID(), DimensionID: id, Start: at(loc, 2026, 6, 1, 9, 0), End: at(loc, 2026, 6, 1, 10, 0)}
	running := Interval{ID: NewIntervalID(), DimensionID: id, Start: at(loc, 2026, 6, 1, 11, 0)}
	if err := s.ChangeTimer(ctx, TimerChange{Add: []Interval{done, running}}, r); err != nil {
		t.Fatal(err)
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		do   func() error
		want string
	}{
		{"a second timer", func() error {
			return s.SaveInterval(ctx, Interval{ID: NewIntervalID(), DimensionID: id, Start: at(loc, 2026, 6, 1, 8, 0)}, r)
		}, "overlaps another timed interval"},
		{"an interval over a stopped one", func() error {
			return s.SaveInterval(ctx, Interval{ID: NewIntervalID(), DimensionID: id, Start: at(loc, 2026, 6, 1, 9, 30), End: at(loc, 2026, 6, 1, 10, 30)}, r)
		}, "overlaps another timed interval"},
		{"an interval after the running one's start", func() error {
			return s.SaveInterval(ctx, Interval{ID: NewIntervalID(), DimensionID: id, Start: at(loc, 2026, 6, 1, 12, 0), End: at(loc, 2026, 6, 1, 12, 30)}, r)
		}, "overlaps another timed interval"},
		{"a change expecting another running interval", func() error {
			return s.ChangeTimer(ctx, TimerChange{Running: done.ID, StopAt: at(loc, 2026, 6, 1, 12, 0)}, r)
		}, "the timer was changed meanwhile"},
		{"a stop before the start", func() error {
			return s.ChangeTimer(ctx, TimerChange{Running: running.ID, StopAt: at(loc, 2026, 6, 1, 10, 59)}, r)
		}, "the timer cannot stop"},
		{"seconds", func() error {
			return s.SaveInterval(ctx, Interval{ID: NewIntervalID(), DimensionID: id, Start: at(loc, 2026, 6, 2, 9, 0).Add(time.Second), End: at(loc, 2026, 6, 2, 10, 0)}, r)
		}, "whole minutes"},
		{"no dimension of the file", func() error {
			return s.SaveInterval(ctx, Interval{ID: NewIntervalID(), DimensionID: 99, Start: at(loc, 2026, 6, 2, 9, 0), End: at(loc, 2026, 6, 2, 10, 0)}, r)
		}, "names a dimension that does not exist"},
	}
	for _, c := range cases {
		if err := c.do(); err == nil || !strings.Contains(ErrorMessage(err), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	if now, _ := s.Revision(ctx); now != rev {
		t.Errorf("refused changes moved the revision from %d to %d", rev, now)
	}
	// The file itself refuses a second running interval and timed minutes
	// over the actual ones, whoever writes.
	for _, q := range []string{
		"INSERT INTO timed_interval (id, dimension_id, start) VALUES ('" + strings.Repeat("0", 32) + "', 1, '2030-01-01T00:00:00Z')",
		"UPDATE timed_minutes SET minutes = minutes + 1",
		"UPDATE entry SET actual = actual - 1 WHERE date = '2026-06-01'",
		"DELETE FROM entry WHERE date = '2026-06-01'",
	} {
		if _, err := s.db.Exec(q); err == nil {
			t.Errorf("the file took %s", q)
		}
	}
}

func TestSwitchingInTheMinuteATimerStartedKeepsNothingOfIt(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	loc := berlin(t)
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	start := at(loc, 2026, 7, 1, 9, 0)
	first := Interval{ID: NewIntervalID(), DimensionID: dims[0].ID, Start: start}
	second := Interval{ID: NewIntervalID(), DimensionID: dims[1].ID, Start: start}
	if err := s.ChangeTimer(ctx, TimerChange{Add: []Interval{first}}, Recount{Location: loc}); err != nil {
		t.Fatal(err)
	}
	if err := s.ChangeTimer(ctx, TimerChange{Running: first.ID, StopAt: start, Add: []Interval{second}}, Recount{Location: loc}); err != nil {
		t.Fatal(err)
	}
	list, err := s.Intervals(ctx, start.Add(-time.Hour), start.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ID != second.ID || !list[0].Running() {
		t.Errorf("intervals = %+v, want the second alone, running", list)
	}
}
