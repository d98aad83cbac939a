package data

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestASecondLockOnTheSameFileIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "daymark.db")
	first, err := TakeLock(path)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(LockPath(path)); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("lock file: %v, %v; want mode 0600", info, err)
	}
	_, err = TakeLock(path)
	if ErrorCode(err) != EInUse || !strings.Contains(ErrorMessage(err), "already open on "+path+" in another window") {
		t.Errorf("a second lock: %v", err)
	}
	if _, err := TakeLock(filepath.Join(filepath.Dir(path), "other.db")); err != nil {
		t.Errorf("another file's lock: %v", err)
	}
	first.Release()
	again, err := TakeLock(path)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	again.Release()
}

func TestChangedElsewhereSeesOtherWritersOnly(t *testing.T) {
	ctx := context.Background()
	window := openTemp(t)
	cli, err := Open(window.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	dims, err := window.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	changed := func(s *Store) bool {
		t.Helper()
		c, err := s.ChangedElsewhere(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if changed(window) || changed(cli) {
		t.Error("a change reported before any write")
	}
	if err := window.SaveDay(ctx, dayWith(NewDate(2026, 5, 1), dims[0].ID, 60, 0)); err != nil {
		t.Fatal(err)
	}
	if changed(window) {
		t.Error("the window's own write reported as a change from elsewhere")
	}
	if !changed(cli) || changed(cli) {
		t.Error("the other store did not see the write once")
	}
	// Interleaved: elsewhere, then here; the change elsewhere still shows.
	if err := cli.SaveDay(ctx, dayWith(NewDate(2026, 5, 2), dims[0].ID, 30, 0)); err != nil {
		t.Fatal(err)
	}
	if err := window.SaveDay(ctx, dayWith(NewDate(2026, 5, 3), dims[0].ID, 30, 0)); err != nil {
		t.Fatal(err)
	}
	if !changed(window) {
		t.Error("a change elsewhere, followed by one here, was missed")
	}
	if changed(window) {
		t.Error("the same change reported twice")
	}
}

func TestRestoreInPlaceKeepsTheFileItReplaces(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 6, 1), dims[0].ID, 75, 0)); err != nil {
		t.Fatal(err)
	}
	b, err := s.Backup(ctx, "manual")
	if err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	damaged := []byte(strings.Repeat("damaged ", 1000))
	if err := os.WriteFile(path, damaged, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+"-wal", []byte("its log"), 0o600); err != nil {
		t.Fatal(err)
	}

	if _, err := RestoreInPlace(ctx, path, path); err == nil {
		t.Error("restored the file over itself")
	}
	held, err := TakeLock(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := RestoreInPlace(ctx, path, b.Path); ErrorCode(err) != EInUse {
		t.Errorf("restored while another window holds the file: %v", err)
	}
	held.Release()

	kept, err := RestoreInPlace(ctx, path, b.Path)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(kept); string(got) != string(damaged) {
		t.Errorf("the damaged file was not kept as it was at %s", kept)
	}
	if got, _ := os.ReadFile(kept + "-wal"); string(got) != "its log" {
		t.Error("the damaged file's WAL was not kept with it")
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("the restored file: %v, %v; want mode 0600", info, err)
	}
	restored, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	if day, _ := restored.Day(ctx, NewDate(2026, 6, 1)); day.Planned[dims[0].ID] != 75 {
		t.Errorf("the restored file holds %+v", day)
	}
}
