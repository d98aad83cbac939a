package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Contents is everything of the person's in a database, in one piece: what
// export writes and import reads. Days refer to dimensions by their ID.
// Each feature that adds data adds it here, so export and import carry it.
type Contents struct {
	Dimensions []Dimension // in order
	Days       []Day       // by date
	Targets    []Target    // by date
	Focus      []Focus     // by date
}

// itemError names the item of Contents that breaks a rule, the way an
// export file names it: "days[12] (2026-03-04): …".
func itemError(list string, i int, name string, err error) error {
	return &Error{Code: ErrorCode(err), Message: fmt.Sprintf("%s[%d] (%s): %s", list, i, name, ErrorMessage(err))}
}

// Validate reports the first item that breaks a rule: a dimension that is
// not valid or whose name or ID repeats another's, a day that is not valid,
// repeats a date or names a dimension that is not there.
func (c Contents) Validate() error {
	names := map[string]bool{}
	ids := map[int64]bool{}
	for i, d := range c.Dimensions {
		d.Normalize()
		if err := d.Validate(); err != nil {
			return itemError("dimensions", i, d.Name, err)
		}
		if key := strings.ToLower(d.Name); names[key] {
			return itemError("dimensions", i, d.Name, Errorf(EConflict, "the name “%s” is used twice", d.Name))
		} else {
			names[key] = true
		}
		if d.ID == 0 || ids[d.ID] {
			return itemError("dimensions", i, d.Name, Errorf(EInvalid, "the dimension needs an ID of its own"))
		}
		ids[d.ID] = true
	}
	dates := map[Date]bool{}
	for i, day := range c.Days {
		if err := day.Validate(); err != nil {
			return itemError("days", i, day.Date.String(), err)
		}
		if dates[day.Date] {
			return itemError("days", i, day.Date.String(), Errorf(EConflict, "the date %s is there twice", day.Date))
		}
		dates[day.Date] = true
		for _, m := range []map[int64]int{day.Planned, day.Actual} {
			for id := range m {
				if !ids[id] {
					return itemError("days", i, day.Date.String(), Errorf(EInvalid, "it names a dimension that is not in the file"))
				}
			}
		}
	}
	froms := map[Date]bool{}
	for i, t := range c.Targets {
		if err := t.Validate(); err != nil {
			return itemError("targets", i, t.From.String(), err)
		}
		if froms[t.From] {
			return itemError("targets", i, t.From.String(), Errorf(EConflict, "two targets start on %s", t.From))
		}
		froms[t.From] = true
		for id := range t.Minutes {
			if !ids[id] {
				return itemError("targets", i, t.From.String(), Errorf(EInvalid, "it names a dimension that is not in the file"))
			}
		}
	}
	starts := map[Date]bool{}
	for i, f := range c.Focus {
		if err := f.Validate(); err != nil {
			return itemError("focus", i, f.Started.String(), err)
		}
		if starts[f.Started] {
			return itemError("focus", i, f.Started.String(), Errorf(EConflict, "two focuses start on %s", f.Started))
		}
		starts[f.Started] = true
		if !ids[f.DimensionID] {
			return itemError("focus", i, f.Started.String(), Errorf(EInvalid, "it names a dimension that is not in the file"))
		}
	}
	return nil
}

// Contents reads everything, as one consistent snapshot.
func (s *Store) Contents(ctx context.Context) (Contents, error) {
	var c Contents
	err := s.snapshot(ctx, func(q queryer) error {
		var err error
		if c.Dimensions, err = queryDimensions(ctx, q); err != nil {
			return err
		}
		if c.Days, err = queryDays(ctx, q, MinDate, MaxDate); err != nil {
			return err
		}
		if c.Targets, err = queryTargets(ctx, q); err != nil {
			return err
		}
		c.Focus, err = queryFocus(ctx, q)
		return err
	})
	return c, err
}

// Replace makes the database hold c and nothing else, in one transaction:
// on any error it is left as it was.
func (s *Store) Replace(ctx context.Context, c Contents) error {
	for i := range c.Dimensions {
		c.Dimensions[i].Normalize()
	}
	if err := c.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		for _, table := range []string{"entry", "day", "target", "focus", "dimension"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+table); err != nil {
				return storeError(err)
			}
		}
		for _, d := range c.Dimensions {
			if err := insertDimension(ctx, tx, &d); err != nil {
				return err
			}
		}
		known, err := dimensionIDs(ctx, tx)
		if err != nil {
			return err
		}
		for _, day := range c.Days {
			if err := saveDay(ctx, tx, known, day); err != nil {
				return err
			}
		}
		for _, t := range c.Targets {
			if err := saveTarget(ctx, tx, known, t); err != nil {
				return err
			}
		}
		for _, f := range c.Focus {
			if err := setFocus(ctx, tx, known, f); err != nil {
				return err
			}
		}
		return nil
	})
}

// snapshot runs fn on one connection inside a read transaction, so every
// query sees the same state of the file.
func (s *Store) snapshot(ctx context.Context, fn func(q queryer) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return storeError(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN DEFERRED"); err != nil {
		return storeError(err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	return fn(conn)
}

// Days returns the stored days from from to to, both included, by date.
// Dates with nothing recorded are not in the list.
func (s *Store) Days(ctx context.Context, from, to Date) ([]Day, error) {
	return queryDays(ctx, s.db, from, to)
}

// queryDays reads the days between from and to, by date.
func queryDays(ctx context.Context, q queryer, from, to Date) ([]Day, error) {
	rows, err := q.QueryContext(ctx, `SELECT d.date, d.note, e.dimension_id, e.planned, e.actual
		FROM day d LEFT JOIN entry e ON e.date = d.date
		WHERE d.date BETWEEN ? AND ? ORDER BY d.date, e.dimension_id`, from.String(), to.String())
	if err != nil {
		return nil, scanErr("days", err)
	}
	defer rows.Close()
	var days []Day
	for rows.Next() {
		var date, note string
		var id, planned, actual sql.NullInt64
		if err := rows.Scan(&date, &note, &id, &planned, &actual); err != nil {
			return nil, scanErr("days", err)
		}
		if n := len(days); n == 0 || days[n-1].Date.String() != date {
			d, err := ParseDate(date)
			if err != nil {
				return nil, Errorf(ECorrupt, "a stored date is damaged: %q", date)
			}
			day := NewDay(d)
			day.Note = note
			days = append(days, day)
		}
		if id.Valid {
			days[len(days)-1].put(id.Int64, int(planned.Int64), int(actual.Int64))
		}
	}
	return days, scanErr("days", rows.Err())
}
