package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/mattn/go-sqlite3"
)

// Store is Daymark's database: one SQLite file. Every public method that
// writes runs in one transaction, so a failed call leaves the file as it was.
type Store struct {
	db   *sql.DB
	path string
}

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// Open opens the Daymark database at path, creating the folder and the file
// (readable by the owner only) when they do not exist, and brings the schema
// up to date. A file that is not a Daymark database is never changed.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, Errorf(EInvalid, "“%s” is not a usable path", path)
	}
	if err := prepareFile(abs); err != nil {
		return nil, err
	}
	ctx := context.Background()
	version, err := inspect(ctx, abs)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", dsn(abs))
	if err != nil {
		return nil, &Error{Code: EInternal, Message: "could not open " + abs, Err: err}
	}
	s := &Store{db: db, path: abs}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if version == 0 {
		if err := s.seed(ctx); err != nil {
			db.Close()
			return nil, err
		}
	}
	if version < 4 { // prompts came with schema 4
		if err := s.seedPrompts(ctx); err != nil {
			db.Close()
			return nil, err
		}
	}
	if version < 7 { // import rules came with schema 7
		if err := s.seedImportRules(ctx); err != nil {
			db.Close()
			return nil, err
		}
	}
	return s, nil
}

// OpenExisting opens the Daymark database at path like Open, but fails
// rather than create a database where there is none.
func OpenExisting(path string) (*Store, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, Errorf(ENotFound, "there is no database at %s", path)
	}
	return Open(path)
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// prepareFile creates the folder and an empty file with owner-only
// permissions when there is none, and otherwise checks that the file is an
// SQLite database before SQLite touches it.
func prepareFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return &Error{Code: EInvalid, Message: "cannot create the folder for " + path, Err: err}
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		return f.Close()
	} else if !errors.Is(err, fs.ErrExist) {
		return &Error{Code: EInvalid, Message: "cannot create " + path, Err: err}
	}

	f, err = os.Open(path)
	if err != nil {
		return &Error{Code: EInvalid, Message: "cannot read " + path, Err: err}
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil {
		return &Error{Code: EInvalid, Message: "cannot read " + path, Err: err}
	} else if info.IsDir() {
		return Errorf(EInvalid, "%s is a folder, not a database file", path)
	}
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && errors.Is(err, io.EOF):
		return nil // an empty file: a database not yet written
	case err != nil || !bytes.Equal(head, sqliteHeader):
		return Errorf(ECorrupt, "%s is not a Daymark database (it is not an SQLite file, or it is damaged)", path)
	}
	return nil
}

// dsn builds the go-sqlite3 data source name: foreign keys on, WAL with
// synchronous FULL, a busy timeout, and BEGIN IMMEDIATE for transactions.
func dsn(path string) string {
	return fileURI(path) + "?mode=rw&_fk=1&_journal=WAL&_sync=FULL&_busy_timeout=5000&_txlock=immediate"
}

// fileURI writes path as a percent-encoded file: URI, so names with "?" or
// "#" work. Open always passes mode=rw, so SQLite never creates a file that
// Open did not create itself.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows volume: file:///C:/...
	}
	u := url.URL{Scheme: "file", Path: p}
	return u.String()
}

// update runs fn in one write transaction that changes the person's data,
// raising the revision, and commits when fn succeeds; otherwise nothing fn
// did is kept.
func (s *Store) update(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.transact(ctx, func(tx *sql.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "UPDATE meta SET value = value + 1 WHERE key = 'revision'")
		return storeError(err)
	})
}

// transact runs fn in one write transaction (BEGIN IMMEDIATE, from the
// DSN) and commits when fn succeeds.
func (s *Store) transact(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return storeError(err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return storeError(tx.Commit())
}

// Revision returns a number that grows with every change to the person's
// data; it is zero until the first one.
func (s *Store) Revision(ctx context.Context) (int64, error) {
	var r int64
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'revision'").Scan(&r)
	return r, scanErr("the revision", err)
}

// storeError turns SQLite's errors into domain errors with a sentence.
func storeError(err error) error {
	var se sqlite3.Error
	if err == nil {
		return nil
	} else if errors.As(err, new(*Error)) {
		return err
	} else if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrNotADB, sqlite3.ErrCorrupt:
			return &Error{Code: ECorrupt, Message: "the database file is damaged or is not a Daymark database", Err: err}
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return &Error{Code: EInternal, Message: "the database is busy (another program is writing to it); try again", Err: err}
		case sqlite3.ErrReadonly, sqlite3.ErrPerm, sqlite3.ErrCantOpen:
			return &Error{Code: EInvalid, Message: "the database file cannot be written (check its permissions)", Err: err}
		case sqlite3.ErrFull:
			return &Error{Code: EInternal, Message: "the disk is full: nothing was saved", Err: err}
		}
	}
	return &Error{Code: EInternal, Message: "the database failed", Err: err}
}

// isForeignKey reports whether err is SQLite refusing a missing reference.
func isForeignKey(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintForeignKey
}

// scanErr wraps errors of reads with what was being read.
func scanErr(what string, err error) error {
	if err == nil {
		return nil
	}
	return storeError(fmt.Errorf("reading %s: %w", what, err))
}
