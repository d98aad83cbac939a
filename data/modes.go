package data

import (
	"os"
)

// ownerOnly takes from group and others what they may do with each of the
// files at paths that exist. Daymark keeps a person's data for them alone,
// and SQLite gives a new -wal or -shm the mode of the database file, so a
// database copied in with a looser mode (or an empty file made for it)
// would otherwise spread its mode to the files beside it. A file the
// person does not own is left as it is: changing it is not Daymark's to do.
func ownerOnly(paths ...string) {
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.Mode().Perm()&0o077 != 0 {
			os.Chmod(p, info.Mode().Perm()&0o700)
		}
	}
}
