package data

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"
)

// A ValueContext is a context in which value is defined (a team, the
// organisation, the function, the department, government), with its
// definition of value and the context it sits in, if any.
type ValueContext struct {
	ID         int64
	Name       string
	Definition string
	ParentID   int64 // 0 for none
	Position   int
}

// A Contradiction marks two contexts whose definitions of value clash.
type Contradiction struct {
	FirstID, SecondID int64 // FirstID < SecondID
	Note              string
}

// Limits on contexts.
const (
	MaxContextName = 60
	MaxDefinition  = 4000
)

// Validate checks the context's name and definition.
func (c ValueContext) Validate() error {
	if err := noNUL("the name", c.Name); err != nil {
		return err
	}
	switch n := utf8.RuneCountInString(strings.TrimSpace(c.Name)); {
	case n == 0:
		return Errorf(EInvalid, "the name is empty: name the context")
	case n > MaxContextName:
		return Errorf(EInvalid, "the name is too long: at most %d characters", MaxContextName)
	}
	if n := utf8.RuneCountInString(c.Definition); n > MaxDefinition {
		return Errorf(EInvalid, "the definition of value is too long: %d characters, at most %d", n, MaxDefinition)
	}
	if c.ParentID != 0 && c.ParentID == c.ID {
		return Errorf(EInvalid, "a context cannot sit inside itself")
	}
	return nil
}

// Pair returns the contradiction with its contexts in order.
func (c Contradiction) Pair() Contradiction {
	if c.FirstID > c.SecondID {
		c.FirstID, c.SecondID = c.SecondID, c.FirstID
	}
	return c
}

// Validate checks a contradiction names two different contexts.
func (c Contradiction) Validate() error {
	if c.FirstID == 0 || c.SecondID == 0 || c.FirstID == c.SecondID {
		return Errorf(EInvalid, "a contradiction is between two different contexts")
	}
	if n := utf8.RuneCountInString(c.Note); n > MaxDefinition {
		return Errorf(EInvalid, "the note is too long: %d characters, at most %d", n, MaxDefinition)
	}
	return nil
}

// Contexts returns every value context, in order.
func (s *Store) Contexts(ctx context.Context) (_ []ValueContext, err error) {
	defer doing(&err, "reading the value contexts")
	return queryContexts(ctx, s.db)
}

func queryContexts(ctx context.Context, q queryer) ([]ValueContext, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, name, definition, coalesce(parent_id, 0), position FROM context ORDER BY position, id")
	if err != nil {
		return nil, scanErr("value contexts", err)
	}
	defer rows.Close()
	var cs []ValueContext
	for rows.Next() {
		var c ValueContext
		if err := rows.Scan(&c.ID, &c.Name, &c.Definition, &c.ParentID, &c.Position); err != nil {
			return nil, scanErr("value contexts", err)
		}
		cs = append(cs, c)
	}
	return cs, scanErr("value contexts", rows.Err())
}

// SaveContext adds a context (ID 0, at the end) or changes one; it sets the
// ID of a new one. A context cannot sit inside itself, directly or not.
func (s *Store) SaveContext(ctx context.Context, c *ValueContext) (err error) {
	defer doing(&err, "saving a value context")
	c.Name = strings.TrimSpace(c.Name)
	c.Definition = strings.TrimSpace(c.Definition)
	if err := c.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		if err := checkName(ctx, tx, c.ID, c.Name, "a context named “%s” already exists", "SELECT id, name FROM context"); err != nil {
			return err
		}
		all, err := queryContexts(ctx, tx)
		if err != nil {
			return err
		}
		if err := checkParent(all, *c); err != nil {
			return err
		}
		if c.ID == 0 {
			if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position), 0) + 1 FROM context").Scan(&c.Position); err != nil {
				return storeError(err)
			}
			return insertContext(ctx, tx, c)
		}
		res, err := tx.ExecContext(ctx, "UPDATE context SET name = ?, definition = ?, parent_id = ? WHERE id = ?", c.Name, c.Definition, nullID(c.ParentID), c.ID)
		if err != nil {
			return storeError(err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return Errorf(ENotFound, "the context “%s” no longer exists", c.Name)
		}
		return nil
	})
}

// checkParent refuses a parent that does not exist or that sits inside c.
func checkParent(all []ValueContext, c ValueContext) error {
	parents := map[int64]int64{}
	for _, x := range all {
		parents[x.ID] = x.ParentID
	}
	if c.ParentID == 0 {
		return nil
	}
	if _, ok := parents[c.ParentID]; !ok {
		return Errorf(EInvalid, "the context it sits in no longer exists")
	}
	for p, steps := c.ParentID, 0; p != 0 && steps <= len(all); p, steps = parents[p], steps+1 {
		if p == c.ID {
			return Errorf(EInvalid, "“%s” cannot sit inside a context that sits inside it", c.Name)
		}
	}
	return nil
}

func insertContext(ctx context.Context, tx *sql.Tx, c *ValueContext) error {
	id := sql.NullInt64{Int64: c.ID, Valid: c.ID != 0}
	res, err := tx.ExecContext(ctx, "INSERT INTO context (id, name, definition, parent_id, position) VALUES (?, ?, ?, ?, ?)",
		id, c.Name, c.Definition, nullID(c.ParentID), c.Position)
	if err != nil {
		return storeError(err)
	}
	c.ID, err = res.LastInsertId()
	return storeError(err)
}

func nullID(id int64) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }

// DeleteContext removes a context and its contradictions; contexts inside
// it no longer sit inside anything.
func (s *Store) DeleteContext(ctx context.Context, id int64) (err error) {
	defer doing(&err, "deleting a value context")
	return s.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM context WHERE id = ?", id)
		return storeError(err)
	})
}

// Contradictions returns every contradiction.
func (s *Store) Contradictions(ctx context.Context) (_ []Contradiction, err error) {
	defer doing(&err, "reading the contradictions")
	return queryContradictions(ctx, s.db)
}

func queryContradictions(ctx context.Context, q queryer) ([]Contradiction, error) {
	rows, err := q.QueryContext(ctx, "SELECT first_id, second_id, note FROM contradiction ORDER BY first_id, second_id")
	if err != nil {
		return nil, scanErr("contradictions", err)
	}
	defer rows.Close()
	var cs []Contradiction
	for rows.Next() {
		var c Contradiction
		if err := rows.Scan(&c.FirstID, &c.SecondID, &c.Note); err != nil {
			return nil, scanErr("contradictions", err)
		}
		cs = append(cs, c)
	}
	return cs, scanErr("contradictions", rows.Err())
}

// SetContradiction marks two contexts as contradicting each other (or
// changes the note), or clears the mark when marked is false.
func (s *Store) SetContradiction(ctx context.Context, c Contradiction, marked bool) (err error) {
	defer doing(&err, "marking a contradiction")
	c = c.Pair()
	c.Note = strings.TrimSpace(c.Note)
	if err := c.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		if !marked {
			_, err := tx.ExecContext(ctx, "DELETE FROM contradiction WHERE first_id = ? AND second_id = ?", c.FirstID, c.SecondID)
			return storeError(err)
		}
		return insertContradiction(ctx, tx, c)
	})
}

func insertContradiction(ctx context.Context, tx *sql.Tx, c Contradiction) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO contradiction (first_id, second_id, note) VALUES (?, ?, ?)
		ON CONFLICT (first_id, second_id) DO UPDATE SET note = excluded.note`, c.FirstID, c.SecondID, c.Note)
	if isForeignKey(err) {
		return Errorf(EInvalid, "one of those contexts no longer exists")
	}
	return storeError(err)
}
