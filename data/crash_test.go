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
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The promise: a process killed at any moment loses no change it reported
// as committed, and leaves a file that passes SQLite's integrity check. A
// writer process (this test binary, through the same Store code the app
// uses) saves days in a loop, printing each one once SaveDay has returned;
// it is killed with SIGKILL at a random moment, over many rounds on the
// same file. Some rounds start from a file at an earlier schema version,
// so kills also land inside migrations.

func init() { helpers["writer"] = writer }

// crashDate is the date of the writer's i-th day.
func crashDate(i int) Date { return NewDate(2100, 1, 1).AddDays(i) }

// crashDay is the day the writer saves i-th: a plan and actual minutes on
// every dimension, each derived from i, so a half-written day shows.
func crashDay(i int, dims []Dimension) Day {
	d := NewDay(crashDate(i))
	d.Note = "day " + strconv.Itoa(i)
	for k, dim := range dims {
		d.Planned[dim.ID] = 1 + (i*7+k*13)%300
		d.Actual[dim.ID] = 1 + (i*11+k*17)%300
	}
	return d
}

// writer saves crashDay(i) for i from $DAYMARK_HELPER_FROM on, forever,
// printing i after each save; now and then it backs up or checkpoints the
// WAL, the other moments a kill may interrupt. It holds the window's lock,
// as the app does, to show the lock does not outlive it.
func writer(path string) int {
	from, _ := strconv.Atoi(os.Getenv("DAYMARK_HELPER_FROM"))
	if _, err := TakeLock(path); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
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
		if err := s.SaveDay(ctx, crashDay(i, dims)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 3
		}
		fmt.Println(i) // os.Stdout is not buffered: the line is out once this returns
		switch {
		case i%23 == 0:
			if _, err := s.Backup(ctx, "manual"); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 3
			}
		case i%31 == 0:
			s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)")
		}
	}
}

func TestKilledAtAnyMomentLosesNoCommittedChange(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills processes")
	}
	rounds := 40
	if n, err := strconv.Atoi(os.Getenv("DAYMARK_KILL_ROUNDS")); err == nil {
		rounds = n
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d (the moments of the kills)", seed)
	rng := rand.New(rand.NewPCG(seed, 1440))
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	path := filepath.Join(dir, "killed.db")
	var stats killStats
	next := 0                   // the next day the writer saves
	committed := map[int]bool{} // days reported as committed, on path
	var old oldFile             // what path held at an earlier schema version
	rich := richFile(t)
	for round := range rounds {
		if round%6 == 5 { // a new file at an earlier schema, so the kill may land in a migration
			path = fileAtVersionFrom(t, 1+rng.IntN(SchemaVersion()-1), rich)
			old.cols, old.rows = columnsAndRows(t, path)
			delete(old.rows, "meta") // the revision: the writer raises it
			committed = map[int]bool{}
		}
		cmd := exec.Command(exe)
		cmd.Env = append(os.Environ(), "DAYMARK_HELPER=writer", "DAYMARK_HELPER_DB="+path, "DAYMARK_HELPER_FROM="+strconv.Itoa(next))
		var errs strings.Builder
		cmd.Stderr = &errs
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var reported []int
		var mu sync.Mutex
		read := make(chan struct{})
		go func() {
			defer close(read)
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if i, err := strconv.Atoi(sc.Text()); err == nil {
					mu.Lock()
					reported = append(reported, i)
					mu.Unlock()
				}
			}
		}()
		time.Sleep(time.Duration(rng.IntN(90)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		<-read
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: the writer was not killed but ended: %v\n%s", round, err, errs.String())
		}
		for _, i := range reported {
			committed[i] = true
			next = max(next, i+1)
		}
		stats.rounds++
		stats.changes += len(reported)
		if _, err := os.Stat(path); err == nil && fileVersion(t, path) < SchemaVersion() {
			stats.unmigrated++
		}
		days, backups := checkAfterKill(t, round, path, committed, next, old)
		stats.checks += days
		stats.backups += backups
	}
	t.Logf("%d rounds killed, %d of them before the file was fully migrated; %d changes reported committed, all found whole (%d checks of a change after a kill); %d checks of a backup found it whole",
		stats.rounds, stats.unmigrated, stats.changes, stats.checks, stats.backups)
}

// oldFile is what a file held at an earlier schema version, before any
// writer was started on it.
type oldFile struct{ cols, rows map[string][]string }

type killStats struct {
	rounds, unmigrated, changes, checks, backups int
}

// checkAfterKill checks the file a writer was killed on: it passes the
// integrity check before anything writes to it, every day reported as
// committed is there whole, the day after is whole or absent, the lock is
// free, every backup is sound, and what the file held at an earlier schema
// is all still there. It returns how many days and backups it checked.
func checkAfterKill(t *testing.T, round int, path string, committed map[int]bool, next int, old oldFile) (int, int) {
	t.Helper()
	ctx := context.Background()
	if _, err := os.Stat(path); os.IsNotExist(err) && len(committed) == 0 {
		return 0, 0 // killed before it created the file
	}
	if err := rawIntegrityCheck(path); err != nil {
		t.Fatalf("round %d: %v", round, err)
	}
	lock, err := TakeLock(path)
	if err != nil {
		t.Fatalf("round %d: the killed writer's lock is still held: %v", round, err)
	}
	lock.Release()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("round %d: the file does not open after the kill: %v", round, err)
	}
	defer s.Close()
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("round %d: after the kill the check says %v %v", round, problems, err)
	}
	c, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	days := map[Date]Day{}
	for _, d := range c.Days {
		days[d.Date] = d
	}
	for i := range committed {
		want := crashDay(i, c.Dimensions)
		if got, ok := days[want.Date]; !ok || !got.Equal(want) || got.Note != want.Note {
			t.Fatalf("round %d: day %d was reported committed, but the file holds %+v", round, i, got)
		}
	}
	if got, ok := days[crashDate(next)]; ok && !got.Equal(crashDay(next, c.Dimensions)) {
		t.Fatalf("round %d: day %d, being written when killed, is half there: %+v", round, next, got)
	}
	if fileVersion(t, path) != SchemaVersion() {
		t.Fatalf("round %d: the schema is not up to date after opening", round)
	}
	if lost := missing(old.rows, rowsOf(t, s.db, restrict(old.cols, old.rows))); len(lost) > 0 {
		t.Fatalf("round %d: %d rows of the file as it was before migrating are lost, first %s", round, len(lost), lost[0])
	}
	list, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if err := CheckBackup(ctx, b.Path); err != nil {
			t.Fatalf("round %d: a backup is not whole: %v", round, err)
		}
	}
	return len(committed), len(list)
}

// rawIntegrityCheck runs PRAGMA integrity_check through a plain connection,
// before Open or anything else of Daymark's touches the file.
func rawIntegrityCheck(path string) error {
	db, err := sqlOpen(path)
	if err != nil {
		return err
	}
	defer db.Close()
	var result string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&result); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	} else if result != "ok" {
		return fmt.Errorf("integrity check: %s", result)
	}
	return nil
}

// restrict returns the columns of the tables that rows has.
func restrict(cols, rows map[string][]string) map[string][]string {
	out := map[string][]string{}
	for table := range rows {
		out[table] = cols[table]
	}
	return out
}
