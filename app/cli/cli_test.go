package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"daymark/data"
)

func TestDemoFillsANewDatabaseOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sample.db")
	code, out, errs := daymark(t, "demo", "--db", db, "--days", "14")
	if code != 0 || !strings.Contains(out, "Wrote 14 sample days") {
		t.Fatalf("demo: exit %d, %q, %q", code, out, errs)
	}
	code, _, errs = daymark(t, "demo", "--db", db)
	if code != 1 || !strings.Contains(errs, "already holds data") {
		t.Errorf("a second demo: exit %d, %q", code, errs)
	}
}

func TestTheDatabaseComesFromTheEnvironmentWhenNoFlagIsGiven(t *testing.T) {
	db := filepath.Join(t.TempDir(), "from-env.db")
	t.Setenv("DAYMARK_DB", db)
	if code, out, errs := daymark(t, "demo", "--days", "2"); code != 0 || !strings.Contains(out, db) {
		t.Errorf("demo with DAYMARK_DB: exit %d, %q, %q", code, out, errs)
	}
	other := filepath.Join(t.TempDir(), "from-flag.db")
	if code, out, _ := daymark(t, "demo", "--db", other, "--days", "2"); code != 0 || !strings.Contains(out, other) {
		t.Errorf("--db does not win over DAYMARK_DB: %q", out)
	}
}

func TestExportImportRoundTripThroughFiles(t *testing.T) {
	db := sample(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "first.json")
	if code, _, errs := daymark(t, "export", "--db", db, "--out", first); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	if info, _ := os.Stat(first); info.Mode().Perm() != 0o600 {
		t.Errorf("export mode = %v", info.Mode().Perm())
	}
	copyDB := filepath.Join(dir, "copy.db")
	code, out, errs := daymark(t, "import", "--db", copyDB, first)
	if code != 0 || !strings.Contains(out, "Imported 4 dimensions and 14 days") {
		t.Fatalf("import: exit %d, %q, %q", code, out, errs)
	}
	code, second, _ := daymark(t, "export", "--db", copyDB) // to stdout
	if code != 0 {
		t.Fatal("export to stdout failed")
	}
	a, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	var docA, docB map[string]any
	if err := json.Unmarshal(a, &docA); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(second), &docB); err != nil {
		t.Fatal(err)
	}
	delete(docA, "exported_at")
	delete(docB, "exported_at")
	ja, err := json.Marshal(docA)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(docB)
	if err != nil {
		t.Fatal(err)
	}
	if string(ja) != string(jb) || len(docA["days"].([]any)) != 14 {
		t.Error("the export of the imported copy differs from the original export")
	}

	code, _, errs = daymark(t, "import", "--db", copyDB, first)
	if code != 1 || !strings.Contains(errs, "--replace") {
		t.Errorf("import into a database with data: exit %d, %q", code, errs)
	}
	code, out, _ = daymark(t, "import", "--db", copyDB, "--replace", first)
	if code != 0 || !strings.Contains(out, "backup") {
		t.Errorf("import --replace: exit %d, %q", code, out)
	}
}

func TestExportCSV(t *testing.T) {
	db := sample(t)
	code, out, errs := daymark(t, "export", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatal(errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\r\n")
	if lines[0] != "date,dimension,planned_minutes,actual_minutes,note" || len(lines) != 1+14*4 {
		t.Errorf("%d lines, first %q", len(lines), lines[0])
	}
}

func TestBackupRestoreAndCheck(t *testing.T) {
	db := sample(t)
	code, out, errs := daymark(t, "backup", "--db", db)
	if code != 0 || !strings.Contains(out, filepath.Join(filepath.Dir(db), "backups")) {
		t.Fatalf("backup: exit %d, %q, %q", code, out, errs)
	}
	list, err := data.Backups(db)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Reason != "manual" {
		t.Fatalf("backups = %+v", list)
	}
	out2 := filepath.Join(t.TempDir(), "mine.db")
	if code, _, errs := daymark(t, "backup", "--db", db, "--out", out2); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := daymark(t, "backup", "--db", db, "--out", out2); code != 1 || !strings.Contains(errs, "already exists") {
		t.Errorf("backup over an existing file: exit %d, %q", code, errs)
	}

	// Change the data, then restore the backup.
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	today := data.Today()
	before, err := s.Day(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, data.NewDay(today)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, errs = daymark(t, "restore", "--db", db, list[0].Path)
	if code != 0 || !strings.Contains(out, "before-restore") {
		t.Fatalf("restore: exit %d, %q, %q", code, out, errs)
	}
	s, err = data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	after, err := s.Day(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if !after.Equal(before) {
		t.Errorf("restore brought back %+v, want %+v", after, before)
	}

	code, out, _ = daymark(t, "check", "--db", db)
	if code != 0 || !strings.Contains(out, "is sound: schema") || !strings.Contains(out, "14 days") {
		t.Errorf("check: exit %d, %q", code, out)
	}
}

func TestCheckFailsOnWhatIsNotASoundDatabase(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, bytes.Repeat([]byte("garbage!"), 1000), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.db")
	// A Daymark file with a page of its data overwritten.
	damaged := sample(t)
	b, err := os.ReadFile(damaged)
	if err != nil {
		t.Fatal(err)
	}
	for i := 4096 * 2; i < 4096*3 && i < len(b); i++ {
		b[i] = 0xA5
	}
	if err := os.WriteFile(damaged, b, 0o600); err != nil {
		t.Fatal(err)
	}
	os.Remove(damaged + "-wal")
	os.Remove(damaged + "-shm")
	for _, c := range []struct{ db, want string }{
		{garbage, "not a Daymark database"},
		{missing, "there is no database at"},
		{damaged, "damaged"},
	} {
		code, _, errs := daymark(t, "check", "--db", c.db)
		if code != 1 || !strings.Contains(errs, c.want) {
			t.Errorf("check %s: exit %d, %q; want 1 saying %q", filepath.Base(c.db), code, errs, c.want)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("check created the missing database")
	}
}

func TestBadCommandLinesWriteNothing(t *testing.T) {
	dir := t.TempDir()
	db := sample(t)
	out := filepath.Join(dir, "out.json")
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte("not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"demo", "--days", "0", "--db", filepath.Join(dir, "a.db")}, 1, "--days must be between 1"},
		{[]string{"demo", "--days", "many"}, 2, "invalid value"},
		{[]string{"demo", "--db", filepath.Join(dir, "b.db"), "extra"}, 2, "unexpected \"extra\""},
		{[]string{"demo", "--db", dir}, 1, "is a folder"},
		{[]string{"export", "--db", db, "--format", "xml", "--out", out}, 1, "--format is json or csv"},
		{[]string{"export", "--db", filepath.Join(dir, "none.db"), "--out", out}, 1, "there is no database"},
		{[]string{"import", "--db", db}, 2, "which file?"},
		{[]string{"import", "--db", db, filepath.Join(dir, "none.json")}, 1, "cannot read"},
		{[]string{"restore", "--db", db, filepath.Join(dir, "none.db")}, 1, "there is no file"},
		{[]string{"restore", "--db", filepath.Join(dir, "new.db"), bad}, 1, "not a Daymark database"},
		{[]string{"import", "--db", filepath.Join(dir, "new.db"), bad}, 1, "line 1, column 2: the JSON is malformed"},
	}
	for _, c := range cases {
		code, _, errs := daymark(t, c.args[0], c.args[1:]...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d saying %q", c.args, code, errs, c.code, c.want)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("a failed command left %s", e.Name())
	}
	if list, _ := data.Backups(db); len(list) != 0 {
		t.Errorf("failed commands made backups: %v", list)
	}
}

func TestEveryCommandExplainsItself(t *testing.T) {
	for name := range commands {
		code, _, errs := daymark(t, name, "--help")
		if code != 0 || !strings.Contains(errs, "Usage: daymark "+name) || !strings.Contains(errs, "-db") {
			t.Errorf("%s --help: exit %d, %q", name, code, errs)
		}
	}
}
