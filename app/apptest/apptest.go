// Package apptest holds what the tests of app and of its rooms share: a
// new database in a test's temporary folder, the time zones the tests are
// written in, a clock a test moves by hand, and the hand-written files of
// the repository's testdata folder. Only tests import it.
//
// It imports data and nothing else of the project, so that app's own
// tests can use it as well as the rooms built on app.
package apptest

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	_ "time/tzdata" // the zones below, on any machine

	"daymark/data"
)

// OpenStore returns a new database in the test's temporary folder, closed
// when the test ends.
func OpenStore(tb testing.TB) *data.Store {
	tb.Helper()
	s, err := data.Open(filepath.Join(tb.TempDir(), "daymark.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// The person of the fixtures lives in London. Tests never use the
// machine's own zone.
var London, NewYork = mustZone("Europe/London"), mustZone("America/New_York")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// InLondon returns the moment of that date and clock time in London.
func InLondon(y int, m time.Month, d, h, min, sec int) time.Time {
	return time.Date(y, m, d, h, min, sec, 0, London)
}

// Clock is a clock a test moves by hand.
type Clock struct{ now time.Time }

// NewClock returns a clock that shows start.
func NewClock(start time.Time) *Clock { return &Clock{now: start} }

// Now returns the time the clock shows.
func (c *Clock) Now() time.Time { return c.now }

// Set puts the clock at t.
func (c *Clock) Set(t time.Time) { c.now = t }

// Add moves the clock on by d.
func (c *Clock) Add(d time.Duration) { c.now = c.now.Add(d) }

// Fixture returns the file name of the repository's testdata folder.
func Fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(Testdata(tb, name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// Testdata returns the path of name in the repository's testdata folder,
// found from the test's folder, however deep it is.
func Testdata(tb testing.TB, name string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata", name)
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatalf("no go.mod above the test's folder: cannot find testdata/%s", name)
		}
		dir = up
	}
}

// Swap sets *v to to for the rest of the test, and puts back what it was
// when the test ends: app.Zone, for one.
func Swap[T any](tb testing.TB, v *T, to T) {
	tb.Helper()
	old := *v
	*v = to
	tb.Cleanup(func() { *v = old })
}
