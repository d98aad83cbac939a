package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// program is a binary to start, with its arguments.
type program struct {
	name string
	args []string
}

// launch is what one start of a program measured.
type launch struct {
	Mapped float64 `json:"mapped_ms"` // from start to its window mapped
	Drawn  float64 `json:"drawn_ms"`  // from start to the first frame drawn in its window
	PeakMB float64 `json:"peak_mb"`   // peak resident memory, a while after the first frame
}

// windowRuns are the starts of the two programs, in the order they took turns.
type windowRuns struct {
	Hello   []launch `json:"hello"`
	Daymark []launch `json:"daymark"`
}

// startWindows starts hello and daymark in turn, runs times each after one
// start of each to warm the caches, on an Xvfb of their own, with a home
// folder in tmp so that neither reads or writes the person's settings.
func startWindows(tmp string, hello, daymark program, runs int) (windowRuns, error) {
	var w windowRuns
	d, err := startDisplay()
	if err != nil {
		return w, err
	}
	defer d.Close()
	home := filepath.Join(tmp, "home")
	if err := os.MkdirAll(home, 0o700); err != nil {
		return w, err
	}
	env := []string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"), "PATH=" + os.Getenv("PATH")}
	for i := -1; i < runs; i++ {
		h, err := d.run(hello, env)
		if err != nil {
			return w, err
		}
		dm, err := d.run(daymark, env)
		if err != nil {
			return w, err
		}
		if i >= 0 {
			w.Hello, w.Daymark = append(w.Hello, h), append(w.Daymark, dm)
		}
		fmt.Fprintf(os.Stderr, "  hello %4.0f/%4.0f ms %4.0f MB   daymark %4.0f/%4.0f ms %4.0f MB   (mapped/drawn)%s\n",
			h.Mapped, h.Drawn, h.PeakMB, dm.Mapped, dm.Drawn, dm.PeakMB, map[bool]string{true: "  warming up"}[i < 0])
	}
	return w, nil
}

// display is an Xvfb of its own, so nothing else draws on it.
type display struct {
	n      int
	cmd    *exec.Cmd
	exited chan error // the server's exit, once it has
}

// startDisplay starts Xvfb on the first free display number from 90, its
// root black so that a window nothing has drawn on reads as black.
func startDisplay() (*display, error) {
	for n := 90; n < 140; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err == nil {
			continue
		}
		d, err := tryDisplay(n)
		if err != nil || d != nil {
			return d, err
		}
	}
	return nil, errors.New("no free X display between :90 and :139")
}

// tryDisplay starts Xvfb on display n; nil, nil when another server took
// the number first.
func tryDisplay(n int) (*display, error) {
	d := &display{n: n, exited: make(chan error, 1)}
	d.cmd = exec.Command("Xvfb", fmt.Sprintf(":%d", n), "-screen", "0", "1280x800x24", "-br", "-noreset", "-nolisten", "tcp")
	if err := d.cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot start Xvfb (make bench installs it): %w", err)
	}
	go func() { d.exited <- d.cmd.Wait() }()
	for range 100 {
		if x, err := dialX(n); err == nil {
			x.Close()
			return d, nil
		}
		select {
		case <-d.exited:
			return nil, nil
		case <-time.After(50 * time.Millisecond):
		}
	}
	d.Close()
	return nil, errors.New("Xvfb did not start within 5 seconds")
}

// Close ends the server, which removes its lock file as it goes.
func (d *display) Close() {
	d.cmd.Process.Signal(os.Interrupt)
	select {
	case <-d.exited:
	case <-time.After(5 * time.Second):
		d.cmd.Process.Kill()
		<-d.exited
	}
}

// settle is how long a program runs after its first frame before its peak
// memory is read: long enough for what it does just after (charts drawn
// off the UI goroutine, a backup) to count.
const settle = 1500 * time.Millisecond

// run starts p on the display with env, times its first window and reads its
// peak memory, then ends it.
func (d *display) run(p program, env []string) (launch, error) {
	x, err := dialX(d.n)
	if err != nil {
		return launch{}, fmt.Errorf("X connection: %w", err)
	}
	defer x.Close()
	var out bytes.Buffer
	cmd := exec.Command(p.name, p.args...)
	cmd.Env = append(slices.Clip(env), fmt.Sprintf("DISPLAY=:%d", d.n))
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return launch{}, err
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	fail := func(err error) (launch, error) {
		return launch{}, fmt.Errorf("%s: %w; it said: %s", p.name, err, strings.TrimSpace(out.String()))
	}

	win, err := x.waitMapped(start.Add(30 * time.Second))
	if err != nil {
		return fail(fmt.Errorf("no window: %w", err))
	}
	var l launch
	l.Mapped = ms(win.at.Sub(start))
	w, h, err := x.size(win.window)
	if err != nil {
		return fail(err)
	}
	for {
		ok, err := x.painted(win.window, h/2, w)
		if err != nil {
			return fail(err)
		}
		if ok {
			l.Drawn = ms(time.Since(start))
			break
		}
		if time.Since(start) > 30*time.Second {
			return fail(errors.New("nothing drawn on its window within 30 seconds"))
		}
		time.Sleep(time.Millisecond)
	}
	time.Sleep(settle)
	kb, err := peakKB(cmd.Process.Pid)
	if err != nil {
		return fail(err)
	}
	l.PeakMB = float64(kb) / 1024
	return l, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// peakKB reads a process's peak resident set size (VmHWM) in kB.
func peakKB(pid int) (int, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
		}
	}
	return 0, errors.New("no VmHWM in /proc/PID/status")
}
