package app

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"daymark/data"
)

// Outputs are where the files a person asks for go: exports, lists as CSV,
// briefs, charts and copies of the database. Every front end writes them
// through here, so none can land on the database they come from: the file
// itself, the files SQLite and the window keep beside it, or anything in a
// folder that keeps its backups. The zero Outputs belongs to no database.
type Outputs struct {
	store *data.Store
}

// OutputsOf returns the outputs of the database open in store.
func OutputsOf(store *data.Store) Outputs { return Outputs{store: store} }

// Outputs returns where the balance's charts may be saved.
func (b *Balancer) Outputs() Outputs { return OutputsOf(b.store) }

// Outputs returns where the values may be exported.
func (v *Values) Outputs() Outputs { return OutputsOf(v.store) }

// Outputs returns where exports and copies of the database may go.
func (f *DataFile) Outputs() Outputs { return OutputsOf(f.store) }

// Check refuses path, before anything is written, when writing it could
// touch the database: relative paths and symbolic links are followed to
// the file they name, and hard links are seen for what they are. The
// sentence names the path.
func (o Outputs) Check(path string) error {
	if strings.TrimSpace(path) == "" {
		return data.Errorf(data.EInvalid, "say which file to write")
	}
	if o.store == nil {
		return nil
	}
	target := resolve(path)
	named, via := path, ""
	if abs, err := filepath.Abs(path); err == nil {
		named = abs
	}
	if named != target {
		via = " (which leads to " + data.Shorten(target) + ")"
	}
	db := o.store.Path()
	for _, own := range append(data.OwnFiles(db), data.OwnFiles(resolve(db))...) {
		if target == own.Path || sameFile(target, own.Path) {
			return data.Errorf(data.EInvalid, "%s%s is %s open in Daymark: writing there would destroy it. Choose another file", named, via, own.What)
		}
	}
	for _, dir := range o.store.BackupFolders() {
		switch real := resolve(dir); {
		case target == real || sameFile(target, real):
			return data.Errorf(data.EInvalid, "%s%s is the folder of Daymark's backups, where only backups belong. Choose another place", named, via)
		case inside(target, real):
			return data.Errorf(data.EInvalid, "%s%s is in %s, the folder of Daymark's backups, where only backups belong. Choose another folder", named, via, dir)
		}
	}
	return nil
}

// WriteFile writes the file at path whole or not at all, once Check
// allows it (see data.WriteFile).
func (o Outputs) WriteFile(path string, write func(w io.Writer) error) error {
	if err := o.Check(path); err != nil {
		return err
	}
	return data.WriteFile(path, write)
}

// resolve returns the absolute path that path leads to: symbolic links
// followed, the last one too even when what it points to is not there yet
// (writing through it would create that), and the folders of a file yet to
// be made resolved as far as they exist.
func resolve(path string) string {
	p, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	for range 40 { // as many links as a system follows
		dest, err := os.Readlink(p)
		if err != nil {
			break
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(p), dest)
		}
		p = filepath.Clean(dest)
	}
	rest := ""
	for dir := p; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(real, rest)
		}
		if filepath.Dir(dir) == dir {
			return p
		}
		rest = filepath.Join(filepath.Base(dir), rest)
	}
}

// sameFile reports whether a and b are one file on disk.
func sameFile(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}

// inside reports whether path is dir or lies anywhere under it, by name
// or, for folders that exist, by being the same folder on disk.
func inside(path, dir string) bool {
	if rel, err := filepath.Rel(dir, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return true
	}
	d, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) || err != nil {
		return false
	}
	for p := path; ; p = filepath.Dir(p) {
		if info, err := os.Stat(p); err == nil && os.SameFile(info, d) {
			return true
		}
		if filepath.Dir(p) == p {
			return false
		}
	}
}
