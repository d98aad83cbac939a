package data

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// A database to restore from is read through a private copy of it: the
// file and what its write-ahead log or journal still holds, copied into a
// temporary folder of the owner's. The file itself is only read, so a
// read-only backup, or one in a read-only folder, restores; SQLite never
// writes a -shm or -wal beside it; and changes committed to its log but not
// yet to the file come too. The copy passes every check that opening a
// database runs, and more, before anything is restored from it.

// vettedCopy checks the database at path (relative to the working folder)
// and returns a private, self-contained copy of it with its schema
// version, and the function that removes the copy.
func vettedCopy(ctx context.Context, path string) (copyPath string, version int, remove func(), err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", 0, nil, Errorf(EInvalid, "“%s” is not a usable path", path)
	}
	if info, err := os.Stat(abs); errors.Is(err, fs.ErrNotExist) {
		return "", 0, nil, Errorf(ENotFound, "there is no file at %s", abs)
	} else if err == nil && info.IsDir() {
		return "", 0, nil, Errorf(EInvalid, "%s is a folder, not a database file", abs)
	}
	if err := checkHeader(abs, BackupFolder(abs)); err != nil {
		return "", 0, nil, err
	}
	dir, err := os.MkdirTemp("", "daymark-restore-*")
	if err != nil {
		return "", 0, nil, &Error{Code: EInternal, Message: "cannot make a temporary folder to read " + abs + " through", Err: err}
	}
	remove = func() { os.RemoveAll(dir) }
	copyPath = filepath.Join(dir, "source.db")
	for _, suffix := range []string{"", "-wal", "-journal"} {
		if err := copyPart(abs+suffix, copyPath+suffix, suffix != ""); err != nil {
			remove()
			return "", 0, nil, err
		}
	}
	if version, err = vetSource(ctx, copyPath, abs); err != nil {
		remove()
		return "", 0, nil, err
	}
	return copyPath, version, remove, nil
}

// copyPart copies from to a new file to (owner only); a missing from is
// fine when optional.
func copyPart(from, to string, optional bool) error {
	in, err := os.Open(from)
	switch {
	case optional && errors.Is(err, fs.ErrNotExist):
		return nil
	case errors.Is(err, fs.ErrPermission):
		return &Error{Code: EInvalid, Message: from + " cannot be read: permission denied (check its permissions)", Err: err}
	case err != nil:
		return &Error{Code: EInvalid, Message: "cannot read " + from, Err: err}
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return &Error{Code: EInternal, Message: "cannot copy " + from + " to read it", Err: err}
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return &Error{Code: EInternal, Message: "cannot read " + from, Err: err}
	}
	return out.Close()
}

// vetSource opens the copy at path of the database at source, which brings
// in what its log holds, runs the checks of opening and SQLite's own
// integrity and foreign key checks, and leaves the copy whole in one file.
func vetSource(ctx context.Context, path, source string) (int, error) {
	db, err := sql.Open("sqlite3", fileURI(path)+"?mode=rw&_busy_timeout=5000")
	if err != nil {
		return 0, storeError(err)
	}
	defer db.Close()
	version, err := vet(ctx, db, source)
	if err != nil {
		return 0, err
	}
	if version == 0 {
		return 0, Errorf(ECorrupt, "%s is not a Daymark database: it holds nothing", source)
	}
	if err := quickCheck(ctx, db, source); err != nil {
		return 0, err
	}
	var table string
	switch err := db.QueryRowContext(ctx, "SELECT \"table\" FROM pragma_foreign_key_check").Scan(&table); {
	case err == nil:
		return 0, Errorf(ECorrupt, "%s is damaged: a row of %s points to a row that is not there", source, table)
	case !errors.Is(err, sql.ErrNoRows):
		return 0, storeError(err)
	}
	// Everything in one file, so the copy reads whole without its log.
	if _, err := db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return 0, storeError(err)
	}
	return version, nil
}
