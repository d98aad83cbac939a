package app

import (
	"os"
	"path/filepath"
	"testing"

	"daymark/data"
)

// The window and the command line open the database the same way: the
// window with its lock, which refuses a second window until it closes;
// a command that only reads never makes a database where there is none.
func TestOpenIsOneDoorForTheWindowAndTheCommandLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "daymark.db")
	store, closeFn, err := Open(path, OpenOptions{Lock: true})
	if err != nil {
		t.Fatal(err)
	}
	if store.Path() != path {
		t.Errorf("opened %s, want %s", store.Path(), path)
	}
	if _, _, err := Open(path, OpenOptions{Lock: true}); data.ErrorCode(err) != data.EInUse {
		t.Errorf("a second window: %v, want %s", err, data.EInUse)
	}
	other, closeOther, err := Open(path, OpenOptions{Existing: true}) // the command line beside the window
	if err != nil {
		t.Fatalf("the command line beside a window: %v", err)
	}
	if other.Path() != path {
		t.Errorf("the command line opened %s", other.Path())
	}
	closeOther()
	closeFn()
	_, closeFn, err = Open(path, OpenOptions{Lock: true})
	if err != nil {
		t.Fatalf("a window after the first closed: %v", err)
	}
	closeFn()

	missing := filepath.Join(t.TempDir(), "none.db")
	if _, _, err := Open(missing, OpenOptions{Existing: true}); data.ErrorCode(err) != data.ENotFound {
		t.Errorf("an existing database where there is none: %v", err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("opening an existing database made one")
	}
}
