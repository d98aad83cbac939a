package data

// An OwnFile is a file that belongs to a database: the database itself,
// or one kept beside it and named for it.
type OwnFile struct {
	Path string
	What string // what it is, for a sentence: "the write-ahead log of the database"
}

// OwnFiles returns the files of the database at dbPath: the file, SQLite's
// write-ahead log, shared memory and rollback journal, and the window's
// lock. Writing over any of them would damage the database.
func OwnFiles(dbPath string) []OwnFile {
	return []OwnFile{
		{dbPath, "the database"},
		{dbPath + "-wal", "the write-ahead log of the database"},
		{dbPath + "-shm", "the shared memory file of the database"},
		{dbPath + "-journal", "the journal of the database"},
		{LockPath(dbPath), "the lock file of the database"},
		{SyncLockPath(dbPath), "the sync lock file of the database"},
	}
}

// BackupFolders returns the folders that hold the store's backups: the one
// chosen for them, and the one beside the database.
func (s *Store) BackupFolders() []string {
	chosen, beside := s.BackupFolder(), BackupFolder(s.path)
	if chosen == beside {
		return []string{beside}
	}
	return []string{chosen, beside}
}
