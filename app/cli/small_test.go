package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A command that only reads never writes a database into an empty file:
// it says the file holds none yet, and leaves it empty.
func TestReadingCommandsNeverFillAnEmptyFile(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"check"}, {"export"}, {"backup"}, {"balance"}, {"values"}, {"decisions"}, {"brief", "--out", filepath.Join(t.TempDir(), "b")}} {
		code, out, errs := daymark(t, cmd[0], append([]string{"--db", empty}, cmd[1:]...)...)
		if code != 1 || out != "" || !strings.Contains(errs, "there is no Daymark database in "+empty+" yet: the file is empty") {
			t.Errorf("%s on an empty file: exit %d, %q, %q", cmd[0], code, out, errs)
		}
		if info, _ := os.Stat(empty); info.Size() != 0 {
			t.Fatalf("%s wrote %d bytes into the empty file", cmd[0], info.Size())
		}
		for _, suffix := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(empty + suffix); err == nil {
				t.Errorf("%s left a %s beside the empty file", cmd[0], suffix)
			}
		}
	}
}

// --db given as nothing is a mistake, not a way to say the default.
func TestAnEmptyDBFlagIsRefused(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", home)
	t.Setenv("DAYMARK_DB", "")
	for _, args := range [][]string{{"--db", ""}, {"--db", "  "}, {"--db="}} {
		code, out, errs := daymark(t, "demo", append(args, "--days", "2")...)
		if code != 2 || out != "" || !strings.Contains(errs, "--db is empty") {
			t.Errorf("demo %q: exit %d, %q, %q", args, code, out, errs)
		}
	}
	if entries, _ := os.ReadDir(home); len(entries) != 0 {
		t.Errorf("a database was made in the default place: %v", entries)
	}
}

// A folder that cannot be written, or is not there, is named.
func TestAFolderThatCannotBeWrittenIsNamed(t *testing.T) {
	db := sample(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "a file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		says string
	}{
		{[]string{"export", "--db", db, "--out", filepath.Join(dir, "missing", "all.json")}, "the folder " + filepath.Join(dir, "missing") + " does not exist"},
		{[]string{"backup", "--db", db, "--out", filepath.Join(dir, "missing", "copy.db")}, "the folder " + filepath.Join(dir, "missing") + " does not exist"},
		{[]string{"demo", "--db", filepath.Join(file, "new.db")}, file + " is a file, not a folder"},
		{[]string{"brief", "--db", db, "--out", filepath.Join(file, "brief")}, file + " is a file, not a folder"},
	}
	for _, c := range cases {
		code, _, errs := daymark(t, c.args[0], c.args[1:]...)
		if code != 1 || !strings.Contains(errs, c.says) {
			t.Errorf("%v: exit %d, %q; want it to say %q", c.args, code, errs, c.says)
		}
	}
}

// A backup given to import is sent to restore, which checks it as
// opening does, rather than read as a calendar or a tracker's CSV.
func TestImportingABackupSaysToRestoreIt(t *testing.T) {
	db := sample(t)
	if code, _, errs := daymark(t, "backup", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	backup := mustBackup(t, db)
	for _, args := range [][]string{{backup}, {"--replace", backup}, {"--from", "2026-01-01", "--to", "2026-01-31", backup}} {
		code, _, errs := daymark(t, "import", append([]string{"--db", db}, args...)...)
		if code != 1 || !strings.Contains(errs, "is a database (a backup?)") || !strings.Contains(errs, "daymark restore") {
			t.Errorf("import %v: exit %d, %q", args, code, errs)
		}
	}
}
