package app

import (
	"context"

	"daymark/data"
)

// Palette holds distinct colours that read well on light and dark
// backgrounds; a new dimension takes the first one not in use.
var Palette = []string{
	"#D97706", "#2563EB", "#059669", "#9333EA", "#DC2626",
	"#0891B2", "#DB2777", "#65A30D", "#4F46E5", "#CA8A04",
}

// Dimensions is the dimensions editor's use cases: the person's own model
// of leadership, renamed, recoloured, reordered, extended and archived.
type Dimensions struct {
	store *data.Store
}

// NewDimensions returns the dimensions editor over store.
func NewDimensions(store *data.Store) *Dimensions { return &Dimensions{store: store} }

// List returns every dimension in order, archived ones included.
func (d *Dimensions) List(ctx context.Context) ([]data.Dimension, error) {
	return d.store.Dimensions(ctx)
}

// Create adds a dimension at the end; without a colour it takes an unused
// one from the palette.
func (d *Dimensions) Create(ctx context.Context, dim *data.Dimension) error {
	if dim.Colour == "" {
		all, err := d.store.Dimensions(ctx)
		if err != nil {
			return err
		}
		dim.Colour = NextColour(all)
	}
	return d.store.CreateDimension(ctx, dim)
}

// Update saves a dimension's name, description, colour and archived state.
func (d *Dimensions) Update(ctx context.Context, dim data.Dimension) error {
	return d.store.UpdateDimension(ctx, dim)
}

// Move moves the dimension with id up (delta < 0) or down (delta > 0) in
// the order; moving past either end leaves it there.
func (d *Dimensions) Move(ctx context.Context, id int64, delta int) error {
	all, err := d.store.Dimensions(ctx)
	if err != nil {
		return err
	}
	ids := make([]int64, len(all))
	from := -1
	for i, dim := range all {
		ids[i] = dim.ID
		if dim.ID == id {
			from = i
		}
	}
	if from < 0 {
		return data.Errorf(data.ENotFound, "that dimension no longer exists")
	}
	to := min(max(from+delta, 0), len(ids)-1)
	if to == from {
		return nil
	}
	moved := ids[from]
	ids = append(ids[:from], ids[from+1:]...)
	ids = append(ids[:to], append([]int64{moved}, ids[to:]...)...)
	return d.store.ReorderDimensions(ctx, ids)
}

// Active returns the dimensions that are not archived, in order.
func Active(all []data.Dimension) []data.Dimension {
	var active []data.Dimension
	for _, d := range all {
		if !d.Archived {
			active = append(active, d)
		}
	}
	return active
}

// NextColour returns the first palette colour no dimension uses, or cycles
// through the palette when all are taken.
func NextColour(dims []data.Dimension) string {
	used := map[string]bool{}
	for _, d := range dims {
		used[d.Colour] = true
	}
	for _, c := range Palette {
		if !used[c] {
			return c
		}
	}
	return Palette[len(dims)%len(Palette)]
}
