package data

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// A running timer is a row, not a goroutine's state: a process killed while
// it runs, or in the middle of a switch, leaves the timer as the last
// committed change left it. A helper process (this test binary) switches
// the timer in a loop through the same Store code the app uses, printing
// each switch once ChangeTimer has returned; it is killed with SIGKILL at a
// random moment, and the next open must show the timer still running from
// the start of the last switch printed, or of the one after it (committed
// but not yet printed), never both nor neither.

func init() { helpers["switcher"] = switcher }

// switchAt is when the i-th switch starts its interval: seven minutes
// apart, so the intervals cross midnight now and then.
func switchAt(i int) time.Time {
	return time.Date(2100, 1, 1, 21, 0, 0, 0, time.UTC).Add(time.Duration(7*i) * time.Minute)
}

// switchID is the ID of the interval the i-th switch starts.
func switchID(i int) string { return fmt.Sprintf("%032x", i+1) }

// switcher starts the timer, then switches it from one dimension to the
// next, forever, from switch $DAYMARK_HELPER_FROM on.
func switcher(path string) int {
	from, _ := strconv.Atoi(os.Getenv("DAYMARK_HELPER_FROM"))
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	for i := from; ; i++ {
		ch := TimerChange{Add: []Interval{{ID: switchID(i), DimensionID: dims[i%len(dims)].ID, Start: switchAt(i)}}}
		if i > 0 {
			ch.Running, ch.StopAt = switchID(i-1), switchAt(i)
		}
		if err := s.ChangeTimer(ctx, ch, Recount{Location: time.UTC}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 3
		}
		fmt.Println(i)
	}
}

func TestATimerKilledWhileRunningOrSwitchingIsOneTimerStillRunning(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills processes")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d (the moments of the kills)", seed)
	rng := rand.New(rand.NewPCG(seed, 19))
	path := filepath.Join(t.TempDir(), "timer.db")
	next := 0
	for round := range 8 {
		cmd := exec.Command(exe)
		cmd.Env = append(os.Environ(), "DAYMARK_HELPER=switcher", "DAYMARK_HELPER_DB="+path, "DAYMARK_HELPER_FROM="+strconv.Itoa(next))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for at least one switch, then kill at a random moment.
		sc := bufio.NewScanner(out)
		last := -1
		if sc.Scan() {
			last, _ = strconv.Atoi(sc.Text())
		}
		time.Sleep(time.Duration(rng.IntN(40)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		for sc.Scan() {
			last, _ = strconv.Atoi(sc.Text())
		}
		cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: the switcher was not killed but ended", round)
		}
		if last < 0 {
			t.Fatalf("round %d: the switcher printed no switch", round)
		}
		next = checkTimerAfterKill(t, round, path, last) + 1
	}
}

// checkTimerAfterKill opens the file after a kill and checks that exactly
// one interval runs, started by switch last or last+1, that every other
// interval is stopped where the next one starts, and that the days hold
// exactly the minutes the stopped intervals count. It returns the switch
// of the running interval.
func checkTimerAfterKill(t *testing.T, round int, path string, last int) int {
	t.Helper()
	if err := rawIntegrityCheck(path); err != nil {
		t.Fatalf("round %d: %v", round, err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("round %d: the file does not open after the kill: %v", round, err)
	}
	defer s.Close()
	ctx := context.Background()
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("round %d: after the kill the check says %v %v", round, problems, err)
	}
	running, ok, err := s.Running(ctx)
	if err != nil || !ok {
		t.Fatalf("round %d: no timer runs after the kill (%v)", round, err)
	}
	i := last
	if running.ID == switchID(last+1) {
		i = last + 1
	} else if running.ID != switchID(last) {
		t.Fatalf("round %d: the running interval %s is neither switch %d nor the next", round, running.ID, last)
	}
	if !running.Start.Equal(switchAt(i)) {
		t.Fatalf("round %d: the timer runs from %v, want %v", round, running.Start, switchAt(i))
	}
	c, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Intervals) != i+1 {
		t.Fatalf("round %d: %d intervals after switch %d, want %d", round, len(c.Intervals), i, i+1)
	}
	for k, iv := range c.Intervals[:i] {
		if iv.Running() || !iv.End.Equal(switchAt(k+1)) {
			t.Fatalf("round %d: interval %d is %+v, want it stopped at %v", round, k, iv, switchAt(k+1))
		}
	}
	timed := 0
	for _, d := range c.Days {
		for id, m := range d.Actual {
			if d.Timed[id] != m {
				t.Fatalf("round %d: %s holds %d actual minutes and %d timed, want them equal", round, d.Date, m, d.Timed[id])
			}
			timed += m
		}
	}
	if want := 7 * i; timed != want {
		t.Fatalf("round %d: the days hold %d timed minutes, want %d", round, timed, want)
	}
	return i
}
