package sync

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"daymark/data"
)

// The folder: chosen by the person, shared by their sync service, never
// the database's own. Each device writes only files named for its own ID,
// so no two devices ever write the same file:
//
//	daymark-<device>-<number>.changes   a device's changes, numbered from 1
//	daymark-<device>-<number>.snapshot  everything it held after its file <number>
//
// A file is written under a hidden name beside its place, synced to the
// disk, and renamed into place, so a sync service never sees half of one.

// filePattern reads the names Daymark gives its files.
var filePattern = regexp.MustCompile(`^daymark-([0-9a-f]{16})-([0-9]{8})\.(changes|snapshot)$`)

// fileName names a device's file.
func fileName(device string, seq int64, snapshot bool) string {
	kind := "changes"
	if snapshot {
		kind = "snapshot"
	}
	return fmt.Sprintf("daymark-%s-%08d.%s", device, seq, kind)
}

// tempName is the hidden name a file is written under, beside its place.
func tempName(name string) string { return "." + name + ".tmp" }

// A folderFile is a file of the folder whose name Daymark gave it.
type folderFile struct {
	name     string
	device   string
	seq      int64
	snapshot bool
	size     int64
}

// listing is what the folder holds: Daymark's files by device, in order,
// and the other files whose names start as Daymark's do (copies a sync
// service made, renames), which are never read.
type listing struct {
	files  map[string][]folderFile // by device, by number (changes before the snapshot of a number)
	others []string
	temps  []string // hidden files being written (or left by a process killed while writing)
}

// list reads the folder.
func list(dir string) (listing, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return listing{}, data.Errorf(data.EInvalid, "cannot read the sync folder %s (check that it is there and can be read)", dir)
	}
	l := listing{files: map[string][]folderFile{}}
	for _, e := range entries {
		name := e.Name()
		if m := filePattern.FindStringSubmatch(name); m != nil && e.Type().IsRegular() {
			seq, _ := strconv.ParseInt(m[2], 10, 64)
			info, err := e.Info()
			if err != nil || seq < 1 {
				continue // gone since the folder was read
			}
			l.files[m[1]] = append(l.files[m[1]], folderFile{name: name, device: m[1], seq: seq, snapshot: m[3] == "snapshot", size: info.Size()})
			continue
		}
		switch {
		case strings.HasPrefix(name, ".daymark-") && strings.HasSuffix(name, ".tmp"):
			l.temps = append(l.temps, name)
		case strings.HasPrefix(strings.ToLower(name), "daymark-"):
			l.others = append(l.others, name)
		}
	}
	for _, fs := range l.files {
		sort.Slice(fs, func(i, j int) bool {
			if fs[i].seq != fs[j].seq {
				return fs[i].seq < fs[j].seq
			}
			return !fs[i].snapshot && fs[j].snapshot
		})
	}
	sort.Strings(l.others)
	return l, nil
}

// copyReason says why a file named nearly as Daymark's is not read.
func copyReason(name string) string {
	lower := strings.ToLower(name)
	if strings.Contains(lower, "conflict") {
		return "a copy the sync service made when it saw two versions (a “conflicted copy”); Daymark reads only the files it named, so this one can be deleted"
	}
	return "not named as Daymark names its files (a copy, or renamed?): it is left alone"
}

// CheckFolder returns dir as a full path when it can be the sync folder of
// the database at dbPath, whose backups go to backups: a folder that is
// there, and neither the database's own folder, nor inside it, nor holding
// it or its backups. The database never goes into the sync folder.
func CheckFolder(dir, dbPath string, backups []string) (string, error) {
	if strings.TrimSpace(dir) == "" {
		return "", data.Errorf(data.EInvalid, "the sync folder is empty: give the folder your sync service shares (for example ~/Sync/Daymark)")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", data.Errorf(data.EInvalid, "“%s” is not a usable path", dir)
	}
	info, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", data.Errorf(data.ENotFound, "there is no folder at %s: make it, or give the folder your sync service shares", abs)
	case err != nil:
		return "", data.Errorf(data.EInvalid, "cannot read the folder %s (check its permissions)", abs)
	case !info.IsDir():
		return "", data.Errorf(data.EInvalid, "%s is a file, not a folder: give the folder your sync service shares", abs)
	}
	real := resolved(abs)
	db := resolved(dbPath)
	home := filepath.Dir(db)
	switch {
	case real == home:
		return "", data.Errorf(data.EInvalid, "%s is the database's own folder: give the sync folder a folder of its own, outside it (the database never goes into the sync folder)", abs)
	case inside(real, home):
		return "", data.Errorf(data.EInvalid, "%s is inside the database's folder (%s): give the sync folder a folder of its own, outside it", abs, home)
	case inside(db, real):
		return "", data.Errorf(data.EInvalid, "%s holds the database (%s): a sync service would copy the live database and damage it; give the sync folder a folder of its own, or move the database out of it", abs, db)
	}
	for _, b := range backups {
		if b = resolved(b); real == b || inside(real, b) || inside(b, real) {
			return "", data.Errorf(data.EInvalid, "%s holds the database's backups, or is inside their folder (%s): give the sync folder a folder of its own", abs, b)
		}
	}
	return abs, nil
}

// resolved returns path made absolute with its links followed, as far as
// they exist.
func resolved(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		return filepath.Join(real, base)
	}
	return abs
}

// inside reports whether path is inside dir (not dir itself).
func inside(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// writeFile puts body in the folder as name: written under a hidden name
// beside it (owner only), synced to the disk, then linked into place only
// if nothing is there yet (no two writers ever share a name), and the
// folder synced, so the file is whole or absent.
func writeFile(dir, name string, body []byte) error {
	tmp := filepath.Join(dir, tempName(name))
	final := filepath.Join(dir, name)
	os.Remove(tmp) // left by a process killed while writing
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return cannotWrite(dir, err)
	}
	_, err = f.Write(body)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return cannotWrite(dir, err)
	}
	if err := os.Link(tmp, final); err != nil {
		if errors.Is(err, fs.ErrExist) {
			os.Remove(tmp)
			return data.Errorf(data.EConflict, "%s is in the sync folder already, written by another copy of this database", name)
		}
		// A file system without hard links (a FAT stick): rename, having looked.
		if _, serr := os.Lstat(final); serr == nil {
			os.Remove(tmp)
			return data.Errorf(data.EConflict, "%s is in the sync folder already, written by another copy of this database", name)
		}
		if err := os.Rename(tmp, final); err != nil {
			os.Remove(tmp)
			return cannotWrite(dir, err)
		}
	} else {
		os.Remove(tmp)
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir last; best effort where folders cannot be
// synced.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

func cannotWrite(dir string, err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return &data.Error{Code: data.EInvalid, Message: "cannot write to the sync folder " + dir + ": permission denied (check its permissions)", Err: err}
	}
	return &data.Error{Code: data.EInternal, Message: "cannot write to the sync folder " + dir + " (is the disk full, or the folder gone?)", Err: err}
}
