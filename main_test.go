package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"daymark/app/errorlog"
)

// TestMain gives the tests a data folder of their own: run writes its log
// there, never into the person's.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "daymark-main-test-")
	if err != nil {
		panic(err)
	}
	if err := os.Setenv("XDG_DATA_HOME", dir); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runMain runs the command line in-process and returns its exit status and output.
func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return code, out.String(), errs.String()
}

func TestHelpListsEveryCommand(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		code, out, _ := runMain(t, args...)
		if code != 0 || !strings.Contains(out, "DAYMARK_DB") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
		for _, c := range []string{"demo", "export", "import", "backup", "restore", "check", "balance", "values", "decisions"} {
			if !strings.Contains(out, "daymark "+c+" [--db PATH]") {
				t.Errorf("--help does not show %q:\n%s", c, out)
			}
		}
	}
	if code, out, _ := runMain(t, "--version"); code != 0 || out != "daymark "+version+"\n" {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestCommandsGetTheDatabaseGivenBeforeThem(t *testing.T) {
	db := filepath.Join(t.TempDir(), "before.db")
	if code, out, errs := runMain(t, "--db", db, "demo", "--days", "3"); code != 0 || !strings.Contains(out, db) {
		t.Errorf("daymark --db PATH demo: exit %d, %q, %q", code, out, errs)
	}
}

func TestBadGlobalArguments(t *testing.T) {
	if code, _, errs := runMain(t, "bogus"); code != 2 || !strings.Contains(errs, `unknown command "bogus"`) {
		t.Errorf("bogus: exit %d, %q", code, errs)
	}
	if code, _, errs := runMain(t, "--nope"); code != 2 || !strings.Contains(errs, "flag provided but not defined") {
		t.Errorf("--nope: exit %d, %q", code, errs)
	}
}

// A command that fails says a sentence on stderr; the cause under it goes
// to the log in the person's data folder, readable by the owner only.
func TestAFailingCommandWritesItsCauseToTheLog(t *testing.T) {
	dataHome := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dataHome)
	t.Cleanup(func() { errorlog.Use(nil) })
	damaged := filepath.Join(t.TempDir(), "damaged.db")
	if err := os.WriteFile(damaged, append([]byte("SQLite format 3\x00"), make([]byte, 80)...), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runMain(t, "--db", damaged, "check")
	if code != 1 || !strings.Contains(errs, "daymark check: ") {
		t.Fatalf("check of a damaged file: exit %d, %q", code, errs)
	}
	log := filepath.Join(dataHome, "daymark", errorlog.Name)
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatalf("no log: %v", err)
	}
	entry := string(b)
	for _, want := range []string{"daymark " + version, "daymark check: [corrupt] ", damaged} {
		if !strings.Contains(entry, want) {
			t.Errorf("the log lacks %q:\n%s", want, entry)
		}
	}
	if info, err := os.Stat(log); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("the log's mode: %v, %v", info.Mode().Perm(), err)
	}
	if code, _, _ := runMain(t, "--db", damaged, "check", "--bogus"); code != 2 {
		t.Fatalf("a bad flag: exit %d", code)
	}
	if again, _ := os.ReadFile(log); string(again) != entry {
		t.Errorf("a mistake on the command line was logged:\n%s", again)
	}
}
