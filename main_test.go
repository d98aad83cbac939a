package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"daymark/data"
)

// cli runs the command line in-process and returns its exit status and output.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return code, out.String(), errs.String()
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		code, out, _ := cli(t, args...)
		if code != 0 || !strings.Contains(out, "daymark demo [--db PATH] [--days N]") || !strings.Contains(out, "DAYMARK_DB") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
	}
	if code, out, _ := cli(t, "--version"); code != 0 || out != "daymark "+version+"\n" {
		t.Errorf("--version: exit %d, %q", code, out)
	}
	if code, _, errs := cli(t, "demo", "--help"); code != 0 || !strings.Contains(errs, "--days") {
		t.Errorf("demo --help: exit %d, %q", code, errs)
	}
}

func TestDemoFillsANewDatabaseOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sample.db")
	code, out, errs := cli(t, "demo", "--db", db, "--days", "14")
	if code != 0 || !strings.Contains(out, "Wrote 14 sample days") {
		t.Fatalf("demo: exit %d, %q, %q", code, out, errs)
	}
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	yesterday, _ := s.Day(context.Background(), data.Today().AddDays(-1))
	s.Close()
	if yesterday.ActualTotal() == 0 {
		t.Error("the sample has no actual time yesterday")
	}

	code, _, errs = cli(t, "--db", db, "demo")
	if code != 1 || !strings.Contains(errs, "already holds data") {
		t.Errorf("a second demo: exit %d, %q", code, errs)
	}
}

func TestTheDatabaseComesFromTheEnvironmentWhenNoFlagIsGiven(t *testing.T) {
	db := filepath.Join(t.TempDir(), "from-env.db")
	t.Setenv("DAYMARK_DB", db)
	if code, out, errs := cli(t, "demo", "--days", "2"); code != 0 || !strings.Contains(out, db) {
		t.Errorf("demo with DAYMARK_DB: exit %d, %q, %q", code, out, errs)
	}
	other := filepath.Join(t.TempDir(), "from-flag.db")
	if code, out, _ := cli(t, "demo", "--db", other, "--days", "2"); code != 0 || !strings.Contains(out, other) {
		t.Errorf("--db does not win over DAYMARK_DB: %q", out)
	}
}

func TestBadCommandLinesFailWithAMessage(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"bogus"}, 2, "unknown command \"bogus\""},
		{[]string{"--nope"}, 2, "flag provided but not defined"},
		{[]string{"demo", "--days", "0", "--db", filepath.Join(dir, "a.db")}, 1, "--days must be between 1"},
		{[]string{"demo", "--days", "many"}, 2, "invalid value"},
		{[]string{"demo", "--db", filepath.Join(dir, "b.db"), "extra"}, 2, "unexpected \"extra\""},
		{[]string{"demo", "--db", dir}, 1, "is a folder"},
	}
	for _, c := range cases {
		code, _, errs := cli(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d saying %q", c.args, code, errs, c.code, c.want)
		}
	}
}
