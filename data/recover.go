package data

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// RestoreInPlace puts the backup at from where the database at dbPath is,
// for a database that cannot be opened (damaged, emptied, or written by a
// newer Daymark), so it cannot restore the usual way. Nothing is lost: the
// file at dbPath is renamed beside it, with its journal, and the new name
// is returned; from is only read. A failure puts the file back.
func RestoreInPlace(ctx context.Context, dbPath, from string) (keptAs string, err error) {
	defer doing(&err, "restoring %s", from)
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		return "", Errorf(EInvalid, "“%s” is not a usable path", dbPath)
	}
	if sameFile(from, abs) {
		return "", Errorf(EInvalid, "restore from another file than the database itself")
	}
	source, _, remove, err := vettedCopy(ctx, from)
	if err != nil {
		return "", err
	}
	defer remove()
	lock, err := TakeLock(abs)
	if err != nil {
		return "", err
	}
	defer lock.Release()

	if _, err := os.Lstat(abs); err == nil {
		keptAs = filepath.Join(filepath.Dir(abs), stem(abs)+"-kept-"+time.Now().Format("20060102-150405")+".db")
		if err := moveWithJournal(abs, keptAs); err != nil {
			return "", &Error{Code: EInvalid, Message: "cannot set " + abs + " aside (check the permissions of its folder)", Err: err}
		}
	}
	if err := copyDatabase(ctx, source, abs); err != nil {
		if keptAs != "" {
			moveWithJournal(keptAs, abs)
		}
		return "", err
	}
	return keptAs, nil
}

// moveWithJournal renames a database file and the files SQLite keeps
// beside it, which belong to it.
func moveWithJournal(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return err
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if err := os.Rename(from+suffix, to+suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

// copyDatabase writes a whole copy of the database at from, a vetted copy,
// to dest, which must not exist.
func copyDatabase(ctx context.Context, from, dest string) error {
	src, err := sql.Open("sqlite3", fileURI(from)+"?mode=ro&immutable=1")
	if err != nil {
		return storeError(err)
	}
	defer src.Close()
	return vacuumInto(ctx, src, dest)
}
