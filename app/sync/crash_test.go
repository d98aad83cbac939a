package sync

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
	"syscall"
	"testing"
	"time"

	"daymark/data"
)

// A process killed at any moment of a round leaves nothing half done: no
// file of the folder is ever half there (each is written beside its place
// and renamed into it), a change file is applied whole or not at all (one
// transaction), and a change captured is written to the folder once, by
// the next round if not by this one. Helper processes (this test binary)
// run rounds through the same code the app uses and are killed with
// SIGKILL at random moments.

func init() {
	helpers["sender"] = sender
	helpers["receiver"] = receiver
}

// noteDate is the day whose note the sender writes i-th.
func noteDate(i int) data.Date { return data.NewDate(2030, 1, 1).AddDays(i) }

// sender writes a note on day i, from $DAYMARK_HELPER_FROM on, and runs a
// round after each, printing i once the round has returned: the note is
// then in the folder.
func sender(db, folder string) int {
	from, _ := strconv.Atoi(os.Getenv("DAYMARK_HELPER_FROM"))
	s, err := data.Open(db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	ctx := context.Background()
	syncer := New(s)
	syncer.Compact = 5 // kills land in compactions too
	for i := from; ; i++ {
		day := data.NewDay(noteDate(i))
		day.Note = "note " + strconv.Itoa(i)
		if err := s.SaveDay(ctx, day); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 3
		}
		if _, err := syncer.RoundIn(ctx, folder); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 3
		}
		fmt.Println(i)
	}
}

// receiver runs one round, printing "applying" as it starts to apply the
// files of the folder, and "applied" when it returns.
func receiver(db, folder string) int {
	s, err := data.Open(db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	syncer := New(s)
	syncer.applying = func() { fmt.Println("applying") }
	if _, err := syncer.RoundIn(context.Background(), folder); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	fmt.Println("applied")
	return 0
}

// helper starts a helper process and returns its lines as they come.
func helper(t *testing.T, name, db, folder string, env ...string) (*exec.Cmd, <-chan string) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(append(os.Environ(), "DAYMARK_HELPER="+name, "DAYMARK_HELPER_DB="+db, "DAYMARK_HELPER_FOLDER="+folder), env...)
	var errs strings.Builder
	cmd.Stderr = &errs
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1000)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	t.Cleanup(func() {
		if t.Failed() && errs.Len() > 0 {
			t.Logf("the helper said: %s", errs.String())
		}
	})
	return cmd, lines
}

// kill kills cmd and checks it was killed, not ended.
func kill(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the helper was not killed but ended: %v", cmd.ProcessState)
	}
}

// wholeFiles checks that every file of the folder Daymark named reads whole.
func wholeFiles(t *testing.T, dir string) int {
	t.Helper()
	l, err := list(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, files := range l.files {
		for _, f := range files {
			if _, err := readFile(dir, f); err != nil {
				t.Fatalf("%s is not whole after a kill: %v", f.name, err)
			}
			n++
		}
	}
	return n
}

func TestAProcessKilledWhileWritingItsChangesLeavesNothingHalfDone(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills processes")
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d (the moments of the kills)", seed)
	rng := rand.New(rand.NewPCG(seed, 21))
	dir := folder(t)
	db := filepath.Join(t.TempDir(), "sender.db")
	reader := newDevice(t, "reader")
	next, files := 0, 0
	reported := map[int]bool{} // the notes the sender said it sent
	for round := range 10 {
		cmd, lines := helper(t, "sender", db, dir, "DAYMARK_HELPER_FROM="+strconv.Itoa(next))
		time.Sleep(time.Duration(50+rng.IntN(450)) * time.Millisecond)
		kill(t, cmd)
		for line := range lines {
			if i, err := strconv.Atoi(line); err == nil {
				reported[i] = true
				next = max(next, i+1)
			}
		}
		if err := rawCheck(db); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		files += wholeFiles(t, dir)
		// Every note reported as sent is in the folder for the reader.
		if rep := reader.round(dir); len(rep.Skipped) != 0 {
			t.Fatalf("round %d: the reader skipped %s", round, skipped(rep))
		}
		for i := range reported {
			if got := reader.day(noteDate(i)).Note; got != "note "+strconv.Itoa(i) {
				t.Fatalf("round %d: note %d was reported sent, but the reader holds %q", round, i, got)
			}
		}
		next++ // the note being saved when killed may be there or not: the next starts after it
	}
	// The sender's next round sends what the kills left unsent, once.
	sender := openDevice(t, db, nil)
	sender.round(dir)
	reader.round(dir)
	same(t, sender, reader)
	t.Logf("%d kills; %d notes reported sent; %d checks of a file in the folder found it whole", 10, len(reported), files)
}

func TestAProcessKilledWhileApplyingAFileLeavesItWholeOrNotAtAll(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills processes")
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d (the moments of the kills)", seed)
	rng := rand.New(rand.NewPCG(seed, 22))
	dir := folder(t)
	w := newDevice(t, "writer")
	w.demo(365)
	w.round(dir)
	want := w.export()
	writer, err := w.store.Device(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// How long applying the file takes: the kills fall within it.
	timed := newDevice(t, "timed")
	timed.store.Close()
	var start time.Time
	cmd, lines := helper(t, "receiver", timed.path, dir)
	for line := range lines {
		if line == "applying" {
			start = time.Now()
		}
	}
	cmd.Wait()
	took := time.Since(start)
	t.Logf("applying the file takes %v", took)
	seen := map[string]int{}
	for round := range 8 {
		fresh := newDevice(t, "reader") // a database of its own: a device of its own
		fresh.store.Close()
		db := fresh.path
		cmd, lines := helper(t, "receiver", db, dir)
		for line := range lines {
			if line == "applying" {
				break
			}
		}
		time.Sleep(time.Duration(rng.Int64N(int64(took) * 5 / 4)))
		cmd.Process.Signal(syscall.SIGKILL)
		ended := false
		for line := range lines {
			ended = ended || line == "applied"
		}
		cmd.Wait()
		if ended {
			seen["ended before the kill"]++
		}
		if err := rawCheck(db); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		r := openDevice(t, db, nil)
		applied, err := r.store.SyncPeers(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		switch got := r.export(); {
		case applied[writer] == 0 && strings.Count(got, `"date"`) == 0:
			seen["nothing"]++
		case applied[writer] == 1 && got == want:
			seen["all"]++
		default:
			t.Fatalf("round %d: the file is half applied (%v): %s", round, applied, diff(want, got))
		}
		if rep := r.round(dir); len(rep.Skipped) != 0 || r.export() != want {
			t.Fatalf("round %d: the next round does not finish it: %+v", round, rep)
		}
	}
	t.Logf("killed while applying: %d held nothing of the file after, %d all of it (%d had ended before the kill)", seen["nothing"], seen["all"], seen["ended before the kill"])
}

// rawCheck runs SQLite's integrity check on the file at path through a
// store opened and closed, as the app would after the kill.
func rawCheck(path string) error {
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return nil // killed before it made the database
	}
	s, err := data.Open(path)
	if err != nil {
		return fmt.Errorf("the database does not open after the kill: %w", err)
	}
	defer s.Close()
	problems, err := s.Check(context.Background())
	if err != nil || len(problems) > 0 {
		return fmt.Errorf("after the kill the check says %v %v", problems, err)
	}
	return nil
}
