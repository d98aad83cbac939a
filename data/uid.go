package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"strconv"
	"strings"
)

// Every row of the person's data has an identity that is the same on
// every device and never changes (see docs/sync.md): days, targets, focus,
// the ideal week and weekly reviews are known by their date, and the
// other rows by a UID of 32 hexadecimal digits, kept in a uid column.
//
// A dimension, value, prompt or context takes its UID from its kind and
// its name, so two databases that each have a "People" dimension (the
// default ones, or ones made apart) hold the same dimension: they join by
// name. A later rename keeps the UID. Other rows made in Daymark take a
// random UID. Rows that were there before UIDs existed, or that come from
// an export without them, take one worked out from what they hold and
// their place among rows that hold the same, so that two copies of one
// database, or a database and the import of its export, agree on them.

// NewUID returns a random UID: 32 hexadecimal digits, as interval IDs are.
func NewUID() string { return NewIntervalID() }

// contentUID returns the UID worked out from parts: the first half of their
// SHA-256, in hexadecimal.
func contentUID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// nameKey is a name as names are compared: trimmed, in lower case.
func nameKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

// The UIDs of rows that join by name.
func dimensionUID(name string) string     { return contentUID("dimension", nameKey(name)) }
func valueUID(k Kind, name string) string { return contentUID("value", string(k), nameKey(name)) }
func promptUID(text string) string        { return contentUID("prompt", nameKey(text)) }
func contextUID(name string) string       { return contentUID("context", nameKey(name)) }

// uidTables are the tables whose rows carry a UID: for each, the query
// that gives every row without one (its id first, then what its UID is
// worked out from, in the order that numbers rows holding the same), and
// whether it joins by name (its UID is its name's, as when it is made).
var uidTables = []struct {
	table, query string
	byName       func(cols []string) string
}{
	{"dimension", "SELECT id, name FROM dimension WHERE uid IS NULL ORDER BY id", func(c []string) string { return dimensionUID(c[0]) }},
	{"value", "SELECT id, kind, name FROM value WHERE uid IS NULL ORDER BY id", func(c []string) string { return valueUID(Kind(c[0]), c[1]) }},
	{"prompt", "SELECT id, text FROM prompt WHERE uid IS NULL ORDER BY id", func(c []string) string { return promptUID(c[0]) }},
	{"context", "SELECT id, name FROM context WHERE uid IS NULL ORDER BY id", func(c []string) string { return contextUID(c[0]) }},
	{"session", "SELECT id, date FROM session WHERE uid IS NULL ORDER BY date, id", nil},
	{"decision", "SELECT id, date, title FROM decision WHERE uid IS NULL ORDER BY date, id", nil},
	{"reflection", "SELECT id, date, answer FROM reflection WHERE uid IS NULL ORDER BY date, id", nil},
	{"action", "SELECT a.id, s.uid, a.text FROM action a JOIN session s ON s.id = a.session_id WHERE a.uid IS NULL ORDER BY a.session_id, a.position, a.id", nil},
}

// legacyUID returns the UID of a row of table that holds parts and is the
// n-th (from 0) of the rows holding the same: what fillUIDs gives rows
// that were there before UIDs, and an import gives rows of an export
// without them.
func legacyUID(table string, n int, parts ...string) string {
	return contentUID(append(append([]string{table}, parts...), strconv.Itoa(n))...)
}

// fillUIDs gives every row without a UID its UID: its name's for rows that
// join by name, and otherwise the one worked out from what it holds
// (legacyUID). Sessions come before the actions that name them. It
// returns whether any row lacked one.
func fillUIDs(ctx context.Context, tx *sql.Tx) (bool, error) {
	filled := false
	for _, t := range uidTables {
		rows, err := tx.QueryContext(ctx, t.query)
		if err != nil {
			return false, storeError(err)
		}
		type row struct {
			id  int64
			uid string
		}
		var todo []row
		seen := map[string]int{}
		cols, _ := rows.Columns()
		for rows.Next() {
			var id int64
			vals := make([]sql.NullString, len(cols)-1)
			ptrs := []any{&id}
			for i := range vals {
				ptrs = append(ptrs, &vals[i])
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return false, storeError(err)
			}
			parts := make([]string, len(vals))
			for i, v := range vals {
				parts[i] = v.String
			}
			uid := ""
			if t.byName != nil {
				uid = t.byName(parts)
			} else {
				key := strings.Join(parts, "\x00")
				uid = legacyUID(t.table, seen[key], parts...)
				seen[key]++
			}
			todo = append(todo, row{id, uid})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return false, storeError(err)
		}
		for _, r := range todo {
			if err := setUID(ctx, tx, t.table, r.id, r.uid); err != nil {
				return false, err
			}
			filled = true
		}
	}
	return filled, nil
}

// setUID gives the row id of table the UID uid, or a random one when
// another row has it already.
func setUID(ctx context.Context, tx *sql.Tx, table string, id int64, uid string) error {
	var taken int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE uid = ?", uid).Scan(&taken); err != nil {
		return storeError(err)
	}
	if taken > 0 {
		uid = NewUID()
	}
	_, err := tx.ExecContext(ctx, "UPDATE "+table+" SET uid = ? WHERE id = ?", uid, id)
	return storeError(err)
}

// freeUID returns want when no row of table has it (nor is want empty),
// and otherwise a random UID: a name that was renamed away keeps its UID,
// and a new row of that name needs another.
func freeUID(ctx context.Context, tx *sql.Tx, table, want string) (string, error) {
	if want == "" {
		return NewUID(), nil
	}
	var taken int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE uid = ?", want).Scan(&taken); err != nil {
		return "", storeError(err)
	}
	if taken > 0 {
		return NewUID(), nil
	}
	return want, nil
}
