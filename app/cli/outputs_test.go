package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// No command writes over the database it reads, its companions, or its
// backups: each such --out is refused with a sentence naming it, before
// anything is written.
func TestNoCommandWritesOverTheDatabaseOrItsBackups(t *testing.T) {
	db := sample(t)
	dir := filepath.Dir(db)
	if code, _, errs := daymark(t, "backup", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	// A database kept under a brief's file name, in the folder a brief goes to.
	briefDB := filepath.Join(t.TempDir(), "brief.md")
	if code, _, errs := daymark(t, "demo", "--db", briefDB, "--days", "3"); code != 0 {
		t.Fatal(errs)
	}
	if err := os.Symlink(db, filepath.Join(dir, "link.csv")); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		args []string
		db   string
		says string
	}{
		{[]string{"export", "--out", db}, db, "is the database open in Daymark"},
		{[]string{"export", "--format", "csv", "--out", db}, db, "is the database open in Daymark"},
		{[]string{"export", "--format", "csv", "--out", filepath.Join(dir, "link.csv")}, db, "is the database open in Daymark"},
		{[]string{"export", "--out", db + "-wal"}, db, "write-ahead log"},
		{[]string{"export", "--out", filepath.Join(dir, "backups", "mine.json")}, db, "the folder of Daymark's backups"},
		{[]string{"backup", "--out", db + "-journal"}, db, "is the journal of the database open in Daymark"},
		{[]string{"backup", "--out", filepath.Join(dir, "backups", "copy.db")}, db, "the folder of Daymark's backups"},
		{[]string{"brief", "--out", filepath.Dir(briefDB), "--replace"}, briefDB, "brief.md is the database open in Daymark"},
		{[]string{"brief", "--out", filepath.Join(dir, "backups")}, db, "the folder of Daymark's backups"},
	}
	for _, c := range cases {
		before, err := os.ReadFile(c.db)
		if err != nil {
			t.Fatal(err)
		}
		entries, err := os.ReadDir(filepath.Join(filepath.Dir(c.db), "backups"))
		if err != nil && !errors.Is(err, fs.ErrNotExist) { // no backups yet: none to change
			t.Fatal(err)
		}
		code, out, errs := daymark(t, c.args[0], append([]string{"--db", c.db}, c.args[1:]...)...)
		if code != 1 || !strings.Contains(errs, c.says) || out != "" {
			t.Errorf("%v: exit %d, %q, %q; want 1 saying %q", c.args, code, out, errs, c.says)
		}
		if after, _ := os.ReadFile(c.db); string(after) != string(before) {
			t.Errorf("%v changed the database", c.args)
		}
		if now, _ := os.ReadDir(filepath.Join(filepath.Dir(c.db), "backups")); len(now) != len(entries) {
			t.Errorf("%v wrote into the backups folder", c.args)
		}
		if _, err := os.Stat(db + "-journal"); err == nil {
			t.Fatalf("%v wrote a journal beside the database", c.args)
		}
	}
	if code, _, errs := daymark(t, "check", "--db", db); code != 0 {
		t.Errorf("the database is not sound after: %s", errs)
	}
}
