package data

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gofrs/flock"
)

func init() { helpers["backups"] = backUpForever }

// backUpForever makes backups of the database one after another until it
// is killed, saying "backing up" before the first.
func backUpForever(path string) int {
	s, err := Open(path)
	if err != nil {
		fmt.Println(ErrorMessage(err))
		return 1
	}
	fmt.Println("backing up")
	for {
		if _, err := s.Backup(context.Background(), "manual"); err != nil {
			fmt.Println(ErrorMessage(err))
			return 1
		}
	}
}

// temps lists the temporary backups and their locks in dir.
func temps(dir string) []string {
	var out []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".db.tmp") {
			out = append(out, e.Name())
		}
	}
	return out
}

// A backup killed while it is written leaves its temporary file; the next
// start removes it, and never one that another process is still writing.
func TestTheTemporaryFileOfAKilledBackupIsRemovedAtTheNextStart(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills processes")
	}
	path := filepath.Join(t.TempDir(), "daymark.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	dims, err := s.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var days []Day
	for i := range 3000 { // a file that takes a moment to copy
		d := NewDay(NewDate(2010, 1, 1).AddDays(i))
		d.Note = strings.Repeat("a note of some length ", 20)
		d.Planned[dims[0].ID] = 60
		days = append(days, d)
	}
	if err := s.SaveDays(context.Background(), days); err != nil {
		t.Fatal(err)
	}
	s.Close()
	backups := BackupFolder(path)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	left := 0
	for round := range 6 {
		cmd := exec.Command(exe)
		cmd.Env = append(os.Environ(), "DAYMARK_HELPER=backups", "DAYMARK_HELPER_DB="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if line, _ := bufio.NewReader(out).ReadString('\n'); line != "backing up\n" {
			t.Fatalf("round %d: the helper says %q", round, line)
		}
		time.Sleep(time.Duration(15+round*7) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if len(temps(backups)) > 0 {
			left++
		}
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if got := temps(backups); len(got) > 0 {
			t.Errorf("round %d: the next start left %v", round, got)
		}
	}
	if left == 0 {
		t.Fatal("no kill landed inside a backup: the test showed nothing")
	}

	// One being written (its lock held) stays; the start after it is done removes nothing of it.
	busy := filepath.Join(backups, ".daymark-20260101-120000.000-r1-manual.db.tmp")
	if err := os.WriteFile(busy, []byte("half"), 0o600); err != nil {
		t.Fatal(err)
	}
	l := flock.New(busy + ".lock")
	if ok, err := l.TryLock(); !ok || err != nil {
		t.Fatal(err)
	}
	if s, err := Open(path); err == nil {
		s.Close()
	}
	if _, err := os.Stat(busy); err != nil {
		t.Error("a backup being written by another process was removed")
	}
	l.Unlock()
	if s, err := Open(path); err == nil {
		s.Close()
	}
	if got := temps(backups); len(got) > 0 {
		t.Errorf("once its writer was gone, %v stayed", got)
	}
	t.Logf("%d of 6 kills left a temporary backup behind", left)
}
