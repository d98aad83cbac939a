package data

import (
	"context"
	"database/sql"
)

// DefaultDimensions are the dimensions of leadership a new database starts
// with; the person can rename, recolour, reorder, extend and archive them.
var DefaultDimensions = []Dimension{
	{Name: "My self", Description: "Work is not life: partner, family, friends and interests come first.", Colour: "#D97706", Position: 1},
	{Name: "People", Description: "Empathy: understanding and motivating the people you work with.", Colour: "#2563EB", Position: 2},
	{Name: "Organisational improvement", Description: "Improving the organisation you work in.", Colour: "#059669", Position: 3},
	{Name: "Value management", Description: "Business strategy: the value of the work in its contexts (team, organisation, function, department, government) and where they contradict each other.", Colour: "#9333EA", Position: 4},
}

// seed gives a new database the default dimensions. It is not a change of
// the person's, so it leaves the revision at zero.
func (s *Store) seed(ctx context.Context) error {
	return s.transact(ctx, func(tx *sql.Tx) error {
		for _, d := range DefaultDimensions {
			if err := insertDimension(ctx, tx, &d); err != nil {
				return err
			}
		}
		return nil
	})
}

// isDefault reports whether dims are exactly the default dimensions, as a
// new database has them.
func isDefault(dims []Dimension) bool {
	if len(dims) != len(DefaultDimensions) {
		return false
	}
	for i, d := range dims {
		want := DefaultDimensions[i]
		d.ID, want.ID, d.UID = 0, 0, ""
		if d != want {
			return false
		}
	}
	return true
}

// defaultPrompts reports whether prompts are the default ones, untouched.
func defaultPrompts(prompts []Prompt) bool {
	if len(prompts) != len(DefaultPrompts) {
		return false
	}
	for i, p := range prompts {
		if p.Text != DefaultPrompts[i] || !p.Builtin || p.Archived {
			return false
		}
	}
	return true
}
