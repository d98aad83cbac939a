package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

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
