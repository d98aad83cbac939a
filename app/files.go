package app

import (
	"bufio"
	"io"
	"os"
	"path/filepath"

	"daymark/data"
)

// WriteFile writes a file whole or not at all: into a temporary file beside
// it (readable by the owner only), synced, then renamed over path.
func WriteFile(path string, write func(w io.Writer) error) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+"-*.tmp")
	if err != nil {
		return &data.Error{Code: data.EInvalid, Message: "cannot write " + path, Err: err}
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
		return &data.Error{Code: data.EInternal, Message: "cannot write " + path, Err: err}
	}
	if err := tmp.Sync(); err != nil {
		return &data.Error{Code: data.EInternal, Message: "cannot write " + path, Err: err}
	}
	if err := tmp.Close(); err != nil {
		return &data.Error{Code: data.EInternal, Message: "cannot write " + path, Err: err}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return &data.Error{Code: data.EInternal, Message: "cannot write " + path, Err: err}
	}
	done = true
	return nil
}
