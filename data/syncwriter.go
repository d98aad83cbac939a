package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode/utf8"
)

// A recordWriter makes the tables hold records as their synced fields say, in
// one transaction. Where a merge would break a rule the file keeps (a day
// over 1440 minutes, two timers running, two dimensions of one name), the
// writer repairs it: the field takes a value that keeps the rule, as a
// change of this device, and the value it had is kept as a conflict, so
// the person can see it and pick it. Every device that merges the same
// changes makes the same repair.
type recordWriter struct {
	ctx   context.Context
	tx    *sql.Tx
	c     *stmtCache // the tx's statements, each prepared once
	refs  *refs
	store *Store
	// strict: the person picked a value (ResolveConflict): what would break
	// a rule is refused with a sentence rather than repaired.
	strict bool
	// noticed is when conflicts found now are noticed (RFC 3339).
	noticed string

	parents     map[string]string   // context UID → the UID of the context it sits in, set by finish
	intervals   map[string]fieldSet // timed intervals and days, written together by writeTime
	days        map[string]fieldSet
	daysWritten []string // every day writeTime wrote
}

func newRecordWriter(ctx context.Context, tx *sql.Tx, s *Store) *recordWriter {
	return &recordWriter{ctx: ctx, tx: tx, c: s.stmtsIn(tx), refs: newRefs(ctx, tx), store: s, noticed: s.now().UTC().Format("2006-01-02T15:04:05Z"), parents: map[string]string{}}
}

// exec runs a statement of the writer, prepared once.
func (w *recordWriter) exec(query string, args ...any) error {
	_, err := w.c.ExecContext(w.ctx, query, args...)
	return storeError(err)
}

// repair sets field of a record to value, as a change made here, and keeps
// the value it had (old) as a conflict. The change says it replaced what
// old replaced: it is the merge's, not a person's who saw old, so it
// settles no conflict, and a device that holds old when it comes keeps
// old as a conflict too. In strict mode it refuses with why instead.
func (w *recordWriter) repair(kind, record, field string, old fieldState, value, why string) error {
	if w.strict {
		return Errorf(EConflict, "%s", why)
	}
	if old.value == value {
		return nil
	}
	h, err := w.store.tickIn(w.ctx, w.tx)
	if err != nil {
		return err
	}
	if err := w.exec(`INSERT INTO sync_field (kind, record, field, value, hlc, prev, pending) VALUES (?, ?, ?, ?, ?, ?, 1)
		ON CONFLICT (kind, record, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, prev = excluded.prev, pending = 1`,
		kind, record, field, value, h.String(), old.prev.String()); err != nil {
		return err
	}
	if err := w.exec("DELETE FROM sync_conflict WHERE kind = ? AND record = ? AND field = ? AND value = ?", kind, record, field, value); err != nil {
		return err
	}
	if old.value == jsonNull || old.hlc.IsZero() || old.hlc.isDefault() {
		return nil
	}
	return w.conflict(kind, record, field, old)
}

// conflict keeps a value of a field that lost.
func (w *recordWriter) conflict(kind, record, field string, lost fieldState) error {
	return w.exec(`INSERT OR IGNORE INTO sync_conflict (kind, record, field, value, hlc, noticed) VALUES (?, ?, ?, ?, ?, ?)`,
		kind, record, field, lost.value, lost.hlc.String(), w.noticed)
}

// stored returns a field of a record as sync_field holds it.
func (w *recordWriter) stored(kind, record, field string) (fieldState, error) {
	f, err := loadFields(w.ctx, w.c, kind, record)
	if err != nil {
		return fieldState{}, err
	}
	if s, ok := f[field]; ok {
		return s, nil
	}
	return fieldState{value: jsonNull}, nil
}

// deleteOrArchive removes the row of table with uid; a row others still
// name (a dimension days hold minutes of) is archived instead, as Daymark
// never removes one.
func (w *recordWriter) deleteOrArchive(table, uid string) error {
	_, err := w.tx.ExecContext(w.ctx, "DELETE FROM "+table+" WHERE uid = ?", uid)
	if isForeignKey(err) {
		err = w.exec("UPDATE "+table+" SET archived = 1 WHERE uid = ?", uid)
	}
	w.refs.forget(table)
	return storeError(err)
}

// uniqueName returns the name (in column, and the field of that name) the
// record uid of a kind that joins by name can take: name, unless another
// record (one the query of UIDs and names lists) has it, compared as names
// are. Then the one with the greater UID
// takes "name (2)" (or the next free), as a repair, so every device
// settles on the same names.
func (w *recordWriter) uniqueName(kind, table, column, uid, name string, max int, query string, args ...any) (string, error) {
	rows, err := w.tx.QueryContext(w.ctx, query, args...)
	if err != nil {
		return "", storeError(err)
	}
	taken := map[string]bool{}
	other := ""
	for rows.Next() {
		var u, n string
		if err := rows.Scan(&u, &n); err != nil {
			rows.Close()
			return "", storeError(err)
		}
		if u == uid {
			continue
		}
		taken[nameKey(n)] = true
		if strings.EqualFold(nameKey(n), nameKey(name)) {
			other = u
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", storeError(err)
	}
	if other == "" {
		return name, nil
	}
	taken[nameKey(name)] = true
	free := freeName(name, max, taken)
	why := fmt.Sprintf("another %s is named “%s” already", strings.ReplaceAll(kind, "_", " "), name)
	if uid < other { // the other yields
		old, err := w.stored(kind, other, column)
		if err != nil {
			return "", err
		}
		if err := w.repair(kind, other, column, old, jsonText(free), why); err != nil {
			return "", err
		}
		if err := w.exec("UPDATE "+table+" SET "+column+" = ? WHERE uid = ?", free, other); err != nil {
			return "", err
		}
		return name, nil
	}
	old, err := w.stored(kind, uid, column)
	if err != nil {
		return "", err
	}
	return free, w.repair(kind, uid, column, old, jsonText(free), why)
}

// freeName returns "name (2)", or the first of (3), (4), … not taken,
// shortened to max characters.
func freeName(name string, max int, taken map[string]bool) string {
	for n := 2; ; n++ {
		suffix := fmt.Sprintf(" (%d)", n)
		base := []rune(strings.TrimSpace(name))
		if room := max - utf8.RuneCountInString(suffix); len(base) > room {
			base = base[:room]
		}
		if candidate := string(base) + suffix; !taken[nameKey(candidate)] {
			return candidate
		}
	}
}
