package app

import (
	"os"

	"daymark/data"
)

// DatabasePath resolves the database: the flag, then DAYMARK_DB, then the
// default in the person's data folder.
func DatabasePath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv("DAYMARK_DB"); env != "" {
		return env, nil
	}
	return data.DefaultPath()
}

// OpenOptions say how a front end opens the database.
type OpenOptions struct {
	// Existing refuses a path where there is no database yet, rather than
	// create one there: what only reads or changes what is there (most
	// commands) never writes a database into being.
	Existing bool
	// Lock holds the database's lock while it is open, so that a second
	// window on the same file is refused: the window takes it, the
	// command line does not.
	Lock bool
	// BackupFolder is where backups go (the one chosen in the settings);
	// beside the database when empty.
	BackupFolder string
}

// Open opens the database at path as opts say, for the window and the
// command line alike, and returns it with the function that closes it and
// lets its lock go.
func Open(path string, opts OpenOptions) (*data.Store, func(), error) {
	var lock *data.Lock
	if opts.Lock {
		var err error
		if lock, err = data.TakeLock(path); err != nil {
			return nil, nil, err
		}
	}
	release := func() {
		if lock != nil {
			lock.Release()
		}
	}
	var store *data.Store
	var err error
	if opts.Existing {
		store, err = data.OpenExisting(path)
	} else {
		store, err = data.OpenWith(path, data.Options{BackupFolder: opts.BackupFolder})
	}
	if err != nil {
		release()
		return nil, nil, err
	}
	return store, func() {
		store.Close()
		release()
	}, nil
}
