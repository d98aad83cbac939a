package data

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// applicationID marks a file as Daymark's ("DAYM"), set by the first migration.
const applicationID = 1145133389

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded schema changes in order. File names start
// with their version: 0001_initial.sql, 0002_targets.sql, …
var migrations = sync.OnceValue(loadMigrations)

func loadMigrations() []migration {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		panic(err) // embedded at build time: cannot fail
	}
	var ms []migration
	for _, e := range entries {
		prefix, _, _ := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(prefix)
		if err != nil {
			panic("migration file without a version: " + e.Name())
		}
		body, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			panic(err)
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			panic(fmt.Sprintf("migration %s: expected version %d", m.name, i+1))
		}
	}
	return ms
}

// SchemaVersion is the schema version this build of Daymark writes.
func SchemaVersion() int { return len(migrations()) }

// Version returns the schema version of the open file.
func (s *Store) Version(ctx context.Context) (_ int, err error) {
	defer doing(&err, "reading the database's version")
	var v int
	err = s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, scanErr("the schema version", err)
}

// inspect checks, without changing the file, that it is a Daymark database
// this build can open, and returns its schema version (0 for a new file).
// The real connections switch the file to WAL, which must never happen to
// another program's file. A Daymark file with an older schema is backed up
// here, into backups, before anything migrates it.
func inspect(ctx context.Context, path, backups string) (int, error) {
	db, err := sql.Open("sqlite3", fileURI(path)+"?mode=rw&_busy_timeout=5000")
	if err != nil {
		return 0, storeError(err)
	}
	defer db.Close()
	version, err := vet(ctx, db, path)
	if err != nil {
		return 0, err
	}
	if version > 0 && version < len(migrations()) {
		// Migrating writes all through the file: one damaged where the
		// schema check does not look is refused first, not half migrated.
		if err := quickCheck(ctx, db, path); err != nil {
			return 0, err
		}
		if _, err := backup(ctx, db, path, backups, fmt.Sprintf("before-schema-%d", len(migrations()))); err != nil {
			return 0, err
		}
	}
	return version, nil
}

// vet checks, changing nothing, that the database behind db is a Daymark
// database this build can open (or a new, empty file) with the tables and
// columns of its schema version, and returns that version. Its sentences
// name path.
func vet(ctx context.Context, db *sql.DB, path string) (int, error) {
	var version, appID, objects int
	row := db.QueryRowContext(ctx, "SELECT user_version, application_id, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version, pragma_application_id")
	if err := row.Scan(&version, &appID, &objects); err != nil {
		return 0, storeError(err)
	}
	if appID != applicationID && (appID != 0 || objects > 0 || version != 0) {
		return 0, Errorf(ECorrupt, "%s is an SQLite file of another program, not a Daymark database", path)
	}
	if err := checkVersion(path, version); err != nil {
		return 0, err
	}
	return version, checkSchema(ctx, db, path, version)
}

// quickCheck runs SQLite's own check of every page of the database behind
// db and refuses one that fails it, naming path.
func quickCheck(ctx context.Context, db *sql.DB, path string) error {
	var check string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&check); err != nil {
		return storeError(err)
	} else if check != "ok" {
		return Errorf(ECorrupt, "%s is damaged: %s", path, check)
	}
	return nil
}

// checkVersion refuses a schema newer than this build knows, and one no
// Daymark ever wrote.
func checkVersion(path string, version int) error {
	if version < 0 {
		return Errorf(ECorrupt, "%s is damaged: its schema version (%d) is not one Daymark writes", path, version)
	}
	if known := len(migrations()); version > known {
		return Errorf(ETooNew, "%s was written by a newer version of Daymark (schema %d; this one knows up to %d): update Daymark to open it", path, version, known)
	}
	return nil
}

// migrate applies the migrations the file lacks, each in its own
// transaction together with its version number, so a failed migration
// leaves the file at the previous version.
func (s *Store) migrate(ctx context.Context) error {
	version, err := s.Version(ctx)
	if err != nil {
		return err
	}
	if err := checkVersion(s.path, version); err != nil {
		return err
	}
	for _, m := range migrations()[version:] {
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, m migration) error {
	return s.transact(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return &Error{Code: EInternal, Message: "could not update the database to schema " + strconv.Itoa(m.version), Err: err}
		}
		_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
		return storeError(err)
	})
}
