package app

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"daymark/data"
)

// No output a person names can be the database's own file, however the
// path is spelt: the promise is that the check refuses it, names it, and
// writes nothing.
func TestNoOutputCanLandOnTheDatabaseItComesFrom(t *testing.T) {
	dir := t.TempDir()
	store, err := data.Open(filepath.Join(dir, "data", "daymark.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx := context.Background()
	if _, err := store.Backup(ctx, "manual"); err != nil {
		t.Fatal(err)
	}
	chosen := filepath.Join(dir, "kept")
	if err := store.SetBackupFolder(chosen); err != nil {
		t.Fatal(err)
	}
	db := store.Path()
	folder := filepath.Dir(db)
	if err := os.Symlink(db, filepath.Join(dir, "link.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(folder, filepath.Join(dir, "folder-link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(db+"-journal", filepath.Join(dir, "dangling.csv")); err != nil {
		t.Fatal(err)
	} // to a file not there yet
	if err := os.Link(db, filepath.Join(dir, "hard.json")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(folder)

	refused := []struct{ path, says string }{
		{db, "is the database open in Daymark"},
		{"daymark.db", "is the database open in Daymark"},
		{"./backups/../daymark.db", "is the database open in Daymark"},
		{filepath.Join(dir, "link.json"), "which leads to " + db},
		{filepath.Join(dir, "folder-link", "daymark.db"), "is the database open in Daymark"},
		{filepath.Join(dir, "hard.json"), "is the database open in Daymark"},
		{"daymark.db-wal", "is the write-ahead log of the database open in Daymark"},
		{"daymark.db-shm", "is the shared memory file of the database open in Daymark"},
		{"daymark.db-journal", "is the journal of the database open in Daymark"},
		{filepath.Join(dir, "dangling.csv"), "is the journal of the database open in Daymark"},
		{"daymark.db.lock", "is the lock file of the database open in Daymark"},
		{"backups/export.json", "the folder of Daymark's backups"},
		{"backups", "is the folder of Daymark's backups"},
		{filepath.Join(folder, "backups", "new", "deep.csv"), "the folder of Daymark's backups"},
		{filepath.Join(chosen, "export.json"), "the folder of Daymark's backups"},
		{"", "say which file to write"},
	}
	out := OutputsOf(store)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range refused {
		err := out.WriteFile(c.path, func(w io.Writer) error { _, err := io.WriteString(w, "export"); return err })
		if data.ErrorCode(err) != data.EInvalid || !strings.Contains(data.ErrorMessage(err), c.says) {
			t.Errorf("%q: %v, want a sentence saying %q", c.path, err, c.says)
			continue
		}
		if c.path != "" && !strings.Contains(data.ErrorMessage(err), filepath.Base(c.path)) {
			t.Errorf("%q: the sentence does not name the path: %q", c.path, data.ErrorMessage(err))
		}
	}
	if after, _ := os.ReadFile(db); string(after) != string(before) {
		t.Error("the database changed")
	}
	for _, p := range []string{"daymark.db-journal", filepath.Join("backups", "export.json"), filepath.Join(chosen, "export.json")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was written", p)
		}
	}
	if err := NewDataFile(store).BackupTo(ctx, "daymark.db-journal"); err == nil || !strings.Contains(data.ErrorMessage(err), "journal") {
		t.Errorf("a copy of the database as its own journal: %v", err)
	}

	for _, p := range []string{"export.json", "daymark.db.json", filepath.Join(dir, "backups-old", "x.csv"), filepath.Join(dir, "kept-too.json")} {
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := out.WriteFile(p, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }); err != nil {
			t.Errorf("%s was refused: %v", p, err)
		}
	}
}
