package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"
)

// A Change is one field of one record set by one device: the unit sync
// carries. Value is JSON ("null" for none); Prev is the reading of the
// value it replaced on the device that made it, which tells whether that
// device had seen a change made elsewhere.
type Change struct {
	HLC    HLC
	Kind   string
	Record string
	Field  string
	Value  string
	Prev   HLC
}

// A ChangeFile is what one change file (or snapshot) of a device brings.
type ChangeFile struct {
	Device  string
	Seq     int64            // the file's number among the device's files
	Seen    map[string]int64 // the files of each device it holds (a snapshot), besides the device's own up to Seq
	Needs   map[string]int64 // the files of each device that must be applied first (none for a snapshot)
	Name    string           // the file's name, for sentences
	Changes []Change
}

// Applied says what ApplyChanges did.
type Applied struct {
	Changes   int     // changes that were new here
	Conflicts int     // values found to have lost to a change made without seeing them
	Failed    []error // by file: why it was not applied (nil: it was)
}

// ApplyChanges merges the change files into the database, each whole or
// not at all, in one transaction: latest write wins per field (by clock
// reading, then by value, so every device picks the same), a value that
// loses to a change made without seeing it is kept as a conflict, and the
// records changed are written back to the tables, the rules of the file
// repaired where the merge breaks them (see recordWriter). A file that
// cannot be applied (it holds what Daymark cannot take) leaves nothing of
// itself and says why in Failed; the others are applied. Each file
// applied moves on how far its device's files are applied.
func (s *Store) ApplyChanges(ctx context.Context, files []ChangeFile) (_ Applied, err error) {
	defer doing(&err, "applying the change files of other devices")
	res := Applied{Failed: make([]error, len(files))}
	if len(files) == 0 {
		return res, nil // no write: a round with nothing new is not a change a window or another device must look at
	}
	err = s.update(ctx, func(tx *sql.Tx) error {
		m, err := newMerger(ctx, tx)
		if err != nil {
			return err
		}
		defer m.close()
		for i, f := range files {
			if _, err := tx.ExecContext(ctx, "SAVEPOINT change_file"); err != nil {
				return storeError(err)
			}
			n, conflicts, err := s.applyFile(ctx, tx, m, f)
			if err != nil {
				if _, rerr := tx.ExecContext(ctx, "ROLLBACK TO change_file"); rerr != nil {
					return storeError(rerr)
				}
				res.Failed[i] = err
			} else {
				res.Changes += n
				res.Conflicts += conflicts
			}
			if _, err := tx.ExecContext(ctx, "RELEASE change_file"); err != nil {
				return storeError(err)
			}
		}
		return nil
	})
	if err != nil {
		return Applied{}, err
	}
	return res, nil
}

// applyFile merges one file's changes, writes the records they change, and
// records how far the device's files are applied. It returns how many
// changes were new and how many conflicts were found.
func (s *Store) applyFile(ctx context.Context, tx *sql.Tx, m *merger, f ChangeFile) (int, int, error) {
	if err := needsMet(ctx, tx, f); err != nil {
		return 0, 0, err
	}
	touched := map[string]map[string]bool{}
	var latest HLC
	news, conflicts := 0, 0
	for _, c := range f.Changes {
		took, lost, err := m.merge(c, s.now())
		if err != nil {
			return 0, 0, err
		}
		if took {
			news++
			if touched[c.Kind] == nil {
				touched[c.Kind] = map[string]bool{}
			}
			touched[c.Kind][c.Record] = true
		}
		if lost {
			conflicts++
		}
		if latest.Before(c.HLC) {
			latest = c.HLC
		}
	}
	if err := witnessIn(ctx, tx, latest); err != nil {
		return 0, 0, err
	}
	if err := s.writeRecords(ctx, tx, touched, false); err != nil {
		return 0, 0, err
	}
	seen := map[string]int64{f.Device: f.Seq}
	for d, n := range f.Seen {
		if n > seen[d] {
			seen[d] = n
		}
	}
	self, err := deviceOf(ctx, tx)
	if err != nil {
		return 0, 0, err
	}
	for d, n := range seen {
		if d == self || !validDevice(d) {
			continue
		}
		if err := execIn(ctx, tx, `INSERT INTO sync_device (device, applied) VALUES (?, ?)
			ON CONFLICT (device) DO UPDATE SET applied = max(applied, excluded.applied)`, d, n); err != nil {
			return 0, 0, err
		}
	}
	return news, conflicts, nil
}

// needsMet refuses a file whose device's earlier files, or the files of
// other devices its device had applied when it wrote it, are not applied
// here: its changes may name records they make.
func needsMet(ctx context.Context, tx *sql.Tx, f ChangeFile) error {
	if len(f.Needs) == 0 {
		return nil
	}
	applied, err := syncPeers(ctx, tx)
	if err != nil {
		return err
	}
	self, err := deviceOf(ctx, tx)
	if err != nil {
		return err
	}
	devices := make([]string, 0, len(f.Needs))
	for d := range f.Needs {
		devices = append(devices, d)
	}
	sort.Strings(devices)
	for _, d := range devices {
		if n := f.Needs[d]; d != self && n > 0 && applied[d] < n {
			return &Waiting{Device: d, Seq: applied[d] + 1}
		}
	}
	return nil
}

// Waiting is why a change file is not applied yet: it needs file Seq of
// Device first.
type Waiting struct {
	Device string
	Seq    int64
}

func (w *Waiting) Error() string {
	return fmt.Sprintf("it waits for file %d of device %s", w.Seq, w.Device)
}

// writeRecords writes the records touched back to the tables, kind by kind
// in order, from their fields in sync_field, and unmarks them: what they
// hold now is what sync_field says, but for repairs, which are changes of
// their own already.
func (s *Store) writeRecords(ctx context.Context, tx *sql.Tx, touched map[string]map[string]bool, strict bool) error {
	w := newRecordWriter(ctx, tx, s)
	defer w.c.close()
	w.strict = strict
	for _, k := range kinds {
		for _, record := range sortedRecords(touched[k.name]) {
			f, err := loadFields(ctx, w.c, k.name, record)
			if err != nil {
				return err
			}
			if err := k.write(w, record, f); err != nil {
				return err
			}
		}
		if k.finish != nil {
			if err := k.finish(w); err != nil {
				return err
			}
		}
		for _, record := range sortedRecords(touched[k.name]) {
			if err := w.exec("DELETE FROM sync_dirty WHERE kind = ? AND record = ?", k.name, record); err != nil {
				return err
			}
		}
	}
	for _, date := range w.daysWritten {
		if err := w.exec("DELETE FROM sync_dirty WHERE kind = 'day' AND record = ?", date); err != nil {
			return err
		}
	}
	return nil
}

// A merger merges changes into sync_field with statements prepared once.
type merger struct {
	ctx                           context.Context
	tx                            *sql.Tx
	read, write, settle, conflict *sql.Stmt
}

func newMerger(ctx context.Context, tx *sql.Tx) (*merger, error) {
	m := &merger{ctx: ctx, tx: tx}
	var err error
	prepare := func(query string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = tx.PrepareContext(ctx, query)
		return st
	}
	m.read = prepare("SELECT value, hlc, prev, pending FROM sync_field WHERE kind = ? AND record = ? AND field = ?")
	m.write = prepare(`INSERT INTO sync_field (kind, record, field, value, hlc, prev, pending) VALUES (?, ?, ?, ?, ?, ?, 0)
		ON CONFLICT (kind, record, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, prev = excluded.prev, pending = 0`)
	m.settle = prepare("DELETE FROM sync_conflict WHERE kind = ? AND record = ? AND field = ? AND (hlc <= ? OR value = ?)")
	m.conflict = prepare("INSERT OR IGNORE INTO sync_conflict (kind, record, field, value, hlc, noticed) VALUES (?, ?, ?, ?, ?, ?)")
	if err != nil {
		m.close()
		return nil, storeError(err)
	}
	return m, nil
}

func (m *merger) close() {
	for _, st := range []*sql.Stmt{m.read, m.write, m.settle, m.conflict} {
		if st != nil {
			st.Close()
		}
	}
}

// merge takes change c into sync_field when it is later than what is
// there (took), and keeps the value that loses as a conflict when the
// change that won was made without seeing it (lost): the winner's reading
// of the value it replaced comes before the loser. A change that wins
// settles the conflicts of its field whose values its maker had seen, and
// those of the value it sets.
// Readings that tie (a copied database) are told apart by the value, so
// every device takes the same.
func (m *merger) merge(c Change, now time.Time) (took, lost bool, err error) {
	var value, h, prev string
	var pending bool
	switch err := m.read.QueryRowContext(m.ctx, c.Kind, c.Record, c.Field).Scan(&value, &h, &prev, &pending); {
	case errors.Is(err, sql.ErrNoRows):
		_, err := m.write.ExecContext(m.ctx, c.Kind, c.Record, c.Field, c.Value, c.HLC.String(), c.Prev.String())
		return true, false, storeError(err)
	case err != nil:
		return false, false, storeError(err)
	}
	cur, err := ParseHLC(h)
	if err != nil {
		return false, false, Errorf(ECorrupt, "a synced field is damaged: %s", ErrorMessage(err))
	}
	curPrev, _ := ParseHLC(prev)
	order := c.HLC.Compare(cur)
	if order == 0 && c.Value != value { // the greater value wins a tie
		order = -1
		if c.Value > value {
			order = 1
		}
	}
	noticed := now.UTC().Format("2006-01-02T15:04:05Z")
	switch {
	case order == 0:
		return false, false, nil // seen before
	case order > 0:
		if _, err := m.write.ExecContext(m.ctx, c.Kind, c.Record, c.Field, c.Value, c.HLC.String(), c.Prev.String()); err != nil {
			return false, false, storeError(err)
		}
		if _, err := m.settle.ExecContext(m.ctx, c.Kind, c.Record, c.Field, c.Prev.String(), c.Value); err != nil {
			return false, false, storeError(err)
		}
		if c.Prev.Before(cur) && c.Value != value && !cur.isDefault() {
			_, err := m.conflict.ExecContext(m.ctx, c.Kind, c.Record, c.Field, value, h, noticed)
			return true, true, storeError(err)
		}
		return true, false, nil
	default:
		if curPrev.Before(c.HLC) && c.Value != value && !c.HLC.isDefault() {
			_, err := m.conflict.ExecContext(m.ctx, c.Kind, c.Record, c.Field, c.Value, c.HLC.String(), noticed)
			return false, true, storeError(err)
		}
		return false, false, nil
	}
}
