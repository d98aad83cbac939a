package data

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// CannotWrite turns a failure to create or write the file at path into a
// sentence that says where the trouble is: the folder that cannot be
// written or does not exist, a disk that is full or read-only, or the file
// itself.
func CannotWrite(path string, err error) *Error {
	dir := filepath.Dir(path)
	var message string
	switch {
	case errors.Is(err, syscall.ENOSPC):
		message = "the disk is full: cannot write " + path
	case errors.Is(err, syscall.EROFS):
		message = "cannot write " + path + ": the folder " + dir + " is on a disk that can only be read"
	case errors.Is(err, fs.ErrNotExist) && !exists(dir):
		message = "cannot write " + path + ": the folder " + dir + " does not exist"
	case errors.Is(err, fs.ErrPermission) && !writableFolder(dir):
		message = "cannot write " + path + ": the folder " + dir + " cannot be written (check its permissions)"
	case errors.Is(err, fs.ErrPermission):
		message = "cannot write " + path + ": permission denied (check its permissions)"
	default:
		message = "cannot write " + path
	}
	return &Error{Code: EInvalid, Message: message, Err: err}
}

// CannotCreateFolder says why the folder at dir (what it is: "the
// folder", "the backups folder") could not be made: which folder above it
// is in the way.
func CannotCreateFolder(what, dir string, err error) *Error {
	var pe *fs.PathError
	where := dir
	if errors.As(err, &pe) {
		where = pe.Path // MkdirAll names the folder it could not make
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return &Error{Code: EInvalid, Message: "cannot create " + what + " " + dir + ": the folder " + filepath.Dir(where) + " cannot be written (check its permissions)", Err: err}
	case errors.Is(err, syscall.ENOTDIR) || errors.Is(err, fs.ErrExist):
		return &Error{Code: EInvalid, Message: "cannot create " + what + " " + dir + ": " + where + " is a file, not a folder", Err: err}
	}
	return &Error{Code: EInvalid, Message: "cannot create " + what + " " + dir, Err: err}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// writableFolder reports whether a file can be made in dir.
func writableFolder(dir string) bool {
	f, err := os.CreateTemp(dir, ".daymark-check-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}
