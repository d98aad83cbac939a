//go:build e2e

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"daymark/data"
)

// TestEndToEnd runs the real binary in a real X window under Xvfb: it waits
// for the "Daymark" window, checks a screenshot is not blank, plans a day
// with the keyboard alone, saves with Ctrl+S, types on the next day right
// after moving to it, plans a cell of the week on the Week screen, starts
// and stops a timer with Ctrl+T and Ctrl+Shift+T, quits with Ctrl+Q
// (saving the week's last cell), and finds the minutes in the database.
func TestEndToEnd(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool", "xwd"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing: run .ci/deps test", tool)
		}
	}
	dir := t.TempDir()
	bin := buildDaymark(t)
	display := startXvfb(t)
	db := filepath.Join(dir, "e2e.db")

	d := startDaymark(t, bin, db, display)
	win := d.waitForWindow(t, 30*time.Second)
	t.Logf("window %s after %v", win, time.Since(d.start).Round(time.Millisecond))
	time.Sleep(1500 * time.Millisecond) // let it draw

	shot := screenshot(t, display)
	savePNG(t, shot, filepath.Join(dir, "e2e.png"))
	if n := distinctColours(shot); n < 50 {
		t.Fatalf("the screenshot has %d colours: the window looks blank", n)
	}

	// Keyboard only. The first planned field has focus when the app opens,
	// under the welcome a new user sees first: Escape closes it.
	if _, err := xdo(display, "windowfocus", "--sync", win); err != nil {
		t.Logf("windowfocus: %v", err) // without a window manager focus may already be there
	}
	if out, err := xdo(display, "key", "Escape"); err != nil {
		t.Fatalf("Escape on the welcome: %v %s", err, out)
	}
	time.Sleep(300 * time.Millisecond)
	keys := [][]string{
		{"type", "--delay", "40", "2h"}, {"key", "Tab"},
		{"type", "--delay", "40", "1h30"}, {"key", "Tab"},
		{"key", "Tab"}, {"key", "Tab"}, // past the last two planned fields
		{"type", "--delay", "40", "1:45"}, // My self, actual
		{"key", "ctrl+s"},
	}
	for _, k := range keys {
		if out, err := xdo(display, k...); err != nil {
			t.Fatalf("xdotool %v: %v %s", k, err, out)
		}
		time.Sleep(150 * time.Millisecond)
	}

	today := data.Today()
	want := func(day data.Day, dims []data.Dimension) bool {
		return day.Planned[dims[0].ID] == 120 && day.Planned[dims[1].ID] == 90 &&
			day.Actual[dims[0].ID] == 105 && day.ActualTotal() == 105
	}
	waitFor(t, 10*time.Second, "the typed minutes in the database", func() (string, bool) {
		day, dims := readDay(t, db, today)
		return fmt.Sprint(day.Planned, day.Actual), want(day, dims) && day.PlannedTotal() == 210
	})

	// No key is lost on a move: back to today (its first field selected),
	// Alt+Right to an empty day and 5h at once, in one burst of keys.
	if out, err := xdo(display, "key", "alt+Home"); err != nil {
		t.Fatalf("alt+Home: %v %s", err, out)
	}
	time.Sleep(500 * time.Millisecond)
	if out, err := xdo(display, "key", "alt+Right", "type", "--delay", "12", "5h"); err != nil { // type takes the rest as text
		t.Fatalf("alt+Right, 5h: %v %s", err, out)
	}
	if out, err := xdo(display, "key", "ctrl+s"); err != nil {
		t.Fatalf("ctrl+s: %v %s", err, out)
	}
	tomorrow := today.AddDays(1)
	waitFor(t, 10*time.Second, "5h on the day after, typed right after Alt+Right", func() (string, bool) {
		day, dims := readDay(t, db, tomorrow)
		return fmt.Sprint(day.Planned), day.Planned[dims[0].ID] == 300 && day.PlannedTotal() == 300
	})

	// The Week screen: the cursor on today's first cell, Down twice, a
	// duration typed over the cell and saved with Ctrl+S, the keys typed
	// at once, while the screen is still being made (held, then handed to
	// the grid: a Down was lost on a grid not drawn yet); then another
	// cell typed and left unsaved, for quitting to save.
	for _, k := range [][]string{{"key", "ctrl+2", "Down", "Down"}, {"type", "--delay", "12", "45m"}, {"key", "ctrl+s"}} {
		if out, err := xdo(display, k...); err != nil {
			t.Fatalf("xdotool %v: %v %s", k, err, out)
		}
		time.Sleep(150 * time.Millisecond)
	}
	waitFor(t, 10*time.Second, "45m planned from the week's grid", func() (string, bool) {
		day, dims := readDay(t, db, today)
		return fmt.Sprint(day.Planned), day.Planned[dims[2].ID] == 45 && day.Planned[dims[0].ID] == 120
	})
	for _, k := range [][]string{{"key", "Down"}, {"type", "--delay", "40", "15m"}} {
		if out, err := xdo(display, k...); err != nil {
			t.Fatalf("xdotool %v: %v %s", k, err, out)
		}
		time.Sleep(150 * time.Millisecond)
	}

	// The main menu: clicking File opens its menu over the window, Escape closes it.
	closed := screenshot(t, display)
	if out, err := xdo(display, "mousemove", "--window", win, "27", "13", "click", "1"); err != nil {
		t.Fatalf("clicking File: %v %s", err, out)
	}
	time.Sleep(700 * time.Millisecond)
	open := screenshot(t, display)
	savePNG(t, open, filepath.Join(dir, "e2e-menu.png"))
	menu := image.Rect(0, 30, 320, 420)
	if n := changedPixels(closed, open, menu); n < menu.Dx()*menu.Dy()/10 {
		t.Errorf("clicking File changed %d pixels under it: no menu opened", n)
	}
	if out, err := xdo(display, "key", "Escape"); err != nil {
		t.Fatalf("Escape: %v %s", err, out)
	}
	time.Sleep(500 * time.Millisecond)
	if n := changedPixels(closed, screenshot(t, display), menu); n > menu.Dx()*menu.Dy()/20 {
		t.Errorf("the File menu is still open after Escape (%d pixels differ)", n)
	}

	timed := timeFromTheKeyboard(t, display, db)

	if _, err := xdo(display, "key", "ctrl+q"); err != nil {
		t.Fatal(err)
	}
	d.waitForExit(t, 10*time.Second)
	if strings.Contains(d.stderr.String(), "locale") {
		t.Errorf("daymark logged locale noise under C.UTF-8:\n%s", d.stderr.String())
	} else if d.stderr.Len() > 0 {
		// Fyne may log "Preferences load error: EOF" as it saves its preferences
		// on quit (fyne-io/fyne#2936): shown, not failed on.
		t.Logf("daymark's stderr:\n%s", d.stderr.String())
	}

	day, dims := readDay(t, db, today)
	if day.Actual[dims[0].ID] -= timed; !want(day, dims) || day.Planned[dims[2].ID] != 45 || day.Planned[dims[3].ID] != 15 || day.PlannedTotal() != 270 {
		t.Errorf("after quitting (the week's last cell saved on the way out) the database holds %v / %v, %d minutes timed", day.Planned, day.Actual, timed)
	}
	checkIntegrity(t, db)

	// What was typed comes out through the command line.
	export := filepath.Join(dir, "export.json")
	if out, err := exec.Command(bin, "export", "--db", db, "--out", export).CombinedOutput(); err != nil {
		t.Fatalf("daymark export: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(export)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Format string `json:"format"`
		Days   []struct {
			Date    string         `json:"date"`
			Planned map[string]int `json:"planned"`
			Actual  map[string]int `json:"actual"`
		} `json:"days"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Format != "daymark" || len(doc.Days) != 2 || doc.Days[0].Date != today.String() ||
		doc.Days[0].Planned["My self"] != 120 || doc.Days[0].Planned["People"] != 90 || doc.Days[0].Actual["My self"] != 105+timed ||
		doc.Days[0].Planned["Organisational improvement"] != 45 || doc.Days[0].Planned["Value management"] != 15 ||
		doc.Days[1].Planned["My self"] != 300 {
		t.Errorf("the export holds %s", raw)
	}
	if out, err := exec.Command(bin, "check", "--db", db).CombinedOutput(); err != nil || !strings.Contains(string(out), "is sound") {
		t.Errorf("daymark check: %v %s", err, out)
	}
}

// buildDaymark builds the binary into the test's temporary folder.
func buildDaymark(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "daymark")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// waitFor polls check until it says yes or the time is up.
func waitFor(t *testing.T, limit time.Duration, what string, check func() (string, bool)) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	var last string
	for time.Now().Before(deadline) {
		v, ok := check()
		if ok {
			return v
		}
		last = v
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("waited %v for %s; last saw %q", limit, what, last)
	return ""
}

func readDay(t *testing.T, path string, date data.Date) (data.Day, []data.Dimension) {
	t.Helper()
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	day, err := s.Day(ctx, date)
	if err != nil {
		t.Fatal(err)
	}
	return day, dims
}

func checkIntegrity(t *testing.T, path string) {
	t.Helper()
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if problems, err := s.Check(context.Background()); err != nil || len(problems) > 0 {
		t.Errorf("integrity check: %v %v", problems, err)
	}
}
