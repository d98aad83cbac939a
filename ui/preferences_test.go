package ui

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"daymark/ui/prefs"

	fyneapp "fyne.io/fyne/v2/app"
)

// The settings are Fyne's preferences, in a file Fyne empties and writes
// again on every save. These tests start Daymark's own way of making the
// app (RecoverPreferences, fyneapp.NewWithID, KeepPreferences) in a
// process of its own, as a start of Daymark does, leave its files as a
// kill would, and start again.

const prefsID = "app.daymark.PreferencesTest"

func TestMain(m *testing.M) {
	if os.Getenv("DAYMARK_UI_HELPER") == "preferences" {
		os.Exit(preferencesHelper())
	}
	os.Exit(m.Run())
}

// preferencesHelper makes the app as main does, prints the setting n and
// where Fyne keeps the preferences, then sets n to each of
// $DAYMARK_PREFS_SET in turn ("loop": 1, 2, 3 … until killed), printing
// each once it is set.
func preferencesHelper() int {
	prefs.RecoverPreferences(prefsID)
	a := fyneapp.NewWithID(prefsID)
	prefs.KeepPreferences(a)
	fmt.Println("n=" + a.Preferences().String("n"))
	fmt.Println("root=" + a.Storage().RootURI().Path())
	set := os.Getenv("DAYMARK_PREFS_SET")
	if set == "loop" {
		for i := 1; ; i++ {
			a.Preferences().SetString("n", strconv.Itoa(i))
			fmt.Println(i)
		}
	}
	for _, v := range strings.Fields(set) {
		a.Preferences().SetString("n", v)
		fmt.Println(v)
	}
	return 0 // as a kill would: Fyne's save at quit never runs
}

// startPrefs starts the helper with its config in home and returns it,
// with the reader of its output.
func startPrefs(t *testing.T, home, set string) (*exec.Cmd, *bufio.Scanner, *strings.Builder) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), "DAYMARK_UI_HELPER=preferences", "DAYMARK_PREFS_SET="+set, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent") // no bus, and none started that would outlive the helper
	cmd.WaitDelay = time.Second
	var errs strings.Builder
	cmd.Stderr = &errs
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out), &errs
}

// runPrefs runs the helper to its end and returns the setting it read
// at start, and what Fyne logged.
func runPrefs(t *testing.T, home, set string) (string, string) {
	t.Helper()

	cmd, out, errs := startPrefs(t, home, set)
	var n string
	for out.Scan() {
		if v, ok := strings.CutPrefix(out.Text(), "n="); ok {
			n = v
		}
		if root, ok := strings.CutPrefix(out.Text(), "root="); ok && root != prefs.PreferencesFolder(prefsID) {
			t.Errorf("Fyne keeps the preferences in %s, Daymark looks in %s", root, prefs.PreferencesFolder(prefsID))
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v: %s", err, errs)
	}
	return n, errs.String()
}

func TestSettingsSurviveAKillAtAnyMoment(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home) // preferencesFolder, in this process, as in the helper's
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	file := filepath.Join(prefs.PreferencesFolder(prefsID), "preferences.json")

	cases := []struct {
		name  string
		after func(body []byte) // what a kill leaves of Fyne's file
	}{
		{"killed between emptying the file and writing it", func([]byte) {
			if err := os.WriteFile(file, nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}},
		{"killed half way through writing it", func(b []byte) {
			if err := os.WriteFile(file, b[:len(b)/2], 0o600); err != nil {
				t.Fatal(err)
			}
		}},
		{"killed before Fyne saved the last changes", func([]byte) {}},
	}
	for i, c := range cases {
		want := fmt.Sprint("v", i)
		runPrefs(t, home, "first "+want) // Fyne saves "first", then waits: want is only in Daymark's copy
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		c.after(body)
		n, logged := runPrefs(t, home, "")
		if n != want {
			t.Errorf("%s: the next start reads %q, want %q", c.name, n, want)
		}
		if strings.Contains(logged, "Preferences load error") {
			t.Errorf("%s: the next start logs %q", c.name, logged)
		}
		if info, err := os.Stat(file); err == nil && info.Mode().Perm() != 0o600 {
			t.Errorf("%s: preferences.json has mode %v", c.name, info.Mode().Perm())
		}
	}

	// Real kills, at moments spread over a few milliseconds of changes.
	for round := range 5 {
		cmd, out, _ := startPrefs(t, home, "loop")
		last := 0
		done := make(chan struct{})
		go func() {
			defer close(done)
			for out.Scan() {
				if v, err := strconv.Atoi(out.Text()); err == nil {
					last = v
				}
			}
		}()
		time.Sleep(time.Duration(20+round*9) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		<-done
		n, logged := runPrefs(t, home, "")
		if got, _ := strconv.Atoi(n); got < last || strings.Contains(logged, "Preferences load error") {
			t.Errorf("round %d: after a kill once %d was set, the next start reads %q and logs %q", round, last, n, logged)
		}
	}
}
