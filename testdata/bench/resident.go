package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"daymark/app/desktop/desktoptest"
)

// residentRuns is what staying open all day costs: the CPU each program
// used over a stretch of time, as a share of one core, measured in turns
// under one Xvfb: hello's idle window, then Daymark with a timer running,
// its window open and idle, then the same Daymark with its window closed
// to the tray, then hello again. Daymark runs on a session bus of its own
// with a panel that shows tray icons (desktoptest), as on a desktop.
type residentRuns struct {
	Seconds   int       `json:"seconds"`
	Hello     []float64 `json:"hello_cpu_percent"` // before Daymark and after
	Open      float64   `json:"daymark_open_cpu_percent"`
	Tray      float64   `json:"daymark_tray_cpu_percent"`
	TrayItems int       `json:"tray_items_registered"`
}

// residentSettle is how long a program runs before its CPU is measured:
// past its first frame and the ten seconds a cursor blinks.
const residentSettle = 15 * time.Second

// measureResident measures hello and Daymark (over db, on which it starts
// a timer) for seconds each.
func measureResident(tmp string, hello, daymark program, db string, seconds int) (residentRuns, error) {
	r := residentRuns{Seconds: seconds}
	bus, err := desktoptest.StartBus(tmp)
	if err != nil {
		return r, fmt.Errorf("a session bus for the tray: %w (make bench installs dbus-daemon)", err)
	}
	defer bus.Close()
	panel, err := desktoptest.StartPanel(bus.Address)
	if err != nil {
		return r, err
	}
	defer panel.Close()
	d, err := startDisplay()
	if err != nil {
		return r, err
	}
	defer d.Close()

	home := filepath.Join(tmp, "resident-home")
	run := filepath.Join(tmp, "resident-run")
	prefs := filepath.Join(home, ".config", "fyne", "app.daymark.Daymark")
	for _, dir := range []string{prefs, run} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return r, err
		}
	}
	// Closing the window leaves Daymark in the tray, said once already.
	body, _ := json.Marshal(map[string]bool{"closeToTray": true, "trayTold": true, "welcomed": true})
	if err := os.WriteFile(filepath.Join(prefs, "preferences.json"), body, 0o600); err != nil {
		return r, err
	}
	env := []string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"), "XDG_RUNTIME_DIR=" + run,
		"PATH=" + os.Getenv("PATH"), "DBUS_SESSION_BUS_ADDRESS=" + bus.Address, fmt.Sprintf("DISPLAY=:%d", d.n)}
	if out, err := exec.Command(daymark.name, "timer", "start", "People", "--db", db).CombinedOutput(); err != nil {
		return r, fmt.Errorf("daymark timer start: %v: %s", err, out)
	}
	span := time.Duration(seconds) * time.Second

	h, err := d.cpuOf(hello, env, span, nil)
	if err != nil {
		return r, err
	}
	r.Hello = append(r.Hello, h)
	fmt.Fprintf(os.Stderr, "  hello, idle: %.2f%% of a core\n", h)

	var tray float64
	open, err := d.cpuOf(daymark, env, span, func(x *xconn, win uint32, p *os.Process) error {
		if err := x.closeWindow(win); err != nil {
			return err
		}
		time.Sleep(5 * time.Second)
		if !alive(p) {
			return errors.New("daymark quit when its window was closed, rather than stay in the tray")
		}
		var err error
		tray, err = cpuOver(p.Pid, span)
		return err
	})
	if err != nil {
		return r, err
	}
	r.Open, r.Tray, r.TrayItems = open, tray, len(panel.Items())
	fmt.Fprintf(os.Stderr, "  daymark, a timer running, window open: %.2f%%; closed to the tray: %.2f%% (%d tray item)\n", open, tray, r.TrayItems)

	if h, err = d.cpuOf(hello, env, span, nil); err != nil {
		return r, err
	}
	r.Hello = append(r.Hello, h)
	fmt.Fprintf(os.Stderr, "  hello, idle: %.2f%% of a core\n", h)
	return r, nil
}

// cpuOf starts p on the display, waits for its window and residentSettle,
// measures its CPU over span, then calls then (if not nil) with its
// window, and ends it.
func (d *display) cpuOf(p program, env []string, span time.Duration, then func(x *xconn, win uint32, proc *os.Process) error) (float64, error) {
	x, err := dialX(d.n)
	if err != nil {
		return 0, err
	}
	defer x.Close()
	var out bytes.Buffer
	cmd := exec.Command(p.name, p.args...)
	cmd.Env, cmd.Stdout, cmd.Stderr = env, &out, &out
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	win, err := x.waitMapped(time.Now().Add(30 * time.Second))
	if err != nil {
		return 0, fmt.Errorf("%s: no window: %w; it said: %s", p.name, err, out.String())
	}
	time.Sleep(residentSettle)
	cpu, err := cpuOver(cmd.Process.Pid, span)
	if err != nil {
		return 0, err
	}
	if then != nil {
		if err := then(x, win.window, cmd.Process); err != nil {
			return 0, fmt.Errorf("%s: %w; it said: %s", p.name, err, out.String())
		}
	}
	return cpu, nil
}

// clockTicks is the kernel's USER_HZ, the unit of /proc's CPU times.
const clockTicks = 100

// cpuOver returns the CPU a process uses over span, in % of one core.
func cpuOver(pid int, span time.Duration) (float64, error) {
	before, err := cpuTicks(pid)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	time.Sleep(span)
	after, err := cpuTicks(pid)
	if err != nil {
		return 0, err
	}
	return 100 * float64(after-before) / clockTicks / time.Since(start).Seconds(), nil
}

// cpuTicks reads a process's user and system time (/proc/PID/stat).
func cpuTicks(pid int) (int, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0, errors.New("short /proc/PID/stat")
	}
	utime, err1 := strconv.Atoi(fields[11])
	stime, err2 := strconv.Atoi(fields[12])
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("reading /proc/%d/stat: %v %v", pid, err1, err2)
	}
	return utime + stime, nil
}

func alive(p *os.Process) bool {
	_, err := os.Stat(fmt.Sprintf("/proc/%d", p.Pid))
	return err == nil
}

// residentMemory runs the ui test of an eight-hour day of switching, with
// Fyne's caches cleaned before each measure, and returns the heap after
// the first switch and after the day, in MB.
func residentMemory() (first, day float64, err error) {
	var out bytes.Buffer
	cmd := goCommand("test", "-count=1", "-run", "^TestMemoryStaysFlatOverADayOfSwitching$", "-v", "./ui")
	cmd.Env = append(os.Environ(), "FYNE_CACHE=1ms")
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("the day of switching: %w: %s", err, out.String())
	}
	m := regexp.MustCompile(`heap after the first switch: ([\d.]+) MB; after eight hours: ([\d.]+) MB`).FindStringSubmatch(out.String())
	if m == nil {
		return 0, 0, fmt.Errorf("the day of switching printed no figures: %s", out.String())
	}
	first, _ = strconv.ParseFloat(m[1], 64)
	day, _ = strconv.ParseFloat(m[2], 64)
	return first, day, nil
}

// residentFigures are the lines of the table for staying resident.
func residentFigures(r residentRuns, memFirst, memDay float64) []figure {
	var figs []figure
	if len(r.Hello) > 0 {
		h := 0.0
		for _, x := range r.Hello {
			h += x
		}
		h /= float64(len(r.Hello))
		var each []string
		for _, x := range r.Hello {
			each = append(each, fmt.Sprintf("%.2f%%", x))
		}
		helloText := fmt.Sprintf("%.2f%% (hello before and after: %s)", h, strings.Join(each, ", "))
		figs = append(figs,
			figure{Figure: fmt.Sprintf("CPU over %d s, a timer running, window open and idle: Daymark / hello's idle window", r.Seconds),
				Measured: r.Open / h, Unit: "×", Text: fmt.Sprintf("%.2f%% / %s = %.2f×", r.Open, helloText, r.Open/h)}.within(windowBudget),
			figure{Figure: fmt.Sprintf("CPU over %d s, a timer running, closed to the tray: Daymark / hello's idle window", r.Seconds),
				Measured: r.Tray / h, Unit: "×", Text: fmt.Sprintf("%.2f%% / %.2f%% = %.2f×", r.Tray, h, r.Tray/h)}.within(trayBudget))
	}
	if memFirst > 0 {
		figs = append(figs, figure{Figure: "Memory after an eight-hour day of switching every 20 minutes / after the first switch (test driver)",
			Measured: memDay / memFirst, Unit: "×", Text: fmt.Sprintf("%.2f MB / %.2f MB = %.3f×", memDay, memFirst, memDay/memFirst)}.within(dayMemoryBudget))
	}
	return figs
}
