package data

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/gofrs/flock"
)

// A backup is written into a temporary file beside where it goes, then
// renamed (see vacuumInto). A process killed in between leaves that file
// behind, as big as the database, and every later kill another. So the
// temporary file is held by a lock on a file of its own while it is
// written, and the next start removes every temporary backup of the
// database that nobody holds: one whose writer is gone.

// tempSuffix ends the name of a backup being written; lockSuffix the name
// of the lock that says it is being written.
const (
	tempSuffix = ".tmp"
	lockSuffix = ".lock"
)

// tempFor returns the temporary file a copy to dest is written into.
func tempFor(dest string) string {
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+tempSuffix)
}

// holdTemp locks tmp's lock file for as long as tmp is being written, and
// returns the function that lets it go (and removes the lock file).
func holdTemp(tmp string) (release func(), err error) {
	l := flock.New(tmp+lockSuffix, flock.SetPermissions(0o600))
	if ok, err := l.TryLock(); err != nil || !ok {
		return nil, CannotWrite(tmp, err)
	}
	return func() {
		os.Remove(tmp + lockSuffix)
		l.Unlock()
	}, nil
}

// removeAbandonedTemps removes from the folders the temporary backups of
// the database at dbPath that no process is writing, with their journals
// and locks, and the files left by a check that the folder can be
// written. A backup being written by another process (the command line
// beside a window) is kept.
func removeAbandonedTemps(dbPath string, folders ...string) {
	prefix := "." + stem(dbPath) + "-"
	for _, dir := range folders {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		abandoned := map[string]bool{} // a temporary backup → whether it was looked at
		for _, e := range entries {
			name := e.Name()
			if strings.HasPrefix(name, ".daymark-check-") {
				os.Remove(filepath.Join(dir, name))
			}
			if tmp, _, found := strings.Cut(name, ".db"+tempSuffix); found && strings.HasPrefix(name, prefix) {
				abandoned[filepath.Join(dir, tmp+".db"+tempSuffix)] = true
			}
		}
		for tmp := range abandoned {
			l := flock.New(tmp + lockSuffix)
			if ok, err := l.TryLock(); err == nil && ok {
				os.Remove(tmp)
				os.Remove(tmp + "-journal")
				os.Remove(tmp + lockSuffix)
				l.Unlock()
			}
		}
	}
}
