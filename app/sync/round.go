package sync

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"daymark/data"
)

// A Syncer runs rounds of sync for one database. It is safe to use from
// one goroutine at a time; rounds run elsewhere on the same database (the
// window and the command line) wait for each other.
type Syncer struct {
	store *data.Store
	// Now is the time a round is recorded at; nil is the computer's clock.
	Now func() time.Time
	// Compact is how many of this device's change files may lie in the
	// folder before a round puts them into a snapshot and removes them.
	Compact int

	applying func() // called as the other devices' files start to be applied (tests)
}

// DefaultCompact is how many of a device's change files wait in the
// folder before they are compacted.
const DefaultCompact = 32

// New returns a Syncer of the database store.
func New(store *data.Store) *Syncer { return &Syncer{store: store, Compact: DefaultCompact} }

// A Report says what a round did.
type Report struct {
	Folder    string    `json:"folder"`
	At        time.Time `json:"at"`        // when it ended
	Sent      int       `json:"sent"`      // this device's changes written to the folder
	Received  int       `json:"received"`  // changes of other devices new here
	Devices   int       `json:"devices"`   // the other devices whose files were applied
	Skipped   []Skip    `json:"skipped"`   // files not applied, and why: tried again next round
	Conflicts int       `json:"conflicts"` // conflicts not settled, after the round
	Found     int       `json:"found"`     // conflicts the round found
	Snapshot  bool      `json:"snapshot"`  // this device's change files were compacted into a snapshot
	NewDevice string    `json:"new_device,omitempty"`
}

// A Skip is a file of the folder a round did not apply, and why, in words.
type Skip struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
	Files  int    `json:"files"` // how many files it stands for (those waiting behind it)
}

// SkippedFiles returns how many files the round did not apply.
func (r Report) SkippedFiles() int {
	n := 0
	for _, s := range r.Skipped {
		n += s.Files
	}
	return n
}

func (s *Syncer) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// Folder returns the folder remembered for sync, "" when none is.
func (s *Syncer) Folder(ctx context.Context) (string, error) { return s.store.SyncFolder(ctx) }

// SetFolder checks dir (see CheckFolder) and remembers it as the folder
// to sync with.
func (s *Syncer) SetFolder(ctx context.Context, dir string) (string, error) {
	abs, err := CheckFolder(dir, s.store.Path(), s.store.BackupFolders())
	if err != nil {
		return "", err
	}
	return abs, s.store.SetSyncFolder(ctx, abs)
}

// Round runs one round with the folder remembered.
func (s *Syncer) Round(ctx context.Context) (Report, error) {
	dir, err := s.Folder(ctx)
	if err != nil {
		return Report{}, err
	}
	if dir == "" {
		return Report{}, data.Errorf(data.EInvalid, "no sync folder is chosen yet: choose the folder your sync service shares")
	}
	return s.RoundIn(ctx, dir)
}

// RoundIn runs one round with dir, which it checks and remembers: it
// applies the other devices' files not applied yet, then writes this
// device's changes not yet written, and compacts this device's change
// files when there are many.
func (s *Syncer) RoundIn(ctx context.Context, dir string) (Report, error) {
	abs, err := CheckFolder(dir, s.store.Path(), s.store.BackupFolders())
	if err != nil {
		return Report{}, err
	}
	lock, err := data.TakeSyncLock(ctx, s.store.Path(), 30*time.Second)
	if err != nil {
		return Report{}, err
	}
	defer lock.Release()
	if remembered, err := s.store.SyncFolder(ctx); err != nil {
		return Report{}, err
	} else if remembered != abs {
		if err := s.store.SetSyncFolder(ctx, abs); err != nil {
			return Report{}, err
		}
	}
	rep := Report{Folder: abs, Skipped: []Skip{}}
	if err := s.apply(ctx, abs, &rep); err != nil {
		return Report{}, err
	}
	if err := s.send(ctx, abs, &rep); err != nil {
		return Report{}, err
	}
	if rep.Conflicts, err = s.store.CountConflicts(ctx); err != nil {
		return Report{}, err
	}
	rep.At = s.now()
	saved, _ := json.Marshal(rep)
	return rep, s.store.RecordSyncRound(ctx, data.SyncRound{At: rep.At, Report: string(saved)})
}

// apply settles a file this device noted but may not have written, makes
// sure no other copy of this database writes under its ID, and applies
// the other devices' files it has not applied.
func (s *Syncer) apply(ctx context.Context, dir string, rep *Report) error {
	l, err := list(dir)
	if err != nil {
		return err
	}
	out, err := s.store.Outgoing(ctx)
	if err != nil {
		return err
	}
	copied, err := s.settle(ctx, dir, l, out)
	if err != nil {
		return err
	}
	if copied {
		if _, rep.NewDevice, err = s.store.NewDevice(ctx); err != nil {
			return err
		}
		if out, err = s.store.Outgoing(ctx); err != nil {
			return err
		}
	}
	removeTemps(dir, l, out.Device)
	for _, name := range l.others {
		rep.Skipped = append(rep.Skipped, Skip{File: name, Reason: copyReason(name), Files: 1})
	}
	files, skips := plan(dir, l, out.Device, out.Seen)
	if s.applying != nil {
		s.applying()
	}
	res, err := s.store.ApplyChanges(ctx, files)
	if err != nil {
		return err
	}
	devices := map[string]bool{}
	blocked := map[string]bool{}
	for i, f := range files {
		if failed := res.Failed[i]; failed != nil {
			if blocked[f.Device] {
				continue // behind a file of its device not applied: said there
			}
			blocked[f.Device] = true
			reason := "it could not be applied: " + data.ErrorMessage(failed)
			var w *data.Waiting
			if errors.As(failed, &w) {
				reason = "it waits for " + fileName(w.Device, w.Seq, false) + ", which is not applied here yet"
			}
			waiting := 0
			for _, g := range files[i+1:] {
				if g.Device == f.Device {
					waiting++
				}
			}
			rep.Skipped = append(rep.Skipped, Skip{File: f.Name, Reason: reason, Files: 1 + waiting})
			continue
		}
		if !blocked[f.Device] {
			devices[f.Device] = true
		}
	}
	rep.Skipped = append(rep.Skipped, skips...)
	rep.Received, rep.Found, rep.Devices = res.Changes, res.Conflicts, len(devices)
	return nil
}

// settle looks at this device's own files: a file noted as being written is
// marked written when it is there whole, or forgotten when it is not. It
// reports another copy of this database writing under its ID: a file of
// its ID it did not write.
func (s *Syncer) settle(ctx context.Context, dir string, l listing, out data.Outgoing) (copied bool, err error) {
	own := l.files[out.Device]
	if p := out.Sending; p != nil {
		switch sum, size, err := checksum(filepath.Join(dir, fileName(out.Device, p.Seq, false))); {
		case errors.Is(err, os.ErrNotExist):
			if err := s.store.DropSending(ctx); err != nil {
				return false, err
			}
		case err != nil:
			return false, cannotRead(dir, err)
		case sum == p.Checksum && size == p.Size:
			if err := s.store.MarkSent(ctx, *p); err != nil {
				return false, err
			}
			out.Written = p.Seq
		default:
			return true, nil
		}
	}
	for _, f := range own {
		if f.seq > out.Written {
			return true, nil
		}
		if last := out.Last; last != nil && !f.snapshot && f.seq == last.Seq && f.size != last.Size {
			return true, nil
		}
	}
	return false, nil
}

// checksum returns the SHA-256 of a file and its size.
func checksum(path string) (string, int64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", 0, err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), int64(len(b)), nil
}

// removeTemps removes this device's hidden files left by a process
// killed while writing them (this round holds the lock: none is being
// written).
func removeTemps(dir string, l listing, device string) {
	for _, name := range l.temps {
		if strings.HasPrefix(name, ".daymark-"+device+"-") {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

func cannotRead(dir string, err error) error {
	return &data.Error{Code: data.EInvalid, Message: "cannot read the sync folder " + dir + " (check its permissions)", Err: err}
}

// send writes this device's changes not yet written as its next change
// file, then compacts its change files into a snapshot when there are
// many.
func (s *Syncer) send(ctx context.Context, dir string, rep *Report) error {
	out, err := s.store.Outgoing(ctx)
	if err != nil {
		return err
	}
	if len(out.Changes) > 0 {
		f := File{Device: out.Device, Seq: out.Seq, Written: s.now(), Needs: out.Seen, Changes: out.Changes}
		var body bytes.Buffer
		if err := Encode(&body, f); err != nil {
			return &data.Error{Code: data.EInternal, Message: "cannot write this device's changes", Err: err}
		}
		sum := sha256.Sum256(body.Bytes())
		note := data.Sending{Seq: f.Seq, Size: int64(body.Len()), Checksum: hex.EncodeToString(sum[:]), Upto: out.Upto}
		if err := s.store.NoteSending(ctx, note); err != nil {
			return err
		}
		if err := writeFile(dir, fileName(f.Device, f.Seq, false), body.Bytes()); err != nil {
			s.store.DropSending(ctx)
			return err
		}
		if err := s.store.MarkSent(ctx, note); err != nil {
			return err
		}
		rep.Sent = len(out.Changes)
	}
	return s.compact(ctx, dir, rep)
}

// ForgetFolder stops this database syncing: the folder is no longer
// remembered, and what it holds is left as it is.
func (s *Syncer) ForgetFolder(ctx context.Context) error { return s.store.SetSyncFolder(ctx, "") }

// LastRound returns the report of the last round run on this database
// (here or by the command line), and false when none has run.
func (s *Syncer) LastRound(ctx context.Context) (Report, bool, error) {
	r, err := s.store.LastSyncRound(ctx)
	if err != nil || r.At.IsZero() {
		return Report{}, false, err
	}
	var rep Report
	if json.Unmarshal([]byte(r.Report), &rep) != nil {
		rep = Report{} // written by another version: the time is enough
	}
	rep.At = r.At
	return rep, true, nil
}

// Revision returns a number that grows with every change to the person's
// data, made here or applied by a round: a window asks it to sync soon
// after a save.
func (s *Syncer) Revision(ctx context.Context) (int64, error) { return s.store.Revision(ctx) }
