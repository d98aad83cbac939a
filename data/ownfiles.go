package data

// An OwnFile is a file that belongs to a database: the database itself,
// or one kept beside it and named for it.
type OwnFile struct {
	Path string
	What string // what it is, for a sentence: "the database's write-ahead log"
}

// OwnFiles returns the files of the database at dbPath: the file, SQLite's
// write-ahead log, shared memory and rollback journal, and the window's
// lock. Writing over any of them would damage the database.
func OwnFiles(dbPath string) []OwnFile {
	return []OwnFile{
		{dbPath, "the database"},
		{dbPath + "-wal", "the database's write-ahead log"},
		{dbPath + "-shm", "the database's shared memory file"},
		{dbPath + "-journal", "the database's journal"},
		{LockPath(dbPath), "the database's lock file"},
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
