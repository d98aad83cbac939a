package data

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"unicode/utf8"
)

// Every file Daymark writes for a person (exports, lists, briefs and
// their charts, backups, the copy of the settings) is written whole or
// not at all: into a temporary file beside where it goes, readable by the
// owner only; synced; renamed over the file; and the folder synced, so
// that the rename survives a crash as well. WriteFile does that for what
// Go writes; a backup, which SQLite writes into its temporary file itself,
// ends the same way (see vacuumInto). Both end in replace.

// WriteFile writes the file at path whole or not at all, for the owner
// only (see above): write gives its contents. The errors name path (see
// CannotWrite). It checks nothing about path: app.Outputs does, for the
// files a person names.
func WriteFile(path string, write func(w io.Writer) error) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+shortName(base)+"-*.tmp")
	if err != nil {
		return CannotWrite(path, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	buf := bufio.NewWriter(tmp)
	if err := write(buf); err != nil {
		return err
	}
	if err := buf.Flush(); err != nil {
		return CannotWrite(path, err)
	}
	if err := tmp.Close(); err != nil {
		return CannotWrite(path, err)
	}
	if err := replace(tmp.Name(), path); err != nil {
		return err
	}
	done = true
	return nil
}

// replace puts the whole file tmp in the place of dest: tmp synced, then
// renamed, then the folder synced for the rename (where the file system
// cannot sync a folder, that last step is skipped).
func replace(tmp, dest string) error {
	if err := syncFile(tmp); err != nil {
		return CannotWrite(dest, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		return CannotWrite(dest, err)
	}
	syncFile(filepath.Dir(dest))
	return nil
}

// shortName keeps the start of a file's name, short enough that a
// temporary name made from it stays within what a file system allows.
func shortName(base string) string {
	const most = 64 // bytes
	if len(base) <= most {
		return base
	}
	cut := most
	for cut > 0 && !utf8.RuneStart(base[cut]) {
		cut--
	}
	return base[:cut]
}

// syncFile syncs the file or folder at path to the disk.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
