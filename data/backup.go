package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"
)

// A Backup is one backup file of a database, kept in the backups folder
// beside it.
type Backup struct {
	Path     string
	Time     time.Time // when it was made
	Revision int64     // the revision of the data it holds; -1 when the schema had none
	Reason   string    // daily, manual, before-schema-N, before-import, before-restore
	Size     int64     // bytes
}

// BackupFolder returns the folder that keeps the backups of the database at
// path unless another is chosen: a backups folder beside it.
func BackupFolder(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "backups") }

// folderOr returns chosen, or the default folder of dbPath's backups when
// none is chosen.
func folderOr(chosen, dbPath string) string {
	if chosen == "" {
		return BackupFolder(dbPath)
	}
	return chosen
}

const backupTimeLayout = "20060102-150405.000"

// backupPattern reads the names backupName writes: stem-time-rN-reason.db.
var backupPattern = regexp.MustCompile(`^(.+)-(\d{8}-\d{6}\.\d{3})-r(-?\d+)-([a-z0-9-]+)\.db$`)

func stem(dbPath string) string {
	base := filepath.Base(dbPath)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func backupName(dbPath string, t time.Time, revision int64, reason string) string {
	return fmt.Sprintf("%s-%s-r%d-%s.db", stem(dbPath), t.Format(backupTimeLayout), revision, reason)
}

// Backups lists the backups of the database at dbPath kept in its default
// folder, newest first.
func Backups(dbPath string) ([]Backup, error) { return BackupsIn(BackupFolder(dbPath), dbPath) }

// BackupsIn lists the backups of the database at dbPath kept in dir, newest
// first. Files in the folder that Daymark did not name, or named for
// another database, are left out (and never deleted).
func BackupsIn(dir, dbPath string) ([]Backup, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, &Error{Code: EInternal, Message: "cannot read the backups folder " + dir, Err: err}
	}
	var list []Backup
	for _, e := range entries {
		m := backupPattern.FindStringSubmatch(e.Name())
		if m == nil || m[1] != stem(dbPath) || e.IsDir() {
			continue
		}
		t, err := time.ParseInLocation(backupTimeLayout, m[2], time.Local)
		if err != nil {
			continue
		}
		rev, _ := strconv.ParseInt(m[3], 10, 64)
		info, err := e.Info()
		if err != nil {
			continue
		}
		list = append(list, Backup{Path: filepath.Join(dir, e.Name()), Time: t, Revision: rev, Reason: m[4], Size: info.Size()})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Time.After(list[j].Time) })
	return list, nil
}

// Backup copies the database into its backups folder, named for now, its
// revision and reason, then removes the backups the rotation no longer keeps.
func (s *Store) Backup(ctx context.Context, reason string) (_ Backup, err error) {
	defer doing(&err, "backing up the database")
	return backup(ctx, s.db, s.path, s.BackupFolder(), reason)
}

// BackupFolder returns the folder the store keeps its backups in.
func (s *Store) BackupFolder() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return folderOr(s.backups, s.path)
}

// BackupFolderProblem says why the backups folder chosen when the store was
// opened could not be used (its backups go beside the database instead), or
// is nil.
func (s *Store) BackupFolderProblem() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.unusable
}

// SetBackupFolder makes the store keep its backups in dir from now on (the
// default folder beside the database when dir is empty), once it has
// checked that it can write there. Backups made before stay where they are.
func (s *Store) SetBackupFolder(dir string) error {
	if dir != "" {
		if err := usableFolder(dir); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.backups, s.unusable = dir, nil
	return nil
}

// Backups lists the store's backups, newest first: those in its folder, and
// those left in the default folder from before another was chosen.
func (s *Store) Backups() ([]Backup, error) {
	s.mu.Lock()
	chosen := s.backups
	s.mu.Unlock()
	return AllBackups(s.path, chosen)
}

// AllBackups lists the backups of the database at dbPath in the folder
// chosen for them and in the default folder beside it, newest first.
func AllBackups(dbPath, chosen string) ([]Backup, error) {
	list, err := Backups(dbPath)
	if err != nil || chosen == "" || chosen == BackupFolder(dbPath) {
		return list, err
	}
	more, err := BackupsIn(chosen, dbPath)
	if err != nil {
		return list, err
	}
	list = append(list, more...)
	sort.Slice(list, func(i, j int) bool { return list[i].Time.After(list[j].Time) })
	return list, nil
}

// usableFolder checks that dir is an absolute folder Daymark can write to,
// creating it (for the owner only) when it does not exist.
func usableFolder(dir string) error {
	if !filepath.IsAbs(dir) {
		return Errorf(EInvalid, "the backups folder must be a full path, not “%s”", dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return CannotCreateFolder("the backups folder", dir, err)
	}
	if !writableFolder(dir) {
		return Errorf(EInvalid, "the folder %s cannot be written (check its permissions)", dir)
	}
	return nil
}

// BackupTo copies the database to dest, which must not exist yet.
func (s *Store) BackupTo(ctx context.Context, dest string) (err error) {
	defer doing(&err, "copying the database to %s", dest)
	return vacuumInto(ctx, s.db, dest)
}

// backup writes a rotated backup of the database at dbPath, read through
// db, into dir.
func backup(ctx context.Context, db *sql.DB, dbPath, dir, reason string) (Backup, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Backup{}, CannotCreateFolder("the backups folder", dir, err)
	}
	var rev int64 = -1
	if err := db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'revision'").Scan(&rev); err != nil {
		rev = -1 // a schema before revisions
	}
	now := time.Now()
	b := Backup{Path: filepath.Join(dir, backupName(dbPath, now, rev, reason)), Time: now, Revision: rev, Reason: reason}
	if err := vacuumInto(ctx, db, b.Path); err != nil {
		return Backup{}, err
	}
	if info, err := os.Stat(b.Path); err == nil {
		b.Size = info.Size()
	}
	if err := prune(dir, dbPath, now); err != nil {
		return b, err
	}
	return b, nil
}

// vacuumInto writes a compact, consistent copy of the database to dest:
// into a temporary file created for the owner only and held while it is
// written (see holdTemp), then put in place as WriteFile puts a file
// (see replace), so dest is either absent or whole.
func vacuumInto(ctx context.Context, db *sql.DB, dest string) error {
	if _, err := os.Stat(dest); err == nil {
		return Errorf(EConflict, "%s already exists: choose another name", dest)
	}
	tmp := tempFor(dest)
	release, err := holdTemp(tmp)
	if err != nil {
		return err
	}
	defer release()
	os.Remove(tmp) // one left by a writer killed before: its mode may not be the owner's
	f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return CannotWrite(dest, err)
	}
	f.Close()
	fail := func(err error) error {
		os.Remove(tmp)
		return err
	}
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		return fail(storeError(err))
	}
	if err := replace(tmp, dest); err != nil {
		return fail(err)
	}
	return nil
}

// Rotation: every backup of the last day, the newest of each of the last 7
// days that have one, the newest of each of the last 4 weeks, and always
// the newest of all.
const (
	keepDays  = 7
	keepWeeks = 4
)

// expired returns the backups (newest first) that rotation removes at now.
func expired(list []Backup, now time.Time) []Backup {
	keep := make([]bool, len(list))
	days, weeks := map[string]bool{}, map[string]bool{}
	for i, b := range list {
		day := b.Time.Format("2006-01-02")
		y, w := b.Time.ISOWeek()
		week := fmt.Sprintf("%d-%02d", y, w)
		switch {
		case i == 0, now.Sub(b.Time) < 24*time.Hour:
			keep[i] = true
		case !days[day] && len(days) < keepDays:
			keep[i] = true
		case !weeks[week] && len(weeks) < keepWeeks:
			keep[i] = true
		}
		if keep[i] {
			days[day] = true
			weeks[week] = true
		}
	}
	var out []Backup
	for i, b := range list {
		if !keep[i] {
			out = append(out, b)
		}
	}
	return out
}

func prune(dir, dbPath string, now time.Time) error {
	list, err := BackupsIn(dir, dbPath)
	if err != nil {
		return err
	}
	for _, b := range expired(list, now) {
		if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return &Error{Code: EInternal, Message: "cannot remove the old backup " + b.Path, Err: err}
		}
	}
	return nil
}

// Restore replaces the database with the backup (or any Daymark database)
// at from, after backing up the current state, which it returns. The file
// from is only read, and must pass every check of opening a database
// first (see vettedCopy).
func (s *Store) Restore(ctx context.Context, from string) (_ Backup, err error) {
	defer doing(&err, "restoring the backup %s", from)
	if sameFile(from, s.path) {
		return Backup{}, Errorf(EInvalid, "restore from another file than the database itself")
	}
	source, _, remove, err := vettedCopy(ctx, from)
	if err != nil {
		return Backup{}, err
	}
	defer remove()
	saved, err := s.Backup(ctx, "before-restore")
	if err != nil {
		return Backup{}, err
	}
	return saved, s.copyFrom(ctx, source)
}

// sameFile reports whether the paths a and b name one file, through links
// and relative paths.
func sameFile(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}

// copyFrom copies the database at from, a vetted copy, over this one with
// SQLite's online backup API, in one step, then brings its schema up to
// date.
func (s *Store) copyFrom(ctx context.Context, from string) error {
	src, err := (&sqlite3.SQLiteDriver{}).Open(fileURI(from) + "?mode=ro&immutable=1")
	if err != nil {
		return storeError(err)
	}
	defer src.Close()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return storeError(err)
	}
	defer conn.Close()
	err = conn.Raw(func(driverConn any) error {
		bk, err := driverConn.(*sqlite3.SQLiteConn).Backup("main", src.(*sqlite3.SQLiteConn), "main")
		if err != nil {
			return err
		}
		if _, err := bk.Step(-1); err != nil {
			bk.Finish()
			return err
		}
		return bk.Finish()
	})
	if err != nil {
		return storeError(err)
	}
	if err := s.migrate(ctx); err != nil {
		return err
	}
	return s.update(ctx, func(*sql.Tx) error { return nil }) // a change: the next daily backup keeps it
}

// CheckBackup checks, without changing it, that the file at path is a
// sound Daymark database this build can read: one Restore takes.
func CheckBackup(ctx context.Context, path string) (err error) {
	defer doing(&err, "checking %s", path)
	_, _, remove, err := vettedCopy(ctx, path)
	if err == nil {
		remove()
	}
	return err
}
