package data

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"
)

// Kind says whose a value is.
type Kind string

// The two kinds of value.
const (
	Personal       Kind = "personal"
	Organisational Kind = "organisational"
)

// Valid reports whether k is one of the two kinds.
func (k Kind) Valid() bool { return k == Personal || k == Organisational }

// A Value is a personal or an organisational value: what it means, the
// behaviours that show it and the "slippery" ones that betray it, and its
// rank among the values of its kind.
type Value struct {
	ID         int64
	Kind       Kind
	Name       string
	Meaning    string
	Behaviours string // one per line
	Slippery   string // one per line
	Rank       int    // 1 is the most important of its kind
	Archived   bool   // archived values keep their links to past decisions
}

// Limits on what a value may hold.
const (
	MaxValueName = 60
	MaxValueText = 4000
)

// Normalize trims the value's texts.
func (v *Value) Normalize() {
	v.Name = strings.TrimSpace(v.Name)
	v.Meaning = strings.TrimSpace(v.Meaning)
	v.Behaviours = strings.TrimSpace(v.Behaviours)
	v.Slippery = strings.TrimSpace(v.Slippery)
}

// Validate reports the first rule the value breaks, as a sentence.
func (v Value) Validate() error {
	switch {
	case !v.Kind.Valid():
		return Errorf(EInvalid, "a value is personal or organisational, not %q", v.Kind)
	case strings.TrimSpace(v.Name) == "":
		return Errorf(EInvalid, "the name is empty: give the value a name")
	case noNUL("the name", v.Name) != nil:
		return noNUL("the name", v.Name)
	case utf8.RuneCountInString(v.Name) > MaxValueName:
		return Errorf(EInvalid, "the name is too long: at most %d characters", MaxValueName)
	}
	for _, t := range []struct{ name, text string }{{"what it means", v.Meaning}, {"the behaviours", v.Behaviours}, {"the slippery behaviours", v.Slippery}} {
		if n := utf8.RuneCountInString(t.text); n > MaxValueText {
			return Errorf(EInvalid, "%s: too long, %d characters, at most %d", t.name, n, MaxValueText)
		}
	}
	return nil
}

// Values returns every value, personal ones first, each kind by rank.
func (s *Store) Values(ctx context.Context) (_ []Value, err error) {
	defer doing(&err, "reading the values")
	return queryValues(ctx, s.db)
}

func queryValues(ctx context.Context, q queryer) ([]Value, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, kind, name, meaning, behaviours, slippery, rank, archived
		FROM value ORDER BY kind = 'organisational', rank, id`)
	if err != nil {
		return nil, scanErr("values", err)
	}
	defer rows.Close()
	var vs []Value
	for rows.Next() {
		var v Value
		if err := rows.Scan(&v.ID, &v.Kind, &v.Name, &v.Meaning, &v.Behaviours, &v.Slippery, &v.Rank, &v.Archived); err != nil {
			return nil, scanErr("values", err)
		}
		vs = append(vs, v)
	}
	return vs, scanErr("values", rows.Err())
}

// CreateValue adds a value after the others of its kind and sets its ID
// and Rank. The day's alignment snapshot takes it in.
func (s *Store) CreateValue(ctx context.Context, v *Value, today Date) (err error) {
	defer doing(&err, "adding a value")
	v.Normalize()
	if err := v.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		if err := checkValueName(ctx, tx, *v); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(rank), 0) + 1 FROM value WHERE kind = ?", v.Kind).Scan(&v.Rank); err != nil {
			return storeError(err)
		}
		if err := insertValue(ctx, tx, v); err != nil {
			return err
		}
		return snapshotAlignment(ctx, tx, today)
	})
}

func insertValue(ctx context.Context, tx *sql.Tx, v *Value) error {
	id := sql.NullInt64{Int64: v.ID, Valid: v.ID != 0}
	res, err := tx.ExecContext(ctx, `INSERT INTO value (id, kind, name, meaning, behaviours, slippery, rank, archived)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, v.Kind, v.Name, v.Meaning, v.Behaviours, v.Slippery, v.Rank, v.Archived)
	if err != nil {
		return storeError(err)
	}
	v.ID, err = res.LastInsertId()
	return storeError(err)
}

// UpdateValue saves a value's name, texts and archived state (its kind and
// rank stay). Archiving or bringing one back changes the day's alignment
// snapshot.
func (s *Store) UpdateValue(ctx context.Context, v Value, today Date) (err error) {
	defer doing(&err, "saving a value")
	v.Normalize()
	if err := v.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		if err := checkValueName(ctx, tx, v); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE value SET name = ?, meaning = ?, behaviours = ?, slippery = ?, archived = ?
			WHERE id = ? AND kind = ?`, v.Name, v.Meaning, v.Behaviours, v.Slippery, v.Archived, v.ID, v.Kind)
		if err != nil {
			return storeError(err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return Errorf(ENotFound, "the value “%s” no longer exists", v.Name)
		}
		return snapshotAlignment(ctx, tx, today)
	})
}

// RankValues orders the values of one kind as ids, which must name each of
// them once.
func (s *Store) RankValues(ctx context.Context, kind Kind, ids []int64) (err error) {
	defer doing(&err, "reordering the values")
	return s.update(ctx, func(tx *sql.Tx) error {
		all, err := queryValues(ctx, tx)
		if err != nil {
			return err
		}
		known := map[int64]bool{}
		for _, v := range all {
			if v.Kind == kind {
				known[v.ID] = true
			}
		}
		if len(ids) != len(known) {
			return Errorf(EInvalid, "the new order names %d values, but there are %d", len(ids), len(known))
		}
		for i, id := range ids {
			if !known[id] {
				return Errorf(EInvalid, "the new order names an unknown or repeated value")
			}
			delete(known, id)
			if _, err := tx.ExecContext(ctx, "UPDATE value SET rank = ? WHERE id = ?", i+1, id); err != nil {
				return storeError(err)
			}
		}
		return nil
	})
}

// checkValueName refuses a name another value of the same kind has,
// compared without regard to case.
func checkValueName(ctx context.Context, tx *sql.Tx, v Value) error {
	return checkName(ctx, tx, v.ID, v.Name, "a "+string(v.Kind)+" value named “%s” already exists",
		"SELECT id, name FROM value WHERE kind = ?", v.Kind)
}

// checkName refuses name when a row (id, name) of query other than self
// has it, compared with Unicode case folding (SQLite's lower() only folds
// ASCII). sentence names the other row with %s.
func checkName(ctx context.Context, tx *sql.Tx, self int64, name, sentence, query string, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return storeError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var other string
		if err := rows.Scan(&id, &other); err != nil {
			return storeError(err)
		}
		if id != self && strings.EqualFold(other, name) {
			return Errorf(EConflict, sentence, other)
		}
	}
	return storeError(rows.Err())
}
