package data

import (
	"context"
	"database/sql"
	"sort"
	"strconv"
)

// Change capture. Every write to the person's data marks the records it
// touches (triggers fill sync_dirty, whatever wrote); before the
// transaction ends, capture reads each record marked as the tables now
// hold it, compares it field by field with what sync_field last knew, and
// keeps each field that changed as a change of this device: its new value,
// one clock reading for the whole transaction, and the reading of the
// value it replaced. The changes wait (pending) until a round writes them
// to the folder.

// A storedField is a field as sync_field holds it.
type storedField struct {
	value   string
	hlc     string
	prev    string
	pending bool
}

// capture turns the records marked in tx into changes stamped by stamp
// (called once, when the first change is found), and unmarks them.
func (s *Store) capture(ctx context.Context, tx *stmtCache, stamp func() (HLC, error)) error {
	dirty, err := dirtyRecords(ctx, tx)
	if err != nil || len(dirty) == 0 {
		return err
	}
	r := newRefs(ctx, tx)
	var h HLC
	for _, k := range kinds {
		set := dirty[k.name]
		if len(set) == 0 {
			continue
		}
		sel := selection{kind: k.name, dirty: set}
		cur, err := k.read(ctx, tx, r, sel)
		if err != nil {
			return err
		}
		stored, err := storedFields(ctx, tx, k.name, sel)
		if err != nil {
			return err
		}
		for _, record := range sortedRecords(set) {
			changed := diffRecord(k, stored[record], cur[record])
			if len(changed) == 0 {
				continue
			}
			if h.IsZero() {
				if h, err = stamp(); err != nil {
					return err
				}
			}
			if err := keepChanges(ctx, tx, k.name, record, changed, stored[record], h); err != nil {
				return err
			}
		}
	}
	_, err = tx.ExecContext(ctx, "DELETE FROM sync_dirty")
	return storeError(err)
}

// dirtyRecords returns the records marked, by kind.
func dirtyRecords(ctx context.Context, q queryer) (map[string]map[string]bool, error) {
	rows, err := q.QueryContext(ctx, "SELECT kind, record FROM sync_dirty")
	if err != nil {
		return nil, scanErr("the changed records", err)
	}
	defer rows.Close()
	out := map[string]map[string]bool{}
	for rows.Next() {
		var kind, record string
		if err := rows.Scan(&kind, &record); err != nil {
			return nil, scanErr("the changed records", err)
		}
		if out[kind] == nil {
			out[kind] = map[string]bool{}
		}
		out[kind][record] = true
	}
	return out, scanErr("the changed records", rows.Err())
}

// storedFields returns the fields sync_field holds of the records the
// selection picks.
func storedFields(ctx context.Context, q queryer, kind string, sel selection) (map[string]map[string]storedField, error) {
	cond, args := sel.where("record")
	rows, err := q.QueryContext(ctx, "SELECT record, field, value, hlc, prev, pending FROM sync_field WHERE kind = ? AND "+cond, append([]any{kind}, args...)...)
	if err != nil {
		return nil, scanErr("the synced fields", err)
	}
	defer rows.Close()
	out := map[string]map[string]storedField{}
	for rows.Next() {
		var record, field string
		var f storedField
		if err := rows.Scan(&record, &field, &f.value, &f.hlc, &f.prev, &f.pending); err != nil {
			return nil, scanErr("the synced fields", err)
		}
		if out[record] == nil {
			out[record] = map[string]storedField{}
		}
		out[record][field] = f
	}
	return out, scanErr("the synced fields", rows.Err())
}

// diffRecord returns the fields of a record that changed: cur is the
// record as the tables hold it (nil: it is not there), stored as
// sync_field knew it. A field stored but no longer there has no value
// now. A record of a kind that can be deleted says whether it is, and
// says it is not with every change, so that a change made after a
// deletion elsewhere brings the record back.
func diffRecord(k recordKind, stored map[string]storedField, cur fields) fields {
	out := fields{}
	if k.exists && cur == nil {
		if len(stored) > 0 && stored[fieldDeleted].value != "true" {
			out[fieldDeleted] = "true"
		}
		return out
	}
	for name, v := range cur {
		if old, ok := stored[name]; ok && old.value == v || !ok && v == jsonNull {
			continue
		}
		out[name] = v
	}
	for name, old := range stored {
		if _, there := cur[name]; !there && k.knows(name) && old.value != jsonNull {
			out[name] = jsonNull
		}
	}
	if k.exists && (len(out) > 0 || stored[fieldDeleted].value != "false") {
		out[fieldDeleted] = "false"
	}
	return out
}

// keepChanges stores the changed fields of a record as changes of this
// device stamped h. A field changed again before a round wrote it keeps the
// reading of the value the other devices last saw as the one it replaced.
// A change made here settles the conflicts of its field: the person
// changed it knowing the value it had.
func keepChanges(ctx context.Context, tx execer, kind, record string, changed fields, stored map[string]storedField, h HLC) error {
	names := make([]string, 0, len(changed))
	for n := range changed {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		old := stored[name]
		prev := old.hlc
		if old.pending {
			prev = old.prev
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO sync_field (kind, record, field, value, hlc, prev, pending) VALUES (?, ?, ?, ?, ?, ?, 1)
			ON CONFLICT (kind, record, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, prev = excluded.prev, pending = 1`,
			kind, record, name, changed[name], h.String(), prev); err != nil {
			return storeError(err)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM sync_conflict WHERE kind = ? AND record = ? AND field = ?", kind, record, name); err != nil {
			return storeError(err)
		}
	}
	return nil
}

// baseline is the reading of what a database held before its changes
// were captured: before any change made by a person, on any device, so
// every change wins over it. In a new database, what it holds is what
// Daymark puts there (the default dimensions, prompts and rules): the
// default reading, the same on every device.
func baseline(ctx context.Context, tx *sql.Tx, fresh bool) (HLC, error) {
	device, err := deviceOf(ctx, tx)
	if fresh {
		device = defaultDevice
	}
	return HLC{Device: device}, err
}

// track gives every record its fields in sync_field, at the baseline
// reading, once: in a database made before sync, or by a Daymark that
// did not know every kind of record this one does, or a new one (fresh).
// It also gives every row its UID. It runs when the store opens, and
// does nothing once done.
func (s *Store) track(ctx context.Context, fresh bool) error {
	want := strconv.Itoa(SchemaVersion())
	if v, _, err := readState(ctx, s.db, stateTracked); err != nil || v == want {
		return err
	}
	return s.transact(ctx, func(tx *sql.Tx) error {
		if _, err := fillUIDs(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM sync_dirty"); err != nil {
			return storeError(err)
		}
		r := newRefs(ctx, tx)
		stamp := func() (HLC, error) { return baseline(ctx, tx, fresh) }
		for _, k := range kinds {
			cur, err := k.read(ctx, tx, r, selection{kind: k.name})
			if err != nil {
				return err
			}
			stored, err := storedFields(ctx, tx, k.name, selection{kind: k.name})
			if err != nil {
				return err
			}
			records := map[string]bool{}
			for record := range cur {
				if stored[record] == nil { // tracked already: its changes were captured
					records[record] = true
				}
			}
			h, err := stamp()
			if err != nil {
				return err
			}
			for _, record := range sortedRecords(records) {
				if err := keepChanges(ctx, tx, k.name, record, diffRecord(k, nil, cur[record]), nil, h); err != nil {
					return err
				}
			}
		}
		return writeState(ctx, tx, stateTracked, want)
	})
}
