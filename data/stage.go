package data

import (
	"io"
	"os"
	"path/filepath"
)

// Stage is a set of files written together: each is written whole into a
// private folder inside the folder they go to, and only once every one is
// there are they renamed into place. Work that fails or is cancelled
// before Commit leaves the folder as it was.
type Stage struct {
	dir, tmp string
	names    []string // in the order written
}

// NewStage starts a set of files for dir, which must exist.
func NewStage(dir string) (*Stage, error) {
	tmp, err := os.MkdirTemp(dir, ".daymark-*.tmp") // inside dir: the renames stay on one file system
	if err != nil {
		return nil, CannotWrite(dir, err)
	}
	return &Stage{dir: dir, tmp: tmp}, nil
}

// Write writes the file name of the set whole (see WriteFile); write gives
// its contents.
func (s *Stage) Write(name string, write func(w io.Writer) error) error {
	if err := WriteFile(filepath.Join(s.tmp, name), write); err != nil {
		return err
	}
	s.names = append(s.names, name)
	return nil
}

// Commit moves the files written into the folder, in the order they were
// written, replacing files of the same names, and returns their paths.
func (s *Stage) Commit() ([]string, error) {
	defer s.Discard()
	var paths []string
	for _, name := range s.names {
		path := filepath.Join(s.dir, name)
		if err := os.Rename(filepath.Join(s.tmp, name), path); err != nil {
			return paths, CannotWrite(path, err)
		}
		paths = append(paths, path)
	}
	syncFile(s.dir)
	return paths, nil
}

// Discard removes what was written and not committed.
func (s *Stage) Discard() { os.RemoveAll(s.tmp) }
