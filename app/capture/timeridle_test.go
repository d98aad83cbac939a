package capture

import (
	"context"
	"strings"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/data"
)

func TestIdleTimeIsKeptDroppedOrGivenToAnotherDimension(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name     string
		decision IdleDecision
		want     map[int64]int // minutes by dimension index on the day, once stopped at 11:00
		running  int           // the dimension index running at 10:30, -1 for none
	}{
		{"keep", IdleDecision{Choice: IdleKeep}, map[int64]int{0: 120}, 0},
		{"drop", IdleDecision{Choice: IdleDrop}, map[int64]int{0: 30 + 30}, 0},
		{"drop and stop", IdleDecision{Choice: IdleDrop, Stop: true}, map[int64]int{0: 30}, -1},
		{"give", IdleDecision{Choice: IdleGive, To: 2}, map[int64]int{0: 60, 2: 60}, 0},
		{"give and stop", IdleDecision{Choice: IdleGive, To: 2, Stop: true}, map[int64]int{0: 30, 2: 60}, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			tm, s, dims, clock := newTimer(t, apptest.InLondon(2026, 9, 1, 9, 0, 0))
			start, err := tm.Start(ctx, dims[0].ID, time.Time{}, "writing")
			if err != nil {
				t.Fatal(err)
			}
			clock.Set(apptest.InLondon(2026, 9, 1, 10, 30, 20)) // away from 09:30 to now
			d := c.decision
			d.Running, d.Since = start.Started.ID, apptest.InLondon(2026, 9, 1, 9, 30, 0)
			if d.To != 0 {
				d.To = dims[d.To].ID
			}
			res, err := tm.Idle(ctx, d)
			if err != nil {
				t.Fatal(err)
			}
			if c.running < 0 && res.Status.Running || c.running >= 0 && (!res.Status.Running || res.Status.Dimension.ID != dims[c.running].ID || res.Status.Interval.Note != "writing") {
				t.Fatalf("after the choice the status is %+v", res.Status)
			}
			clock.Set(apptest.InLondon(2026, 9, 1, 11, 0, 0))
			if res.Status.Running {
				if _, err := tm.Stop(ctx, time.Time{}); err != nil {
					t.Fatal(err)
				}
			}
			day, err := s.Day(ctx, data.NewDate(2026, 9, 1))
			if err != nil {
				t.Fatal(err)
			}
			for i, dim := range dims {
				if day.Actual[dim.ID] != c.want[int64(i)] || day.Timed[dim.ID] != c.want[int64(i)] {
					t.Errorf("%s: actual %d timed %d, want %d", dim.Name, day.Actual[dim.ID], day.Timed[dim.ID], c.want[int64(i)])
				}
			}
		})
	}
	// A decision about a timer switched meanwhile changes nothing.
	tm, _, dims, clock := newTimer(t, apptest.InLondon(2026, 9, 1, 9, 0, 0))
	first, err := tm.Start(ctx, dims[0].ID, time.Time{}, "")
	if err != nil {
		t.Fatal(err)
	}
	clock.Add(time.Hour)
	if _, err := tm.Start(ctx, dims[1].ID, time.Time{}, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.Idle(ctx, IdleDecision{Running: first.Started.ID, Since: apptest.InLondon(2026, 9, 1, 9, 30, 0), Choice: IdleDrop}); !strings.Contains(data.ErrorMessage(err), "switched meanwhile") {
		t.Errorf("a stale decision: %v", err)
	}
}

func TestTheIdleTrackerNoticesAReturnAndASleep(t *testing.T) {
	base := apptest.InLondon(2026, 9, 1, 9, 0, 0)
	type look struct {
		at    time.Duration // after base
		idle  time.Duration
		known bool
		away  *Away
	}
	at := func(d time.Duration) time.Time { return base.Add(d) }
	for _, c := range []struct {
		name  string
		looks []look
	}{
		{"a short pause is no absence", []look{{0, 0, true, nil}, {5 * time.Minute, 4 * time.Minute, true, nil}, {6 * time.Minute, 0, true, nil}}},
		{"back after twelve minutes", []look{
			{0, 0, true, nil},
			{10 * time.Minute, 10 * time.Minute, true, nil},
			{12 * time.Minute, 12 * time.Minute, true, nil},
			{13 * time.Minute, 30 * time.Second, true, &Away{Since: at(0), Back: at(12*time.Minute + 30*time.Second)}},
			{14 * time.Minute, 0, true, nil},
		}},
		{"no idle source: the machine slept", []look{
			{0, 0, false, nil},
			{time.Minute, 0, false, nil},
			{50 * time.Minute, 0, false, &Away{Since: at(time.Minute), Back: at(50 * time.Minute)}},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tr := IdleTracker{Threshold: 10 * time.Minute, Every: time.Minute}
			for i, l := range c.looks {
				away, ok := tr.Observe(at(l.at), l.idle, l.known)
				switch {
				case l.away == nil && ok:
					t.Errorf("look %d: away %+v, want nothing", i, away)
				case l.away != nil && (!ok || !away.Since.Equal(l.away.Since) || !away.Back.Equal(l.away.Back)):
					t.Errorf("look %d: away %+v %v, want %+v", i, away, ok, *l.away)
				}
			}
		})
	}
}
