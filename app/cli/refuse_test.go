package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"daymark/data/datatest"
)

// The promise on the command line: a file that is damaged, not SQLite,
// another program's, from a newer Daymark, or emptied while it has
// backups, makes every command that opens it say so on stderr and exit
// with status 1, and the file is left exactly as it was: never emptied,
// repaired, or treated as a new database.
func TestEveryCommandRefusesAFileItCannotUseAndLeavesItAlone(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string { return datatest.Write(t, dir, name, b) }
	whole := sample(t)
	if code, _, errs := daymark(t, "backup", "--db", whole); code != 0 {
		t.Fatal(errs)
	}
	halved := whole // with a backup beside it
	datatest.Halve(t, halved)

	newer := filepath.Join(dir, "newer.db")
	if code, _, errs := daymark(t, "demo", "--db", newer, "--days", "2"); code != 0 {
		t.Fatal(errs)
	}
	datatest.MarkNewer(t, newer)
	other := datatest.OtherProgram(t, filepath.Join(dir, "other.db"))
	emptied := filepath.Join(filepath.Dir(whole), "emptied.db")
	if err := os.WriteFile(emptied, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(mustBackup(t, whole), filepath.Join(filepath.Dir(whole), "backups", "emptied-20260101-120000.000-r1-manual.db")); err != nil {
		t.Fatal(err)
	}

	dropped := filepath.Join(dir, "dropped.db")
	if code, _, errs := daymark(t, "demo", "--db", dropped, "--days", "2"); code != 0 {
		t.Fatal(errs)
	}
	datatest.Exec(t, dropped, "ALTER TABLE value DROP COLUMN meaning")

	export := write("export.json", nil)
	if code, out, _ := daymark(t, "export", "--db", sample(t)); code == 0 {
		if err := os.WriteFile(export, []byte(out), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	files := []struct{ name, path, says string }{
		{"cut in half", halved, "is damaged: it is shorter than the database it holds"},
		{"garbage", write("garbage.db", bytes.Repeat([]byte("garbage!"), 1000)), "is not a Daymark database"},
		{"text", write("notes.txt", []byte("my notes\n")), "is not a Daymark database"},
		{"another program's", other, "an SQLite file of another program"},
		{"newer", newer, "was written by a newer version of Daymark"},
		{"emptied", emptied, "is empty, but there are backups of it"},
		{"missing a column", dropped, "is damaged: the table value has no column meaning"},
	}
	commands := [][]string{
		{"check"}, {"export"}, {"export", "--format", "csv"}, {"backup"}, {"balance"}, {"values"}, {"decisions"},
		{"demo"}, {"import", "--replace", export}, {"restore", mustBackup(t, whole)},
		{"week"}, {"week", "2026-03-02", "--apply-ideal"},
	}
	for _, f := range files {
		for _, cmd := range commands {
			before, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			args := append([]string{"--db", f.path}, cmd[1:]...)
			code, out, errs := daymark(t, cmd[0], args...)
			if code != 1 || !strings.Contains(errs, f.says) || !strings.HasPrefix(errs, "daymark "+cmd[0]+": ") {
				t.Errorf("%s on %s: exit %d, stderr %q; want 1 saying %q", cmd[0], f.name, code, errs, f.says)
			}
			if out != "" {
				t.Errorf("%s on %s wrote %q to stdout", cmd[0], f.name, out)
			}
			if after, _ := os.ReadFile(f.path); !bytes.Equal(before, after) {
				t.Errorf("%s changed the %s file", cmd[0], f.name)
			}
			if _, err := os.Stat(f.path + "-wal"); err == nil {
				t.Errorf("%s put a WAL beside the %s file", cmd[0], f.name)
			}
		}
	}
}
