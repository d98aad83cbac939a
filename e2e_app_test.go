//go:build e2e

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// daymark is the program under test, running.
type daymark struct {
	cmd     *exec.Cmd
	display string
	start   time.Time
	stderr  bytes.Buffer  // read it only once done is closed
	done    chan struct{} // closed when the program has exited
	err     error         // how it exited, once done is closed
}

// startDaymark runs bin on db in display, in a home of its own and the
// C.UTF-8 locale, with env added (a later value of a variable wins); it is
// killed at the end of the test if still running.
func startDaymark(t *testing.T, bin, db, display string, env ...string) *daymark {
	t.Helper()
	home := t.TempDir()
	d := &daymark{display: display, done: make(chan struct{})}
	d.cmd = exec.Command(bin, "--db", db)
	d.cmd.Env = append(os.Environ(), "DISPLAY="+display, "FYNE_THEME=light", "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=",
		"HOME="+home, "XDG_CONFIG_HOME="+home, "GOTRACEBACK=all")
	d.cmd.Env = append(d.cmd.Env, env...)
	d.cmd.Stderr = &d.stderr
	d.start = time.Now()
	if err := d.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { d.err = d.cmd.Wait(); close(d.done) }()
	t.Cleanup(func() {
		d.cmd.Process.Kill()
		<-d.done
	})
	return d
}

// waitForWindow waits for the "Daymark" window and returns its id. If the
// program exits first it fails at once with what the program printed; if
// the window is not there in time, with the program's goroutines.
func (d *daymark) waitForWindow(t *testing.T, limit time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case <-d.done:
			t.Fatalf("daymark exited before its window showed (%v):\n%s", d.err, d.stderr.String())
		default:
		}
		out, err := xdo(d.display, "search", "--name", "^Daymark$")
		if ids := strings.Fields(out); err == nil && len(ids) > 0 {
			return ids[0]
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("waited %v for the Daymark window\n%s", limit, d.stacks())
	return ""
}

// waitForExit waits up to limit for the program to exit and fails if it does not
// or exits with an error.
func (d *daymark) waitForExit(t *testing.T, limit time.Duration) {
	t.Helper()
	select {
	case <-d.done:
		if d.err != nil {
			t.Fatalf("daymark exited with %v\n%s", d.err, d.stderr.String())
		}
	case <-time.After(limit):
		t.Fatalf("daymark did not quit within %v\n%s", limit, d.stacks())
	}
}

// stacks stops the program with SIGQUIT, on which the Go runtime prints
// every goroutine (GOTRACEBACK=all), and returns what the program printed,
// ending with its main goroutine, which runs the UI: where a stuck program
// is stuck.
func (d *daymark) stacks() string {
	if !stop(d.cmd.Process, syscall.SIGQUIT, d.done) {
		return "it did not stop on SIGQUIT; it printed:\n" + d.stderr.String()
	}
	all := d.stderr.String()
	return all + "\nits main goroutine:\n" + mainGoroutine(all)
}

// mainGoroutine is goroutine 1 of a Go traceback, one line per call.
func mainGoroutine(traceback string) string {
	_, rest, ok := strings.Cut(traceback, "\ngoroutine 1 ")
	if !ok {
		return "(none in the traceback)"
	}
	stanza, _, _ := strings.Cut(rest, "\n\n")
	var calls []string
	for _, line := range strings.Split(stanza, "\n")[1:] {
		if file, ok := strings.CutPrefix(line, "\t"); ok && len(calls) > 0 {
			file, _, _ = strings.Cut(file, " ")
			calls[len(calls)-1] += "  " + filepath.Base(file)
			continue
		}
		calls = append(calls, line)
	}
	return strings.Join(calls, "\n")
}

// stop sends p the signal and waits up to 5 seconds for done to close,
// then kills p and waits for it; it reports whether the signal was enough.
func stop(p *os.Process, signal os.Signal, done <-chan struct{}) bool {
	p.Signal(signal)
	select {
	case <-done:
		return true
	case <-time.After(5 * time.Second):
		p.Kill()
		<-done
		return false
	}
}
