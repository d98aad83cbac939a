// The helpers that several test files of this package share.

package capture

import (
	"context"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/data"
)

// newTimer returns a timer over a new database, in London, on a clock
// that starts at start; and the store and its dimensions.
func newTimer(t *testing.T, start time.Time) (*Timer, *data.Store, []data.Dimension, *apptest.Clock) {
	t.Helper()
	s := apptest.OpenStore(t)
	c := apptest.NewClock(start)
	tm := NewTimer(s)
	tm.Location, tm.Now = apptest.London, c.Now
	dims, err := s.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tm, s, dims, c
}

// actualOn returns a day's actual and timed minutes of a dimension.
func actualOn(t *testing.T, s *data.Store, d data.Date, id int64) (int, int) {
	t.Helper()
	day, err := s.Day(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return day.Actual[id], day.Timed[id]
}
