package errorlog

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"daymark/data"
)

// newLog returns a log in a new folder of the test's, on a clock that
// moves a minute a cause, so that no cause counts as said again.
func newLog(t *testing.T) *Log {
	t.Helper()
	l := New(filepath.Join(t.TempDir(), "data", Name), "daymark 9.9")
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	l.now = func() time.Time {
		at = at.Add(time.Minute)
		return at
	}
	return l
}

func TestACauseIsLoggedForTheOwnerOnlyAndAMistakeIsNot(t *testing.T) {
	l := newLog(t)
	l.Record("daymark check", data.Errorf(data.EInvalid, "--from is not a date"))
	if _, err := os.Stat(filepath.Dir(l.Path())); err == nil {
		t.Fatal("a person's mistake made the log")
	}
	cause := &data.Error{Code: data.EInternal, Message: "the database failed while saving the day of 2026-03-02", Err: errors.New("sql: database is closed\nsecond line")}
	l.Record("daymark day", cause)
	b, err := os.ReadFile(l.Path())
	if err != nil {
		t.Fatal(err)
	}
	want := "2026-03-02T10:01:00Z daymark 9.9 (" + fmt.Sprint(os.Getpid()) + ") daymark day: [internal] the database failed while saving the day of 2026-03-02: sql: database is closed\\nsecond line\n"
	if string(b) != want {
		t.Errorf("the log holds\n%q\nwant\n%q", b, want)
	}
	for path, mode := range map[string]os.FileMode{l.Path(): 0o600, filepath.Dir(l.Path()): 0o700} {
		if info, err := os.Stat(path); err != nil || info.Mode().Perm() != mode {
			t.Errorf("%s: %v, %v; want mode %v", path, info.Mode().Perm(), err, mode)
		}
	}
	l.Record("", errors.New("an error of no sentence of Daymark's")) // unexpected: logged
	l.now = func() time.Time { return time.Date(2026, 3, 2, 10, 30, 0, 0, time.UTC) }
	l.Record("", errors.New("the same again"))
	l.Record("", errors.New("the same again")) // within the minute: once
	if b, _ := os.ReadFile(l.Path()); strings.Count(string(b), "\n") != 3 {
		t.Errorf("the log holds\n%s", b)
	}
}

func TestALogMadeReadableByOthersIsMadeTheOwnersAgain(t *testing.T) {
	l := newLog(t)
	if err := os.MkdirAll(filepath.Dir(l.Path()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(l.Path(), []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l.Record("", errors.New("disk on fire"))
	if info, err := os.Stat(l.Path()); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, %v", info.Mode().Perm(), err)
	}
}

func TestTheLogRotatesAtItsBoundAndKeepsThreeOlderFiles(t *testing.T) {
	l := newLog(t)
	big := strings.Repeat("x", maxEntry) // each entry at its longest: 4 KiB
	entries := (Kept + 3) * MaxSize / maxEntry
	for i := range entries {
		l.Record("rotating", fmt.Errorf("cause %d: %s", i, big))
	}
	total := int64(0)
	for i := 0; i <= Kept+1; i++ {
		name := l.Path()
		if i > 0 {
			name += fmt.Sprint(".", i)
		}
		info, err := os.Stat(name)
		switch {
		case i <= Kept && err != nil:
			t.Errorf("%s: %v", name, err)
		case i > Kept && err == nil:
			t.Errorf("%s is there: only %d older files are kept", name, Kept)
		case err == nil && info.Size() > MaxSize:
			t.Errorf("%s holds %d bytes, more than %d", name, info.Size(), MaxSize)
		case err == nil && info.Mode().Perm() != 0o600:
			t.Errorf("%s: mode %v", name, info.Mode().Perm())
		}
		if err == nil {
			total += info.Size()
		}
	}
	if total > (Kept+1)*MaxSize {
		t.Errorf("the log takes %d bytes, more than %d", total, (Kept+1)*MaxSize)
	}
	b, err := os.ReadFile(l.Path())
	if err != nil {
		t.Fatal(err)
	}
	if last := fmt.Sprintf("cause %d:", entries-1); !strings.Contains(string(b), last) {
		t.Errorf("the newest cause (%s) is not in %s", last, l.Path())
	}
}

func TestNoLogInUseWritesNothing(t *testing.T) {
	Use(nil)
	Record("daymark check", errors.New("disk on fire")) // must not panic
	if Path() != "" {
		t.Errorf("Path() = %q with no log in use", Path())
	}
	l := newLog(t)
	Use(l)
	t.Cleanup(func() { Use(nil) })
	Record("daymark check", errors.New("disk on fire"))
	if Path() != l.Path() {
		t.Errorf("Path() = %q, want %q", Path(), l.Path())
	}
	if _, err := os.Stat(l.Path()); err != nil {
		t.Errorf("the log in use: %v", err)
	}
}
