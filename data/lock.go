package data

import (
	"os"
	"path/filepath"

	"github.com/gofrs/flock"
)

// A Lock is held by the window that has a database open, so that a second
// window on the same file is refused rather than writing beside the first.
// It is an advisory lock (flock on Unix, LockFileEx on Windows) on a file
// beside the database: the system releases it when the process ends, even
// when it is killed, so a crash never leaves a stale lock behind. The
// command line does not take it: SQLite already makes its writes safe
// beside a window, which shows them when it next reads.
type Lock struct {
	f *flock.Flock
}

// LockPath returns the lock file of the database at dbPath.
func LockPath(dbPath string) string { return dbPath + ".lock" }

// TakeLock takes the lock of the database at dbPath, creating the folder
// and the lock file (owner only) when needed. It fails with EInUse when
// another window holds it.
func TakeLock(dbPath string) (*Lock, error) {
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		return nil, Errorf(EInvalid, "“%s” is not a usable path", dbPath)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, CannotCreateFolder("the folder", filepath.Dir(abs), err)
	}
	ownerOnly(LockPath(abs))
	f := flock.New(LockPath(abs), flock.SetPermissions(0o600))
	ok, err := f.TryLock()
	if err != nil {
		return nil, &Error{Code: EInvalid, Message: "cannot lock " + abs + " (check the permissions of its folder)", Err: err}
	}
	if !ok {
		return nil, Errorf(EInUse, "Daymark is already open on %s in another window: use that window, or close it first", abs)
	}
	return &Lock{f: f}, nil
}

// Release lets another window open the database. The lock file stays:
// removing it could let two windows hold locks on two different files.
func (l *Lock) Release() error { return l.f.Unlock() }
