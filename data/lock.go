package data

import (
	"context"
	"os"
	"path/filepath"
	"time"

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

// SyncLockPath returns the file that sync rounds on the database at
// dbPath lock, beside it: never in the sync folder.
func SyncLockPath(dbPath string) string { return dbPath + ".sync-lock" }

// TakeSyncLock takes the lock of sync rounds on the database at dbPath,
// waiting up to wait for a round run elsewhere (the window, the command
// line) to end: one round at a time writes this device's files.
func TakeSyncLock(ctx context.Context, dbPath string, wait time.Duration) (_ *Lock, err error) {
	defer doing(&err, "waiting for another sync round to end")
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		return nil, Errorf(EInvalid, "“%s” is not a usable path", dbPath)
	}
	ownerOnly(SyncLockPath(abs))
	f := flock.New(SyncLockPath(abs), flock.SetPermissions(0o600))
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	ok, err := f.TryLockContext(ctx, 20*time.Millisecond)
	if ok {
		return &Lock{f: f}, nil
	}
	if err != nil && ctx.Err() == nil {
		return nil, &Error{Code: EInvalid, Message: "cannot lock " + SyncLockPath(abs) + " (check the permissions of its folder)", Err: err}
	}
	return nil, Errorf(EInUse, "another sync round is running on %s (in the window, or from the command line): try again when it ends", abs)
}
