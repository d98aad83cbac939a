package data

import (
	"context"
	"database/sql"
	"regexp"
	"strings"
	"unicode/utf8"
)

// A Dimension is a leadership dimension that time is spent on: My self,
// People, Organisational improvement, Value management, or the person's own.
type Dimension struct {
	ID          int64
	Name        string
	Description string
	Colour      string // #RRGGBB
	Position    int    // order on screen, from 1
	Archived    bool   // archived dimensions keep their history but leave the planner
}

// Limits on what a dimension may hold.
const (
	MaxDimensionName        = 40
	MaxDimensionDescription = 1000
)

var colourPattern = regexp.MustCompile(`^#[0-9A-F]{6}$`)

// Normalize trims the name and writes the colour in upper case.
func (d *Dimension) Normalize() {
	d.Name = strings.TrimSpace(d.Name)
	d.Description = strings.TrimSpace(d.Description)
	d.Colour = strings.ToUpper(strings.TrimSpace(d.Colour))
}

// Validate reports the first rule the dimension breaks, as a sentence.
func (d Dimension) Validate() error {
	switch {
	case strings.TrimSpace(d.Name) == "":
		return Errorf(EInvalid, "the name is empty: give the dimension a name")
	case noNUL("the name", d.Name) != nil:
		return noNUL("the name", d.Name)
	case utf8.RuneCountInString(d.Name) > MaxDimensionName:
		return Errorf(EInvalid, "the name is too long: at most %d characters", MaxDimensionName)
	case utf8.RuneCountInString(d.Description) > MaxDimensionDescription:
		return Errorf(EInvalid, "the description is too long: at most %d characters", MaxDimensionDescription)
	case !colourPattern.MatchString(strings.ToUpper(d.Colour)):
		return Errorf(EInvalid, "the colour “%s” is not a colour: write it as #RRGGBB", d.Colour)
	}
	return nil
}

// Dimensions returns every dimension, archived ones included, in order.
func (s *Store) Dimensions(ctx context.Context) (_ []Dimension, err error) {
	defer doing(&err, "reading the dimensions")
	return queryDimensions(ctx, s.db)
}

// queryer is what both *sql.DB and *sql.Tx can do for reads.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func queryDimensions(ctx context.Context, q queryer) ([]Dimension, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, name, description, colour, position, archived
		FROM dimension ORDER BY position, id`)
	if err != nil {
		return nil, scanErr("dimensions", err)
	}
	defer rows.Close()
	var ds []Dimension
	for rows.Next() {
		var d Dimension
		if err := rows.Scan(&d.ID, &d.Name, &d.Description, &d.Colour, &d.Position, &d.Archived); err != nil {
			return nil, scanErr("dimensions", err)
		}
		ds = append(ds, d)
	}
	return ds, scanErr("dimensions", rows.Err())
}

// CreateDimension adds a dimension at the end of the order and sets its ID
// and Position.
func (s *Store) CreateDimension(ctx context.Context, d *Dimension) (err error) {
	defer doing(&err, "adding a dimension")
	d.Normalize()
	if err := d.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		if err := checkDimensionName(ctx, tx, *d); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position), 0) + 1 FROM dimension").Scan(&d.Position); err != nil {
			return storeError(err)
		}
		return insertDimension(ctx, tx, d)
	})
}

// insertDimension stores d with its position, and with its ID when it has
// one (an import), or sets the ID SQLite gives it.
func insertDimension(ctx context.Context, tx *sql.Tx, d *Dimension) error {
	id := sql.NullInt64{Int64: d.ID, Valid: d.ID != 0}
	res, err := tx.ExecContext(ctx, `INSERT INTO dimension (id, name, description, colour, position, archived)
		VALUES (?, ?, ?, ?, ?, ?)`, id, d.Name, d.Description, d.Colour, d.Position, d.Archived)
	if err != nil {
		return storeError(err)
	}
	d.ID, err = res.LastInsertId()
	return storeError(err)
}

// UpdateDimension saves a dimension's name, description, colour and
// archived state. At least one dimension must stay active.
func (s *Store) UpdateDimension(ctx context.Context, d Dimension) (err error) {
	defer doing(&err, "saving a dimension")
	d.Normalize()
	if err := d.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		if err := checkDimensionName(ctx, tx, d); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE dimension SET name = ?, description = ?, colour = ?, archived = ?
			WHERE id = ?`, d.Name, d.Description, d.Colour, d.Archived, d.ID)
		if err != nil {
			return storeError(err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return Errorf(ENotFound, "the dimension “%s” no longer exists", d.Name)
		}
		var active int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM dimension WHERE NOT archived").Scan(&active); err != nil {
			return storeError(err)
		}
		if active == 0 {
			return Errorf(EInvalid, "“%s” is the last active dimension: keep at least one", d.Name)
		}
		return nil
	})
}

// ReorderDimensions puts the dimensions in the order of ids, which must name
// every dimension once.
func (s *Store) ReorderDimensions(ctx context.Context, ids []int64) (err error) {
	defer doing(&err, "reordering the dimensions")
	return s.update(ctx, func(tx *sql.Tx) error {
		ds, err := queryDimensions(ctx, tx)
		if err != nil {
			return err
		}
		if len(ids) != len(ds) {
			return Errorf(EInvalid, "the new order names %d dimensions, but there are %d", len(ids), len(ds))
		}
		known := make(map[int64]bool, len(ds))
		for _, d := range ds {
			known[d.ID] = true
		}
		for i, id := range ids {
			if !known[id] {
				return Errorf(EInvalid, "the new order names an unknown or repeated dimension")
			}
			delete(known, id)
			if _, err := tx.ExecContext(ctx, "UPDATE dimension SET position = ? WHERE id = ?", i+1, id); err != nil {
				return storeError(err)
			}
		}
		return nil
	})
}

// checkDimensionName refuses a name another dimension already has, compared
// without regard to case.
func checkDimensionName(ctx context.Context, tx *sql.Tx, d Dimension) error {
	return checkName(ctx, tx, d.ID, d.Name, "a dimension named “%s” already exists", "SELECT id, name FROM dimension")
}
