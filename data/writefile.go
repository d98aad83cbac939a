package app

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"unicode/utf8"

	"daymark/data"
)

// writeWhole writes a file whole or not at all: into a temporary file beside
// it (readable by the owner only), synced, then renamed over path. Only
// Outputs call it, once they know path is none of the database's.
func writeWhole(path string, write func(w io.Writer) error) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+shortName(base)+"-*.tmp")
	if err != nil {
		return data.CannotWrite(path, err)
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
		return data.CannotWrite(path, err)
	}
	if err := tmp.Sync(); err != nil {
		return data.CannotWrite(path, err)
	}
	if err := tmp.Close(); err != nil {
		return data.CannotWrite(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return data.CannotWrite(path, err)
	}
	done = true
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
