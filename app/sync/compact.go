package sync

import (
	"bytes"
	"context"
	"os"
	"path/filepath"

	"daymark/data"
)

// compact puts this device's change files into a snapshot when Compact or
// more lie in the folder, so that the folder does not grow without bound:
// the snapshot holds everything this database holds (its own changes and
// those it applied of the other devices), a new device starts from it, and
// a device behind takes it in place of the change files it removes. Only
// this device's own files are removed; never another's.
func (s *Syncer) compact(ctx context.Context, dir string, rep *Report) error {
	if s.Compact <= 0 {
		return nil
	}
	l, err := list(dir)
	if err != nil {
		return err
	}
	self, err := s.store.Device(ctx)
	if err != nil {
		return err
	}
	changes := 0
	for _, f := range l.files[self] {
		if !f.snapshot {
			changes++
		}
	}
	if changes < s.Compact {
		return nil
	}
	f := File{Device: self, Snapshot: true, Written: s.now()}
	seen, written, err := s.store.EachChange(ctx, func(c data.Change) error {
		f.Changes = append(f.Changes, c)
		return nil
	})
	if err != nil || written == 0 {
		return err
	}
	f.Seq, f.Seen = written, seen
	name := fileName(self, written, true)
	if _, err := os.Lstat(filepath.Join(dir, name)); os.IsNotExist(err) {
		var body bytes.Buffer
		if err := Encode(&body, f); err != nil {
			return &data.Error{Code: data.EInternal, Message: "cannot write this device's snapshot", Err: err}
		}
		if err := writeFile(dir, name, body.Bytes()); err != nil {
			return err
		}
	}
	for _, old := range l.files[self] {
		if old.seq <= written && !old.snapshot || old.seq < written && old.snapshot {
			os.Remove(filepath.Join(dir, old.name))
		}
	}
	syncDir(dir)
	rep.Snapshot = true
	return nil
}
