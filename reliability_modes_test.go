package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A file Daymark fills or keeps beside a database is the owner's only,
// whatever mode it had or the database had: an empty file made for the
// database with 0666, and the -wal, -shm and lock of a database copied in
// with 0644 (SQLite gives its -wal and -shm the database's mode).
func TestFilesDaymarkFillsOrKeepsBesideADatabaseAreTheOwnersOnly(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	dir := t.TempDir()

	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runMain(t, "demo", "--db", empty, "--days", "3"); code != 0 {
		t.Fatal(errs)
	}
	copied := filepath.Join(dir, "copied.db")
	if code, _, errs := runMain(t, "demo", "--db", copied, "--days", "3"); code != 0 {
		t.Fatal(errs)
	}
	if err := os.Chmod(copied, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(copied+".lock", nil, 0o644); err != nil {
		t.Fatal(err)
	}

	_, closeWindow, err := openForWindow(copied, "")
	if err != nil {
		t.Fatal(err)
	}
	defer closeWindow()
	for _, f := range []string{empty, copied, copied + "-wal", copied + "-shm", copied + ".lock"} {
		info, err := os.Stat(f)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
		} else if info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", filepath.Base(f), info.Mode().Perm())
		}
	}
}
