//go:build e2e

package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"daymark/data"
)

// timeFromTheKeyboard starts a timer for My self from half an hour ago
// with Ctrl+T (the dimension first on offer, Tab to Started at, the time,
// Return), waits for the running interval in the database, stops it with
// Ctrl+Shift+T, and returns the minutes it added to today's actual time.
func timeFromTheKeyboard(t *testing.T, display, db string) int {
	t.Helper()
	from := time.Now().Truncate(time.Minute).Add(-30 * time.Minute)
	for _, k := range [][]string{
		{"key", "ctrl+t"}, {"key", "Tab"},
		{"type", "--delay", "30", from.Format("2006-01-02T15:04")}, {"key", "Return"},
	} {
		if out, err := xdo(display, k...); err != nil {
			t.Fatalf("xdotool %v: %v %s", k, err, out)
		}
		time.Sleep(300 * time.Millisecond)
	}
	waitFor(t, 10*time.Second, "a timer for My self running from "+from.Format("15:04"), func() (string, bool) {
		iv, running, dims, _ := readTimer(t, db, from)
		return fmt.Sprint(iv, running), running && iv.DimensionID == dims[0].ID && iv.Start.Equal(from)
	})
	// The dialog closes once the window hears that the start was stored,
	// just after the database says so; a key pressed before goes to the
	// dialog, as it would for a person.
	time.Sleep(time.Second)
	if out, err := xdo(display, "key", "ctrl+shift+t"); err != nil {
		t.Fatalf("ctrl+shift+t: %v %s", err, out)
	}
	var stopped data.Interval
	waitFor(t, 10*time.Second, "the timer stopped", func() (string, bool) {
		_, running, _, ivs := readTimer(t, db, from)
		if len(ivs) == 1 {
			stopped = ivs[0]
		}
		return fmt.Sprint(ivs, running), !running && len(ivs) == 1 && !ivs[0].Running()
	})
	if m := stopped.Minutes(); m < 30 || m > 31 || !stopped.Start.Equal(from) { // a minute may turn meanwhile
		t.Fatalf("the timer stopped after %d minutes (%v)", m, stopped)
	}
	midnight := data.Today().Time(time.Local)
	return int(stopped.End.Sub(maxTime(stopped.Start, midnight)) / time.Minute) // past midnight, only today's part
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// readTimer returns the running interval, if any, the dimensions, and the
// intervals from from on.
func readTimer(t *testing.T, path string, from time.Time) (data.Interval, bool, []data.Dimension, []data.Interval) {
	t.Helper()
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	iv, running, err := s.Running(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ivs, err := s.Intervals(ctx, from, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	return iv, running, dims, ivs
}
