// Package datatest makes, for the tests of every package, the files that
// Daymark must refuse to open: a database cut in half, one from a newer
// Daymark, one missing a column, another program's SQLite file. The command
// line's and the window's tests build them the same way through it.
//
// It imports nothing of the project: it changes files with SQLite alone.
package datatest

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/mattn/go-sqlite3" // the driver the statements run on
)

// Write writes b to a new file name in dir, owner-only, and returns its path.
func Write(tb testing.TB, dir, name string, b []byte) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		tb.Fatal(err)
	}
	return p
}

// Exec runs statements on the SQLite file at path, outside Daymark.
func Exec(tb testing.TB, path string, statements ...string) {
	tb.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	for _, s := range statements {
		if _, err := db.Exec(s); err != nil {
			tb.Fatalf("%s on %s: %v", s, path, err)
		}
	}
}

// Halve cuts the database at path in half, after bringing what its
// write-ahead log holds into the file; the log goes.
func Halve(tb testing.TB, path string) {
	tb.Helper()
	Exec(tb, path, "PRAGMA wal_checkpoint(TRUNCATE)")
	full, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, full[:len(full)/2], 0o600); err != nil {
		tb.Fatal(err)
	}
	if err := os.Remove(path + "-wal"); err != nil && !os.IsNotExist(err) {
		tb.Fatal(err)
	}
}

// MarkNewer makes the Daymark database at path look written by a newer
// version of Daymark.
func MarkNewer(tb testing.TB, path string) {
	tb.Helper()
	Exec(tb, path, "PRAGMA user_version = 999")
}

// OtherProgram makes an SQLite file of another program at path, holding
// a note of its own.
func OtherProgram(tb testing.TB, path string) string {
	tb.Helper()
	Exec(tb, path, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('mine')")
	return path
}
