package data

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"time"
)

// What sync keeps of its own in the database (table sync_state): this
// device's ID, made on first use and kept in the database, never in the
// folder; its clock; the folder chosen; and the change file being written.

// Keys of sync_state.
const (
	stateDevice  = "device"   // this device's ID: 16 hexadecimal digits
	stateClock   = "clock"    // the latest clock reading made or seen here
	stateFolder  = "folder"   // the folder chosen for sync
	stateSeq     = "seq"      // the number of the last change file written
	stateSending = "sending"  // the change file being written: "seq size checksum upto"
	stateWritten = "written"  // the last change file written, as it was noted
	stateRound   = "round"    // when the last round ended, RFC 3339
	stateReport  = "report"   // what it did, as the caller wrote it
	stateTracked = "tracked"  // "1" once every record has its fields in sync_field
	stateOldIDs  = "replaced" // the device IDs this database had before, one a line
)

// readState returns the value of key, and false when it has none.
func readState(ctx context.Context, q queryer, key string) (string, bool, error) {
	rows, err := q.QueryContext(ctx, "SELECT value FROM sync_state WHERE key = ?", key)
	if err != nil {
		return "", false, scanErr("the sync state", err)
	}
	defer rows.Close()
	if !rows.Next() {
		return "", false, scanErr("the sync state", rows.Err())
	}
	var v string
	err = rows.Scan(&v)
	return v, err == nil, scanErr("the sync state", err)
}

// execer is what writing sync's own state needs: a *sql.Tx or *sql.DB.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// writeState sets key to value.
func writeState(ctx context.Context, x execer, key, value string) error {
	_, err := x.ExecContext(ctx, "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)
	return storeError(err)
}

// newDevice returns a new random device ID.
func newDevice() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on the systems Daymark runs on
	}
	return hex.EncodeToString(b[:])
}

// deviceOf returns this database's device ID, making one on first use.
func deviceOf(ctx context.Context, tx txLike) (string, error) {
	id, ok, err := readState(ctx, tx, stateDevice)
	if err != nil || ok {
		return id, err
	}
	id = newDevice()
	return id, writeState(ctx, tx, stateDevice, id)
}

// clockOf returns the latest reading made or seen here.
func clockOf(ctx context.Context, q queryer) (HLC, error) {
	v, _, err := readState(ctx, q, stateClock)
	if err != nil {
		return HLC{}, err
	}
	h, err := ParseHLC(v)
	if err != nil {
		return HLC{}, Errorf(ECorrupt, "the sync clock kept in the database is damaged: %s", ErrorMessage(err))
	}
	return h, nil
}

// tickIn returns the reading of a change made now in tx, and keeps it as
// the clock.
func (s *Store) tickIn(ctx context.Context, tx txLike) (HLC, error) {
	device, err := deviceOf(ctx, tx)
	if err != nil {
		return HLC{}, err
	}
	last, err := clockOf(ctx, tx)
	if err != nil {
		return HLC{}, err
	}
	h := tick(last, s.now(), device)
	return h, writeState(ctx, tx, stateClock, h.String())
}

// witnessIn moves the clock past a reading seen in a change file.
func witnessIn(ctx context.Context, tx *sql.Tx, seen HLC) error {
	last, err := clockOf(ctx, tx)
	if err != nil {
		return err
	}
	if next := witness(last, seen); next != last {
		return writeState(ctx, tx, stateClock, next.String())
	}
	return nil
}

// now returns the time of the store's clock: the computer's, unless a test
// set another (Options.Now).
func (s *Store) now() time.Time {
	if s.clock != nil {
		return s.clock()
	}
	return time.Now()
}

// Device returns this database's device ID (made on first use).
func (s *Store) Device(ctx context.Context) (_ string, err error) {
	defer doing(&err, "reading this device's ID")
	var id string
	err = s.transact(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = deviceOf(ctx, tx)
		return err
	})
	return id, err
}

// SyncFolder returns the folder chosen for sync, and "" when none is.
func (s *Store) SyncFolder(ctx context.Context) (_ string, err error) {
	defer doing(&err, "reading the sync folder")
	v, _, err := readState(ctx, s.db, stateFolder)
	return v, err
}

// SetSyncFolder remembers dir as the folder to sync with ("" forgets it).
// The caller checks the folder first.
func (s *Store) SetSyncFolder(ctx context.Context, dir string) (err error) {
	defer doing(&err, "saving the sync folder")
	return s.transact(ctx, func(tx *sql.Tx) error {
		if dir == "" {
			_, err := tx.ExecContext(ctx, "DELETE FROM sync_state WHERE key = ?", stateFolder)
			return storeError(err)
		}
		return writeState(ctx, tx, stateFolder, dir)
	})
}

// A SyncRound is what the last round of sync left: when it ended and the
// caller's account of it.
type SyncRound struct {
	At     time.Time // zero: there was none
	Report string
}

// LastSyncRound returns the last round recorded with RecordSyncRound.
func (s *Store) LastSyncRound(ctx context.Context) (_ SyncRound, err error) {
	defer doing(&err, "reading the last sync round")
	var r SyncRound
	at, ok, err := readState(ctx, s.db, stateRound)
	if err != nil || !ok {
		return r, err
	}
	if r.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
		return SyncRound{}, nil // a damaged time is no round: the next one writes it again
	}
	r.Report, _, err = readState(ctx, s.db, stateReport)
	return r, err
}

// RecordSyncRound remembers that a round ended at r.At, with its report.
func (s *Store) RecordSyncRound(ctx context.Context, r SyncRound) (err error) {
	defer doing(&err, "saving the sync round")
	return s.transact(ctx, func(tx *sql.Tx) error {
		if err := writeState(ctx, tx, stateRound, r.At.UTC().Format(time.RFC3339Nano)); err != nil {
			return err
		}
		return writeState(ctx, tx, stateReport, r.Report)
	})
}
