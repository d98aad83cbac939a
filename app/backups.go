package app

import (
	"context"
	"time"

	"daymark/data"
)

// DailyBackup backs up the database at start when its newest backup is more
// than a day old (or there is none) and the data changed since. It returns
// whether it made one.
func DailyBackup(ctx context.Context, store *data.Store, now time.Time) (data.Backup, bool, error) {
	rev, err := store.Revision(ctx)
	if err != nil || rev == 0 {
		return data.Backup{}, false, err // nothing the person recorded yet
	}
	list, err := store.Backups()
	if err != nil {
		return data.Backup{}, false, err
	}
	if len(list) > 0 && (now.Sub(list[0].Time) < 24*time.Hour || list[0].Revision == rev) {
		return data.Backup{}, false, nil
	}
	b, err := store.Backup(ctx, "daily")
	return b, err == nil, err
}

// BackupsOf lists the backups of the database at path, in the folder chosen
// for them (empty: none) and beside it, newest first, whether or not that
// database can be opened.
func BackupsOf(path, chosen string) ([]data.Backup, error) { return data.AllBackups(path, chosen) }

// RestoreInPlace puts the backup at from where the database at path is,
// when that database cannot be opened; the file there is kept beside it,
// under the name returned.
func RestoreInPlace(ctx context.Context, path, from string) (string, error) {
	return data.RestoreInPlace(ctx, path, from)
}

// CheckBackup checks, changing nothing, that the file at path can be
// restored: a sound Daymark database. The command line asks before it
// makes a new database to restore into.
func CheckBackup(ctx context.Context, path string) error { return data.CheckBackup(ctx, path) }
