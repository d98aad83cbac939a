package data

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// What this device writes to the folder. Its changes go out in numbered
// change files, each written in two steps so that a process killed between
// them loses nothing and writes nothing twice: the database first notes
// the file it is about to write (its number, checksum and the reading of
// its latest change), then the file is written beside and renamed into
// place, then the database marks its changes as written. A round that
// finds a note looks for the file: there and whole, the changes are
// marked; missing, the note is dropped and the file written again.

// Outgoing is what a round writes of this device.
type Outgoing struct {
	Device  string
	Seq     int64            // the number of the next change file
	Written int64            // the number of the last one written
	Seen    map[string]int64 // how far each other device's files are applied here
	Changes []Change         // the changes not yet written, by reading
	Upto    HLC              // the reading of the latest of them
	Sending *Sending         // a file noted but not known to be written
	Last    *Sending         // the last file written, as it was noted
}

// Sending is a change file noted before it is written.
type Sending struct {
	Seq      int64
	Size     int64
	Checksum string
	Upto     HLC
}

func (s Sending) String() string {
	return strconv.FormatInt(s.Seq, 10) + " " + strconv.FormatInt(s.Size, 10) + " " + s.Checksum + " " + s.Upto.String()
}

func parseSending(v string) *Sending {
	parts := strings.Fields(v)
	if len(parts) < 3 {
		return nil
	}
	seq, err1 := strconv.ParseInt(parts[0], 10, 64)
	size, err2 := strconv.ParseInt(parts[1], 10, 64)
	var upto HLC
	var err3 error
	if len(parts) > 3 {
		upto, err3 = ParseHLC(parts[3])
	}
	if firstErr(err1, err2, err3) != nil {
		return nil
	}
	return &Sending{Seq: seq, Size: size, Checksum: parts[2], Upto: upto}
}

// Outgoing returns this device's changes not yet written, and what a round
// needs to write them.
func (s *Store) Outgoing(ctx context.Context) (_ Outgoing, err error) {
	defer doing(&err, "reading this device's changes to send")
	var out Outgoing
	err = s.transact(ctx, func(tx *sql.Tx) error {
		var err error
		if out.Device, err = deviceOf(ctx, tx); err != nil {
			return err
		}
		seq, _, err := readState(ctx, tx, stateSeq)
		if err != nil {
			return err
		}
		out.Written, _ = strconv.ParseInt(seq, 10, 64)
		out.Seq = out.Written + 1
		if v, ok, err := readState(ctx, tx, stateSending); err != nil {
			return err
		} else if ok {
			out.Sending = parseSending(v)
		}
		if v, ok, err := readState(ctx, tx, stateWritten); err != nil {
			return err
		} else if ok {
			out.Last = parseSending(v)
		}
		if out.Seen, err = syncPeers(ctx, tx); err != nil {
			return err
		}
		out.Changes, err = queryChanges(ctx, tx, "WHERE pending = 1 ORDER BY hlc")
		if n := len(out.Changes); n > 0 {
			out.Upto = out.Changes[n-1].HLC
		}
		return err
	})
	return out, err
}

// queryChanges reads the fields a clause picks as changes.
func queryChanges(ctx context.Context, q queryer, clause string, args ...any) ([]Change, error) {
	var out []Change
	err := eachChange(ctx, q, clause, args, func(c Change) error {
		out = append(out, c)
		return nil
	})
	return out, err
}

// eachChange calls fn with each field a clause picks, as a change.
func eachChange(ctx context.Context, q queryer, clause string, args []any, fn func(Change) error) error {
	rows, err := q.QueryContext(ctx, "SELECT kind, record, field, value, hlc, prev FROM sync_field "+clause, args...)
	if err != nil {
		return scanErr("the synced fields", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c Change
		var h, prev string
		if err := rows.Scan(&c.Kind, &c.Record, &c.Field, &c.Value, &h, &prev); err != nil {
			return scanErr("the synced fields", err)
		}
		var errs [2]error
		c.HLC, errs[0] = ParseHLC(h)
		c.Prev, errs[1] = ParseHLC(prev)
		if err := firstErr(errs[:]...); err != nil {
			return Errorf(ECorrupt, "a synced field is damaged: %s", ErrorMessage(err))
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return scanErr("the synced fields", rows.Err())
}

// NoteSending notes the change file about to be written.
func (s *Store) NoteSending(ctx context.Context, f Sending) (err error) {
	defer doing(&err, "noting the change file about to be written")
	return s.transact(ctx, func(tx *sql.Tx) error { return writeState(ctx, tx, stateSending, f.String()) })
}

// MarkSent marks the changes of the file noted as written: the changes up
// to its reading are no longer pending, and its number is the last.
func (s *Store) MarkSent(ctx context.Context, f Sending) (err error) {
	defer doing(&err, "marking changes as sent")
	return s.transact(ctx, func(tx *sql.Tx) error {
		if err := execIn(ctx, tx, "UPDATE sync_field SET pending = 0 WHERE pending = 1 AND hlc <= ?", f.Upto.String()); err != nil {
			return err
		}
		if err := writeState(ctx, tx, stateSeq, strconv.FormatInt(f.Seq, 10)); err != nil {
			return err
		}
		if err := writeState(ctx, tx, stateWritten, f.String()); err != nil {
			return err
		}
		return execIn(ctx, tx, "DELETE FROM sync_state WHERE key = ?", stateSending)
	})
}

// DropSending forgets the file noted: it was never written.
func (s *Store) DropSending(ctx context.Context) (err error) {
	defer doing(&err, "forgetting a change file never written")
	return s.transact(ctx, func(tx *sql.Tx) error {
		return execIn(ctx, tx, "DELETE FROM sync_state WHERE key = ?", stateSending)
	})
}

// syncPeers returns how far each other device's files are applied here.
func syncPeers(ctx context.Context, q queryer) (map[string]int64, error) {
	rows, err := q.QueryContext(ctx, "SELECT device, applied FROM sync_device")
	if err != nil {
		return nil, scanErr("the other devices", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var d string
		var n int64
		if err := rows.Scan(&d, &n); err != nil {
			return nil, scanErr("the other devices", err)
		}
		out[d] = n
	}
	return out, scanErr("the other devices", rows.Err())
}

// SyncPeers returns how far each other device's files are applied here.
func (s *Store) SyncPeers(ctx context.Context) (_ map[string]int64, err error) {
	defer doing(&err, "reading how far other devices' files are applied")
	return syncPeers(ctx, s.db)
}

// EachChange calls fn with every field of every record as this database
// holds it, each as the change that set it: a snapshot of everything, for
// a new device to start from. It reads one consistent state, and returns
// that state's applied files of each other device, this device's last
// change file, and the reading of its latest change.
func (s *Store) EachChange(ctx context.Context, fn func(Change) error) (seen map[string]int64, written int64, err error) {
	defer doing(&err, "reading every synced change")
	err = s.snapshot(ctx, func(q queryer) error {
		if seen, err = syncPeers(ctx, q); err != nil {
			return err
		}
		seq, _, err := readState(ctx, q, stateSeq)
		if err != nil {
			return err
		}
		written, _ = strconv.ParseInt(seq, 10, 64)
		return eachChange(ctx, q, "ORDER BY kind, record, field", nil, fn)
	})
	return seen, written, err
}

// NewDevice gives this database a new device ID, when another copy of it
// writes change files under the one it had (it was copied, or restored
// from a backup, after it first synced). The files of the old ID from the
// last one this database wrote on are then another device's: it applies
// them, and changes it has not written go out under the new ID. It
// returns the old ID and the new.
func (s *Store) NewDevice(ctx context.Context) (old, id string, err error) {
	defer doing(&err, "making a new device ID")
	err = s.transact(ctx, func(tx *sql.Tx) error {
		if old, err = deviceOf(ctx, tx); err != nil {
			return err
		}
		seq, _, err := readState(ctx, tx, stateSeq)
		if err != nil {
			return err
		}
		written, _ := strconv.ParseInt(seq, 10, 64)
		id = newDevice()
		if err := execIn(ctx, tx, `INSERT INTO sync_device (device, applied) VALUES (?, ?)
			ON CONFLICT (device) DO UPDATE SET applied = excluded.applied`, old, written); err != nil {
			return err
		}
		before, _, err := readState(ctx, tx, stateOldIDs)
		if err != nil {
			return err
		}
		for key, value := range map[string]string{stateDevice: id, stateSeq: "0", stateOldIDs: strings.TrimSpace(before + "\n" + old)} {
			if err := writeState(ctx, tx, key, value); err != nil {
				return err
			}
		}
		return execIn(ctx, tx, "DELETE FROM sync_state WHERE key IN (?, ?)", stateSending, stateWritten)
	})
	return old, id, err
}
