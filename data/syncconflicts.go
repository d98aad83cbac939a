package data

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// A Conflict is a value of a field that lost to a change made on another
// device without seeing it: kept so the person can see it and pick it
// instead of the value the field holds.
type Conflict struct {
	ID      int64
	Kind    string // the kind of record: day, decision, …
	Record  string // the record: a date, a UID, …
	Field   string // the field: note, planned.<dimension UID>, …
	Value   string // the value that lost, as JSON
	HLC     HLC    // when and where it was set
	Current string // the value the field holds, as JSON
	Winner  HLC    // when and where that was set
	Noticed time.Time
}

// Conflicts returns the conflicts not settled, the first noticed first.
func (s *Store) Conflicts(ctx context.Context) (_ []Conflict, err error) {
	defer doing(&err, "reading the sync conflicts")
	return queryConflicts(ctx, s.db, "ORDER BY c.noticed, c.kind, c.record, c.field, c.hlc")
}

// CountConflicts returns how many conflicts are not settled.
func (s *Store) CountConflicts(ctx context.Context) (_ int, err error) {
	defer doing(&err, "counting the sync conflicts")
	return count(ctx, s.db, "SELECT count(*) FROM sync_conflict")
}

func queryConflicts(ctx context.Context, q queryer, clause string, args ...any) ([]Conflict, error) {
	rows, err := q.QueryContext(ctx, `SELECT c.id, c.kind, c.record, c.field, c.value, c.hlc, coalesce(f.value, 'null'), coalesce(f.hlc, ''), c.noticed
		FROM sync_conflict c LEFT JOIN sync_field f ON f.kind = c.kind AND f.record = c.record AND f.field = c.field `+clause, args...)
	if err != nil {
		return nil, scanErr("the sync conflicts", err)
	}
	defer rows.Close()
	var out []Conflict
	for rows.Next() {
		var c Conflict
		var h, winner, noticed string
		if err := rows.Scan(&c.ID, &c.Kind, &c.Record, &c.Field, &c.Value, &h, &c.Current, &winner, &noticed); err != nil {
			return nil, scanErr("the sync conflicts", err)
		}
		c.HLC, _ = ParseHLC(h)
		c.Winner, _ = ParseHLC(winner)
		c.Noticed, _ = time.Parse(time.RFC3339, noticed)
		out = append(out, c)
	}
	return out, scanErr("the sync conflicts", rows.Err())
}

// ResolveConflict settles a conflict: with takeOther, the field takes the
// value that lost, as a change made here now (refused with a sentence, and
// nothing changed, when that would break a rule: a day over 1440 minutes,
// two timers at once); otherwise the field keeps the value it holds, said
// again as a change made here, so the other devices settle it too. Either
// way every conflict of the field is settled.
func (s *Store) ResolveConflict(ctx context.Context, id int64, takeOther bool) (err error) {
	defer doing(&err, "settling sync conflict %d", id)
	return s.update(ctx, func(tx *sql.Tx) error {
		list, err := queryConflicts(ctx, tx, "WHERE c.id = ?", id)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return Errorf(ENotFound, "that conflict is settled already (here, or on another device)")
		}
		c := list[0]
		h, err := s.tickIn(ctx, tx)
		if err != nil {
			return err
		}
		value := c.Current
		if takeOther {
			value = c.Value
		}
		if err := execIn(ctx, tx, `INSERT INTO sync_field (kind, record, field, value, hlc, prev, pending) VALUES (?, ?, ?, ?, ?, ?, 1)
			ON CONFLICT (kind, record, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, prev = excluded.prev, pending = 1`,
			c.Kind, c.Record, c.Field, value, h.String(), c.Winner.String()); err != nil {
			return err
		}
		if err := execIn(ctx, tx, "DELETE FROM sync_conflict WHERE kind = ? AND record = ? AND field = ?", c.Kind, c.Record, c.Field); err != nil {
			return err
		}
		if !takeOther {
			return nil
		}
		if _, known := kindNamed(c.Kind); !known {
			return Errorf(EInvalid, "that value is of a kind of record this Daymark does not know (a newer Daymark made it)")
		}
		err = s.writeRecords(ctx, tx, map[string]map[string]bool{c.Kind: {c.Record: true}}, true)
		var e *Error
		if errors.As(err, &e) && e.Code == EConflict || ErrorCode(err) == EInvalid {
			return Errorf(EInvalid, "the other value cannot be taken: %s", ErrorMessage(err))
		}
		return err
	})
}

// SyncedRecord returns the fields of a record as this database last knew
// them (name → value as JSON): what a conflict's record and the records it
// names say, to describe it in words.
func (s *Store) SyncedRecord(ctx context.Context, kind, record string) (_ map[string]string, err error) {
	defer doing(&err, "reading the synced fields of %s %s", kind, record)
	f, err := loadFields(ctx, s.db, kind, record)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(f))
	for name, v := range f {
		out[name] = v.value
	}
	return out, nil
}
