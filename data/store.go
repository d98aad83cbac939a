package data

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/mattn/go-sqlite3"
)

// Store is Daymark's database: one SQLite file. Every public method that
// writes runs in one transaction, so a failed call leaves the file as it was.
type Store struct {
	db   *sql.DB
	path string

	mu       sync.Mutex
	seen     int64  // the revision this Store last read or wrote itself
	backups  string // the backups folder chosen; empty for the one beside the file
	unusable error  // why the folder chosen when the store opened could not be used
}

// Options are choices about how a database is kept.
type Options struct {
	BackupFolder string // where backups go; empty for a backups folder beside the database
}

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// Open opens the Daymark database at path, creating the folder and the file
// (readable by the owner only) when they do not exist, and brings the schema
// up to date. A file that is not a Daymark database is never changed.
func Open(path string) (*Store, error) { return OpenWith(path, Options{}) }

// OpenWith opens the database at path like Open, kept as o says: the backup
// made before a schema update already goes to the folder chosen.
func OpenWith(path string, o Options) (_ *Store, err error) {
	defer doing(&err, "opening %s", path)
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, Errorf(EInvalid, "“%s” is not a usable path", path)
	}
	var unusable error
	if o.BackupFolder != "" {
		if unusable = usableFolder(o.BackupFolder); unusable != nil {
			o.BackupFolder = "" // an unplugged drive must not keep the database shut: back up beside it
		}
	}
	backups := folderOr(o.BackupFolder, abs)
	if err := prepareFile(abs, backups); err != nil {
		return nil, err
	}
	removeAbandonedTemps(abs, BackupFolder(abs), backups)
	ctx := context.Background()
	version, err := inspect(ctx, abs, backups)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", dsn(abs))
	if err != nil {
		return nil, &Error{Code: EInternal, Message: "could not open " + abs, Err: err}
	}
	s := &Store{db: db, path: abs, backups: o.BackupFolder, unusable: unusable}
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
	if _, err := s.ChangedElsewhere(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// OpenExisting opens the Daymark database at path like Open, but fails
// rather than create a database where there is none, or fill an empty
// file with one: what only reads never writes a database into being.
func OpenExisting(path string) (*Store, error) {
	if info, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, Errorf(ENotFound, "there is no database at %s", path)
	} else if err == nil && info.Mode().IsRegular() && info.Size() == 0 && !hasJournal(path) {
		if err := checkHeader(path, BackupFolder(path)); err != nil {
			return nil, err // emptied, with backups: say so
		}
		return nil, Errorf(ENotFound, "there is no Daymark database in %s yet: the file is empty", path)
	}
	return Open(path)
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// prepareFile creates the folder and an empty file with owner-only
// permissions when there is none, and otherwise checks, before SQLite
// touches it, that the file can be read and written and looks like a whole
// SQLite database; backups is the folder of its backups.
func prepareFile(path, backups string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return CannotCreateFolder("the folder", filepath.Dir(path), err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		return f.Close()
	} else if !errors.Is(err, fs.ErrExist) {
		return CannotWrite(path, err)
	}
	if err := checkHeader(path, backups); err != nil {
		return err
	}
	if f, err := os.OpenFile(path, os.O_RDWR, 0); errors.Is(err, fs.ErrPermission) {
		return &Error{Code: EInvalid, Message: path + " is read-only: Daymark needs to write to it (check its permissions)", Err: err}
	} else if err != nil {
		return &Error{Code: EInvalid, Message: "cannot open " + path, Err: err}
	} else {
		f.Close()
	}
	ownerOnly(path, path+"-wal", path+"-shm", path+"-journal")
	return nil
}

// checkHeader reads the start of an existing file, changing nothing, and
// refuses what is not a whole SQLite database: another kind of file, one
// cut short, or an emptied database that has backups (kept in backups).
func checkHeader(path, backups string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrPermission) {
		return &Error{Code: EInvalid, Message: path + " cannot be read: permission denied (check its permissions)", Err: err}
	} else if err != nil {
		return &Error{Code: EInvalid, Message: "cannot read " + path, Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return &Error{Code: EInvalid, Message: "cannot read " + path, Err: err}
	} else if info.IsDir() {
		return Errorf(EInvalid, "%s is a folder, not a database file", path)
	}
	head := make([]byte, 100) // the database header
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && errors.Is(err, io.EOF):
		if list, _ := BackupsIn(backups, path); len(list) > 0 {
			return Errorf(ECorrupt, "%s is empty, but there are backups of it: it may have been emptied by mistake. Restore a backup, or remove the file to start afresh", path)
		}
		return nil // a database not yet written
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{Code: EInvalid, Message: "cannot read " + path, Err: err}
	case n < len(sqliteHeader) || !bytes.Equal(head[:len(sqliteHeader)], sqliteHeader):
		return Errorf(ECorrupt, "%s is not a Daymark database (it is not an SQLite file, or it is damaged)", path)
	case n < len(head) || info.Size() < expectedSize(head) && !hasJournal(path):
		return Errorf(ECorrupt, "%s is damaged: it is shorter than the database it holds (it may have been cut off while being copied)", path)
	}
	return nil
}

// hasJournal reports whether the database at path has a write-ahead log or
// a rollback journal with something in it: then SQLite completes the file
// from it, and the file alone may be shorter than its header says (a
// checkpoint cut short by a crash).
func hasJournal(path string) bool {
	for _, suffix := range []string{"-wal", "-journal"} {
		if info, err := os.Stat(path + suffix); err == nil && info.Size() > 0 {
			return true
		}
	}
	return false
}

// expectedSize returns the size in bytes that an SQLite header says its
// file has, or 0 when the header does not say (see "Database File Format",
// the in-header database size).
func expectedSize(head []byte) int64 {
	pageSize := int64(binary.BigEndian.Uint16(head[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(head[28:32]))
	if !bytes.Equal(head[24:28], head[92:96]) { // written by an old SQLite: the size is not kept
		return 0
	}
	return pageSize * pages
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
	if abs, err := filepath.Abs(path); err == nil {
		path = abs // a relative path is relative to the working folder, never to /
	}
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
	var rev int64
	err := s.transact(ctx, func(tx *sql.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		err := tx.QueryRowContext(ctx, "UPDATE meta SET value = value + 1 WHERE key = 'revision' RETURNING value").Scan(&rev)
		return storeError(err)
	})
	if err == nil {
		s.mu.Lock()
		if rev == s.seen+1 { // nobody else wrote since this Store last looked
			s.seen = rev
		}
		s.mu.Unlock()
	}
	return err
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
func (s *Store) Revision(ctx context.Context) (_ int64, err error) {
	defer doing(&err, "reading the database's revision")
	var r int64
	err = s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'revision'").Scan(&r)
	return r, scanErr("the revision", err)
}

// ChangedElsewhere reports whether another Store (another window, or the
// command line) changed the person's data since this one last wrote or
// asked. A Store's own writes do not count; a change from elsewhere is
// never missed, though a write that fails to commit may be reported once.
func (s *Store) ChangedElsewhere(ctx context.Context) (_ bool, err error) {
	defer doing(&err, "looking for changes made elsewhere")
	rev, err := s.Revision(ctx)
	if err != nil {
		return false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	changed := rev != s.seen
	s.seen = rev
	return changed, nil
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
		case sqlite3.ErrNotADB, sqlite3.ErrCorrupt, sqlite3.ErrFormat:
			return &Error{Code: ECorrupt, Message: "the database file is damaged or is not a Daymark database", Err: err}
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return &Error{Code: EInternal, Message: "the database is busy (another program is writing to it); try again", Err: err}
		case sqlite3.ErrReadonly, sqlite3.ErrPerm, sqlite3.ErrCantOpen:
			return &Error{Code: EInvalid, Message: "the database file cannot be written (check its permissions)", Err: err}
		case sqlite3.ErrFull:
			return &Error{Code: EInternal, Message: "the disk is full: nothing was saved", Err: err}
		case sqlite3.ErrIoErr:
			return &Error{Code: EInternal, Message: "the database file could not be written or read (is the disk full, or was it removed?): nothing was saved", Err: err}
		}
	}
	return &Error{Code: EInternal, Message: dbFailed, Err: err}
}

// dbFailed is the sentence of a failure the database gave no words of its
// own for (see storeError). It never reaches a person alone: doing adds
// what was being done.
const dbFailed = "the database failed"

// doing completes the sentence of a failure without words of its own
// with what was being done: "the database failed while saving the day of
// 2026-03-02". Every public function of the store that reads or writes
// the file defers it; when one calls another, the outer one (the call the
// caller made) has the last word. The cause stays underneath, for the log
// (see Error.Err).
func doing(err *error, format string, args ...any) {
	var e *Error
	if *err == nil || !errors.As(*err, &e) || !strings.HasPrefix(e.Message, dbFailed) {
		return
	}
	e.Message = dbFailed + " while " + fmt.Sprintf(format, shortenArgs(args)...)
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
