package app

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"daymark/app/document"
	"daymark/data"
)

// DataFile is the use cases of the database file itself: what goes out of
// it (exports, backups) and what comes into it (imports, restores).
type DataFile struct {
	store *data.Store
}

// NewDataFile returns the data file use cases over store.
func NewDataFile(store *data.Store) *DataFile { return &DataFile{store: store} }

// Path returns the database file's path.
func (f *DataFile) Path() string { return f.store.Path() }

// IsEmpty reports whether the database holds nothing of the person's.
func (f *DataFile) IsEmpty(ctx context.Context) (bool, error) { return f.store.IsEmpty(ctx) }

// Export writes the file at path whole: the days as CSV when its name ends
// in .csv, everything as JSON otherwise.
func (f *DataFile) Export(ctx context.Context, path string) error {
	write := document.ExportJSON
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		write = document.ExportDaysCSV
	}
	return f.Outputs().WriteFile(path, func(w io.Writer) error { return write(ctx, f.store, w) })
}

// BackupTo copies the database to path, a new file that is none of its
// own (see Outputs.Check).
func (f *DataFile) BackupTo(ctx context.Context, path string) error {
	if err := f.Outputs().Check(path); err != nil {
		return err
	}
	return f.store.BackupTo(ctx, path)
}

// ReadImport reads and checks the export at path, changing nothing.
func (f *DataFile) ReadImport(path string) (data.Contents, error) {
	file, err := os.Open(path)
	if err != nil {
		return data.Contents{}, data.Errorf(data.ENotFound, "cannot read %s", path)
	}
	defer file.Close()
	return document.ReadExport(file)
}

// Import makes the database hold c, backing up what it held first.
func (f *DataFile) Import(ctx context.Context, c data.Contents) (document.ImportSummary, error) {
	return document.Import(ctx, f.store, c, true)
}

// BackUp makes a backup now.
func (f *DataFile) BackUp(ctx context.Context) (data.Backup, error) {
	return f.store.Backup(ctx, "manual")
}

// DailyBackup makes the start-of-day backup when one is due (see DailyBackup).
func (f *DataFile) DailyBackup(ctx context.Context) (data.Backup, bool, error) {
	return DailyBackup(ctx, f.store, time.Now())
}

// Backups lists the backups, newest first.
func (f *DataFile) Backups() ([]data.Backup, error) { return f.store.Backups() }

// BackupFolder returns the folder backups go to.
func (f *DataFile) BackupFolder() string { return f.store.BackupFolder() }

// BackupFolderProblem says why the folder chosen for backups could not be
// used when the database opened, or is nil.
func (f *DataFile) BackupFolderProblem() error { return f.store.BackupFolderProblem() }

// SetBackupFolder sends backups to dir from now on (beside the database
// when dir is empty), once it is known to be writable.
func (f *DataFile) SetBackupFolder(dir string) error { return f.store.SetBackupFolder(dir) }

// Restore replaces the database with the backup at path, backing up what it
// held first; it returns that backup.
func (f *DataFile) Restore(ctx context.Context, path string) (data.Backup, error) {
	return f.store.Restore(ctx, path)
}

// A Soundness is what a check found in a sound database: its schema
// version and how much it holds.
type Soundness struct {
	Version, Dimensions, Days int
}

// Check runs SQLite's integrity and foreign key checks: a damaged
// database is an error that lists what is wrong with it.
func (f *DataFile) Check(ctx context.Context) (Soundness, error) {
	problems, err := f.store.Check(ctx)
	if err != nil {
		return Soundness{}, err
	}
	if len(problems) > 0 {
		return Soundness{}, data.Errorf(data.ECorrupt, "%s is damaged:\n  %s", f.store.Path(), strings.Join(problems, "\n  "))
	}
	c, err := f.store.Contents(ctx)
	if err != nil {
		return Soundness{}, err
	}
	v, err := f.store.Version(ctx)
	if err != nil {
		return Soundness{}, err
	}
	return Soundness{Version: v, Dimensions: len(c.Dimensions), Days: len(c.Days)}, nil
}

// ChangedElsewhere reports whether another program (the command line)
// changed the data since this window last wrote or looked.
func (f *DataFile) ChangedElsewhere(ctx context.Context) (bool, error) {
	return f.store.ChangedElsewhere(ctx)
}
