package data

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The promises of a restore: it takes nothing that opening would refuse,
// names what is wrong with a file it refuses, and reads the file it
// restores from as it is, only reading it.

// withSQL returns a copy of the database at src changed by the statements,
// run on a plain connection (nothing of Open).
func withSQL(t *testing.T, src, name string, statements ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name+".db")
	copyFile(t, src, path, 0o600)
	db, err := sqlOpen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range statements {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	return path
}

func TestRestoreRefusesWhatOpeningWouldRefuseAndSaysWhy(t *testing.T) {
	ctx := context.Background()
	rich := richFile(t)
	whole := filepath.Join(t.TempDir(), "whole.db")
	s, err := Open(rich)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.BackupTo(ctx, whole); err != nil {
		t.Fatal(err)
	}
	s.Close()

	cases := []struct {
		name string
		file string
		says string
	}{
		{"a dropped column", withSQL(t, whole, "column", "ALTER TABLE value DROP COLUMN meaning"), "the table value has no column meaning"},
		{"a dropped table", withSQL(t, whole, "table", "DROP TABLE reflection"), "the table reflection is missing"},
		{"a column Daymark never made", withSQL(t, whole, "extra", "ALTER TABLE day ADD COLUMN mood TEXT NOT NULL DEFAULT ''"), "the table day has a column mood that Daymark does not know"},
		{"a dropped trigger", withSQL(t, whole, "trigger", "DROP TRIGGER "+firstTrigger(t, whole)), "is missing"},
		{"a newer schema", withSQL(t, whole, "newer", "PRAGMA user_version = 99"), "was written by a newer version of Daymark"},
		{"another program's", withSQL(t, whole, "other", "PRAGMA application_id = 7"), "of another program"},
		{"a row pointing nowhere", withSQL(t, whole, "orphan", "INSERT INTO entry (date, dimension_id, planned) VALUES ('2026-01-01', 999, 10)"), "points to a row that is not there"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// Opening refuses it, and so does every restore.
			if o, err := Open(withSQL(t, c.file, "open")); err == nil {
				o.Close()
				if c.name != "a row pointing nowhere" { // opening does not read every row
					t.Errorf("Open took it")
				}
			} else if !strings.Contains(ErrorMessage(err), c.says) {
				t.Errorf("Open says %q, want %q", ErrorMessage(err), c.says)
			}
			s := openTemp(t)
			dims, err := s.Dimensions(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.SaveDay(ctx, dayWith(NewDate(2026, 5, 5), dims[0].ID, 77, 0)); err != nil {
				t.Fatal(err)
			}
			before, err := s.Contents(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Restore(ctx, c.file); err == nil || !strings.Contains(ErrorMessage(err), c.says) {
				t.Errorf("Restore: %v, want a sentence saying %q", err, c.says)
			}
			if err := CheckBackup(ctx, c.file); err == nil || !strings.Contains(ErrorMessage(err), c.says) {
				t.Errorf("CheckBackup: %v, want a sentence saying %q", err, c.says)
			}
			if after, _ := s.Contents(ctx); len(after.Days) != len(before.Days) || after.Days[0].Planned[dims[0].ID] != 77 {
				t.Errorf("a refused restore changed the database: %+v", after.Days)
			}
			if list, _ := Backups(s.Path()); len(list) != 0 {
				t.Errorf("a refused restore made %d backups", len(list))
			}
			damaged := filepath.Join(t.TempDir(), "damaged.db")
			copyFile(t, s.Path(), damaged, 0o600)
			if err := os.WriteFile(damaged, []byte("not a database any more"), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := RestoreInPlace(ctx, damaged, c.file); err == nil || !strings.Contains(ErrorMessage(err), c.says) {
				t.Errorf("RestoreInPlace: %v, want a sentence saying %q", err, c.says)
			}
			if got, _ := os.ReadFile(damaged); string(got) != "not a database any more" {
				t.Errorf("a refused RestoreInPlace changed the file")
			}
		})
	}
}

// firstTrigger names a trigger of the database at path.
func firstTrigger(t *testing.T, path string) string {
	db, err := sqlOpen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var name string
	if err := db.QueryRow("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name LIMIT 1").Scan(&name); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestOpenRefusesADaymarkFileWithoutItsTablesAndLeavesItAlone(t *testing.T) {
	path := withSQL(t, richFile(t), "dropped", "ALTER TABLE value DROP COLUMN meaning")
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	if ErrorCode(err) != ECorrupt || !strings.Contains(ErrorMessage(err), "is damaged: the table value has no column meaning") {
		t.Errorf("Open: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("Open changed the file it refused")
	}
}

func TestRestoreReadsTheFileAsItIsWithWhatItsLogHolds(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	// A database whose last day is committed to its log, not yet to the
	// file, copied as a person copies files: the file and its -wal.
	src, err := Open(filepath.Join(dir, "source", "daymark.db"))
	if err != nil {
		t.Fatal(err)
	}
	dims, err := src.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	date := NewDate(2026, 6, 1)
	if err := src.SaveDay(ctx, dayWith(date, dims[0].ID, 45, 30)); err != nil {
		t.Fatal(err)
	}
	copies := filepath.Join(dir, "copies")
	if err := os.Mkdir(copies, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"", "-wal"} {
		copyFile(t, src.Path()+suffix, filepath.Join(copies, "copy.db"+suffix), 0o600)
	}
	src.Close()
	if info, err := os.Stat(filepath.Join(copies, "copy.db-wal")); err != nil || info.Size() == 0 {
		t.Fatalf("the copy has no log to read (%v): the test shows nothing", err)
	}
	before := map[string][]byte{}
	for _, suffix := range []string{"", "-wal"} {
		before[suffix], _ = os.ReadFile(filepath.Join(copies, "copy.db"+suffix))
	}

	s := openTemp(t)
	t.Chdir(copies) // and by a relative path, as typed in a terminal
	if err := CheckBackup(ctx, "copy.db"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Restore(ctx, "copy.db"); err != nil {
		t.Fatal(err)
	}
	if day, _ := s.Day(ctx, date); day.Planned[dims[0].ID] != 45 || day.Actual[dims[0].ID] != 30 {
		t.Errorf("the day committed to the log did not come: %+v", day)
	}
	for suffix, b := range before {
		if after, _ := os.ReadFile(filepath.Join(copies, "copy.db"+suffix)); string(after) != string(b) {
			t.Errorf("restoring changed copy.db%s", suffix)
		}
	}
	if _, err := os.Stat(filepath.Join(copies, "copy.db-shm")); err == nil {
		t.Error("restoring wrote a -shm beside the file it reads")
	}

	damaged := filepath.Join(dir, "damaged.db")
	if err := os.WriteFile(damaged, []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := RestoreInPlace(ctx, damaged, "copy.db"); err != nil {
		t.Fatal(err)
	}
	in, err := Open(damaged)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if day, _ := in.Day(ctx, date); day.Planned[dims[0].ID] != 45 {
		t.Errorf("restoring in place lost the day in the log: %+v", day)
	}
}
