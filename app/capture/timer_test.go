package capture

import (
	"context"
	"strings"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/data"
)

func TestStartSwitchStopLandInTheActualMinutesSplitAtMidnight(t *testing.T) {
	ctx := context.Background()
	tm, s, dims, clock := newTimer(t, apptest.InLondon(2026, 3, 2, 22, 40, 30))
	self, people := dims[0], dims[1]
	res, err := tm.Start(ctx, self.ID, time.Time{}, "  reading  ")
	if err != nil || res.Message != "Started My self at 22:40." || res.Started.Note != "reading" {
		t.Fatalf("start: %q %+v %v", res.Message, res.Started, err)
	}
	clock.Set(apptest.InLondon(2026, 3, 2, 23, 55, 10))
	if st, _ := tm.Status(ctx); !st.Running || st.Minutes != 75 || st.Today != 75 || st.Dimension.Name != "My self" {
		t.Errorf("status = %+v, want My self running for 75 minutes", st)
	}
	clock.Set(apptest.InLondon(2026, 3, 3, 0, 45, 0))
	res, err = tm.Start(ctx, people.ID, apptest.InLondon(2026, 3, 3, 0, 20, 0), "")
	if err != nil || res.Message != "Switched from My self (1h 40m) to People at 00:20." {
		t.Fatalf("switch: %q %v", res.Message, err)
	}
	if st, _ := tm.Status(ctx); st.Minutes != 25 || st.Today != 25 {
		t.Errorf("after the switch, status = %+v", st)
	}
	clock.Set(apptest.InLondon(2026, 3, 3, 1, 5, 59))
	res, err = tm.Stop(ctx, time.Time{})
	if err != nil || res.Message != "Stopped People at 01:05: 45m recorded." {
		t.Fatalf("stop: %q %v", res.Message, err)
	}
	for _, c := range []struct {
		date          data.Date
		id            int64
		actual, timed int
	}{
		{data.NewDate(2026, 3, 2), self.ID, 80, 80},
		{data.NewDate(2026, 3, 3), self.ID, 20, 20},
		{data.NewDate(2026, 3, 3), people.ID, 45, 45},
	} {
		if a, tt := actualOn(t, s, c.date, c.id); a != c.actual || tt != c.timed {
			t.Errorf("%s dimension %d: actual %d timed %d, want %d and %d", c.date, c.id, a, tt, c.actual, c.timed)
		}
	}
	if st, _ := tm.Status(ctx); st.Running {
		t.Error("a timer runs after the stop")
	}
	list, err := tm.Intervals(ctx, data.NewDate(2026, 3, 3))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Minutes != 20 || list[1].Minutes != 45 || list[0].DimensionID != self.ID {
		t.Errorf("the 3rd lists %+v", list)
	}
}

func TestTheTimerRefusesWithASentenceAndChangesNothing(t *testing.T) {
	ctx := context.Background()
	tm, s, dims, clock := newTimer(t, apptest.InLondon(2026, 4, 1, 9, 0, 0))
	if _, err := tm.Stop(ctx, time.Time{}); data.ErrorMessage(err) != "no timer is running: there is nothing to stop" {
		t.Errorf("a stop with nothing running: %v", err)
	}
	if _, err := tm.Correct(ctx, data.Interval{DimensionID: dims[1].ID, Start: apptest.InLondon(2026, 4, 1, 7, 0, 0), End: apptest.InLondon(2026, 4, 1, 8, 0, 0)}); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.Start(ctx, dims[0].ID, apptest.InLondon(2026, 4, 1, 8, 30, 0), ""); err != nil {
		t.Fatal(err)
	}
	archived := dims[2]
	archived.Archived = true
	if err := s.UpdateDimension(ctx, archived); err != nil {
		t.Fatal(err)
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	clock.Add(10 * time.Minute)
	for _, c := range []struct {
		name string
		do   func() error
		want string
	}{
		{"a start in the future", func() error {
			_, err := tm.Start(ctx, dims[1].ID, apptest.InLondon(2026, 4, 1, 9, 11, 0), "")
			return err
		},
			"09:11 is in the future (it is 09:10 now): the timer records time already spent"},
		{"a stop in the future", func() error { _, err := tm.Stop(ctx, apptest.InLondon(2026, 4, 2, 9, 0, 0)); return err },
			"Thu 2 Apr 09:00 is in the future (it is 09:10 now): the timer records time already spent"},
		{"a switch before the running one's start", func() error {
			_, err := tm.Start(ctx, dims[1].ID, apptest.InLondon(2026, 4, 1, 8, 15, 0), "")
			return err
		},
			"My self has been running since 08:30: a switch cannot start before that (08:15)"},
		{"a stop before the start", func() error { _, err := tm.Stop(ctx, apptest.InLondon(2026, 4, 1, 8, 29, 0)); return err },
			"My self started at 08:30: it cannot stop before that (08:29)"},
		{"an archived dimension", func() error { _, err := tm.Start(ctx, archived.ID, time.Time{}, ""); return err },
			archived.Name + " is archived: bring it back on the Dimensions screen to time it"},
		{"a start long ago", func() error {
			_, err := tm.Start(ctx, dims[1].ID, apptest.InLondon(2026, 2, 1, 9, 0, 0), "")
			return err
		},
			"People from Sun 1 Feb 09:00 to 09:10 would last more than 31 days: say when it really stopped, or type older time in the Day planner"},
		{"a correction over months", func() error {
			_, err := tm.Correct(ctx, data.Interval{DimensionID: dims[1].ID, Start: apptest.InLondon(2026, 1, 1, 7, 0, 0), End: apptest.InLondon(2026, 3, 1, 8, 0, 0)})
			return err
		}, "The interval from Thu 1 Jan 07:00 to Sun 1 Mar 08:00 would last more than 31 days: say when it really stopped, or type older time in the Day planner"},
		{"a correction over timed time", func() error {
			_, err := tm.Correct(ctx, data.Interval{DimensionID: dims[1].ID, Start: apptest.InLondon(2026, 4, 1, 7, 30, 0), End: apptest.InLondon(2026, 4, 1, 7, 45, 0)})
			return err
		}, "that overlaps People, timed from 07:00 to 08:00: the same minute cannot be timed twice"},
		{"a correction into the running one", func() error {
			_, err := tm.Correct(ctx, data.Interval{DimensionID: dims[1].ID, Start: apptest.InLondon(2026, 4, 1, 8, 0, 0), End: apptest.InLondon(2026, 4, 1, 8, 45, 0)})
			return err
		}, "that overlaps My self, timed from 08:30 to now: the same minute cannot be timed twice"},
	} {
		if err := c.do(); data.ErrorMessage(err) != c.want {
			t.Errorf("%s: %q, want %q", c.name, data.ErrorMessage(err), c.want)
		}
	}
	if now, _ := s.Revision(ctx); now != rev {
		t.Errorf("refusals moved the revision from %d to %d", rev, now)
	}
	// Intervals may touch: one ending where another starts counts each minute once.
	if _, err := tm.Correct(ctx, data.Interval{DimensionID: dims[1].ID, Start: apptest.InLondon(2026, 4, 1, 6, 0, 0), End: apptest.InLondon(2026, 4, 1, 7, 0, 0)}); err != nil {
		t.Errorf("an interval ending where another starts: %v", err)
	}
	// With nothing running, a start inside time already timed.
	if _, err := tm.Stop(ctx, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.Start(ctx, dims[1].ID, apptest.InLondon(2026, 4, 1, 7, 50, 0), ""); !strings.Contains(data.ErrorMessage(err), "the time from 08:30 to 09:10 is timed already: start at 09:10 or later") {
		t.Errorf("a start inside timed time: %v", err)
	}
}

func TestATimerStopsWhereItsDayReaches1440Minutes(t *testing.T) {
	ctx := context.Background()
	tm, s, dims, clock := newTimer(t, apptest.InLondon(2026, 5, 4, 10, 0, 0))
	day := data.NewDay(data.NewDate(2026, 5, 4))
	day.Actual[dims[1].ID] = 1400 // typed: 40 minutes of room left
	if err := s.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.Start(ctx, dims[0].ID, time.Time{}, ""); err != nil {
		t.Fatal(err)
	}
	clock.Set(apptest.InLondon(2026, 5, 4, 10, 30, 0))
	if st, _ := tm.Status(ctx); !st.Running || !st.Limit.Equal(apptest.InLondon(2026, 5, 4, 10, 40, 0)) {
		t.Errorf("status = %+v, want it running until 10:40", st)
	}
	clock.Set(apptest.InLondon(2026, 5, 4, 11, 0, 0)) // read with a clock past the limit: it stops there
	st, err := tm.Status(ctx)
	if err != nil || st.Running || st.Notice != "The My self timer stopped at 10:40: Mon 4 May had reached 24 hours (1440 minutes) of actual time." {
		t.Errorf("status past the limit = %+v %v", st, err)
	}
	if a, _ := actualOn(t, s, day.Date, dims[0].ID); a != 40 {
		t.Errorf("My self holds %d minutes, want the 40 the day had room for", a)
	}
	// A stop past the limit stops at the limit, and says so.
	next := data.NewDay(data.NewDate(2026, 5, 5))
	next.Actual[dims[1].ID] = 1430
	if err := s.SaveDay(ctx, next); err != nil {
		t.Fatal(err)
	}
	clock.Set(apptest.InLondon(2026, 5, 5, 10, 0, 0))
	if _, err := tm.Start(ctx, dims[2].ID, time.Time{}, ""); err != nil {
		t.Fatal(err)
	}
	clock.Set(apptest.InLondon(2026, 5, 5, 10, 30, 0))
	res, err := tm.Stop(ctx, time.Time{})
	if err != nil || !strings.HasPrefix(res.Message, "The "+dims[2].Name+" timer stopped at 10:10: Tue 5 May had reached 24 hours") || res.Stopped.Minutes() != 10 {
		t.Errorf("a stop past the limit: %q %v", res.Message, err)
	}
}

func TestTheLongDayWhenTheClocksGoBackStopsATimerAt1440(t *testing.T) {
	ctx := context.Background()
	tm, s, dims, clock := newTimer(t, apptest.InLondon(2026, 10, 24, 23, 0, 0))
	if _, err := tm.Start(ctx, dims[0].ID, apptest.InLondon(2026, 10, 25, 0, 0, 0).Add(-time.Hour), ""); err != nil {
		t.Fatal(err)
	}
	clock.Set(apptest.InLondon(2026, 10, 26, 1, 0, 0)) // 25 October has 25 hours in London
	st, err := tm.Status(ctx)
	if err != nil || st.Running || !strings.Contains(st.Notice, "stopped at Sun 25 Oct 23:00: Sun 25 Oct had reached 24 hours") {
		t.Fatalf("status = %+v %v", st, err)
	}
	if a, tt := actualOn(t, s, data.NewDate(2026, 10, 25), dims[0].ID); a != 1440 || tt != 1440 {
		t.Errorf("25 October holds %d actual, %d timed; want 1440", a, tt)
	}
	if a, _ := actualOn(t, s, data.NewDate(2026, 10, 24), dims[0].ID); a != 60 {
		t.Errorf("24 October holds %d, want 60", a)
	}
}

func TestCorrectingAndDeletingIntervalsTheActualMinutesFollow(t *testing.T) {
	ctx := context.Background()
	tm, s, dims, clock := newTimer(t, apptest.InLondon(2026, 6, 1, 9, 0, 0))
	date := data.NewDate(2026, 6, 1)
	typed := data.NewDay(date)
	typed.Actual[dims[1].ID] = 30
	if err := s.SaveDay(ctx, typed); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.Start(ctx, dims[1].ID, time.Time{}, "planning"); err != nil {
		t.Fatal(err)
	}
	clock.Set(apptest.InLondon(2026, 6, 1, 11, 10, 0))
	dt, err := tm.DayTime(ctx, date)
	if err != nil {
		t.Fatal(err)
	}
	if got := dt.Text(dims[1].ID); got != "2h 10m timed (running) + 30m typed" || dt.Actual(dims[1].ID) != 160 || dt.ActualTotal() != 160 {
		t.Errorf("while running: %q, actual %d", got, dt.Actual(dims[1].ID))
	}
	res, err := tm.Stop(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	dt, err = tm.DayTime(ctx, date)
	if err != nil {
		t.Fatal(err)
	}
	if got := dt.Text(dims[1].ID); got != "2h 10m timed + 30m typed" {
		t.Errorf("stopped: %q", got)
	}
	iv := *res.Stopped
	iv.Start, iv.DimensionID, iv.Note = apptest.InLondon(2026, 6, 1, 10, 0, 0), dims[0].ID, "reading"
	if _, err := tm.Correct(ctx, iv); err != nil {
		t.Fatal(err)
	}
	if a, tt := actualOn(t, s, date, dims[1].ID); a != 30 || tt != 0 {
		t.Errorf("People after the correction: actual %d timed %d, want the 30 typed", a, tt)
	}
	if a, tt := actualOn(t, s, date, dims[0].ID); a != 70 || tt != 70 {
		t.Errorf("My self after the correction: actual %d timed %d, want 70", a, tt)
	}
	if list, _ := tm.Intervals(ctx, date); len(list) != 1 || list[0].Note != "reading" || list[0].Minutes != 70 {
		t.Errorf("intervals = %+v", list)
	}
	if err := tm.Delete(ctx, iv.ID); err != nil {
		t.Fatal(err)
	}
	if a, _ := actualOn(t, s, date, dims[0].ID); a != 0 {
		t.Errorf("My self after the deletion holds %d", a)
	}
	if dt, _ := tm.DayTime(ctx, date); dt.Text(dims[1].ID) != "" || dt.Typed(dims[1].ID) != 30 {
		t.Errorf("typed alone: %q", dt.Text(dims[1].ID))
	}
}

func TestParseTimerTime(t *testing.T) {
	now := apptest.InLondon(2026, 7, 8, 14, 0, 0)
	for _, c := range []struct {
		in   string
		want time.Time
		err  string
	}{
		{"09:15", apptest.InLondon(2026, 7, 8, 9, 15, 0), ""},
		{" 9:05 ", apptest.InLondon(2026, 7, 8, 9, 5, 0), ""},
		{"2026-07-01T23:59", apptest.InLondon(2026, 7, 1, 23, 59, 0), ""},
		{"2026-07-01T08:00:00Z", apptest.InLondon(2026, 7, 1, 9, 0, 0), ""},
		{"2026-07-01T08:00:00+02:00", apptest.InLondon(2026, 7, 1, 7, 0, 0), ""},
		{"24:00", time.Time{}, "“24:00” is not a time: write 09:15 (today), 2026-03-02T09:15, or an RFC 3339 time such as 2026-03-02T09:15:00+01:00"},
		{"9.15", time.Time{}, "is not a time"},
		{"", time.Time{}, "is not a time"},
		{"yesterday", time.Time{}, "is not a time"},
	} {
		got, err := ParseTime(c.in, now, apptest.London)
		if c.err != "" {
			if !strings.Contains(data.ErrorMessage(err), c.err) {
				t.Errorf("%q: %v, want %q", c.in, err, c.err)
			}
		} else if err != nil || !got.Equal(c.want) {
			t.Errorf("%q = %v %v, want %v", c.in, got, err, c.want)
		}
	}
}
