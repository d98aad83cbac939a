// The helpers that several test files of this package share.

package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
)

// mustBackup returns the newest backup of the database at db.
func mustBackup(t *testing.T, db string) string {
	t.Helper()
	list, err := filepath.Glob(filepath.Join(filepath.Dir(db), "backups", "*.db"))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) == 0 {
		t.Fatal("no backup")
	}
	return list[len(list)-1]
}

// daymark runs a command in-process and returns its exit status and output.
func daymark(t *testing.T, name string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := Run(context.Background(), name, args, "", &out, &errs)
	return code, out.String(), errs.String()
}

// sample makes a database with two weeks of sample days.
func sample(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "sample.db")
	if code, _, errs := daymark(t, "demo", "--db", db, "--days", "14"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	return db
}
