package document

import (
	"context"
	"io"
	"slices"
	"strconv"
	"strings"

	"daymark/data"
)

// ExportDaysCSV writes one row per stored date and dimension, for a
// spreadsheet: date, dimension, planned and actual minutes, and the day's
// note. Active dimensions appear on every date; archived ones where they
// hold minutes. See CSV for how cells are written.
func ExportDaysCSV(ctx context.Context, store *data.Store, w io.Writer) error {
	c, err := store.Contents(ctx)
	if err != nil {
		return err
	}
	out := NewCSV(w)
	out.Row(TextCells("date", "dimension", "planned_minutes", "actual_minutes", "note")...)
	for _, day := range c.Days {
		for _, d := range c.Dimensions {
			p, a := day.Planned[d.ID], day.Actual[d.ID]
			if d.Archived && p == 0 && a == 0 {
				continue
			}
			out.Row(TextCell(day.Date.String()), TextCell(d.Name), NumberCell(p), NumberCell(a), TextCell(day.Note))
		}
	}
	return out.Flush()
}

// ExportValuesCSV writes the values, personal then organisational, each by
// rank: kind, rank, name, what it means, behaviours and slippery behaviours
// (one a line inside the cell), and whether it is archived.
func ExportValuesCSV(ctx context.Context, store *data.Store, w io.Writer) error {
	values, err := store.Values(ctx)
	if err != nil {
		return err
	}
	out := NewCSV(w)
	out.Row(TextCells("kind", "rank", "name", "meaning", "behaviours", "slippery", "archived")...)
	for _, v := range values {
		out.Row(TextCell(string(v.Kind)), NumberCell(v.Rank), TextCell(v.Name), TextCell(v.Meaning), TextCell(v.Behaviours), TextCell(v.Slippery), TextCell(strconv.FormatBool(v.Archived)))
	}
	return out.Flush()
}

// ExportDecisionsCSV writes every decision, by date (see WriteDecisionsCSV).
func ExportDecisionsCSV(ctx context.Context, store *data.Store, w io.Writer) error {
	ds, err := DecisionList(ctx, store, data.DecisionFilter{})
	if err != nil {
		return err
	}
	slices.Reverse(ds) // oldest first, like the other lists
	return WriteDecisionsCSV(w, ds)
}

// WriteDecisionsCSV writes decisions a row each: the fields of the form,
// values by name (organisational ones marked), the options one a line
// inside their cell; a feeling or confidence not said is an empty cell.
func WriteDecisionsCSV(w io.Writer, ds []Decision) error {
	out := NewCSV(w)
	out.Row(TextCells("date", "title", "dimension", "feeling", "confidence", "honoured", "compromised", "review_on",
		"situation", "options", "choice", "rationale", "feeling_note", "shared_with", "outcome", "learnt")...)
	for _, d := range ds {
		out.Row(TextCell(d.Date), TextCell(d.Title), TextCell(d.Dimension), OptionalNumberCell(d.Feeling), OptionalNumberCell(d.Confidence),
			TextCell(ValueNames(d.Honoured)), TextCell(ValueNames(d.Compromised)), TextCell(d.ReviewOn),
			TextCell(d.Situation), TextCell(strings.Join(d.Options, "\n")), TextCell(d.Choice), TextCell(d.Rationale),
			TextCell(d.FeelingNote), TextCell(d.SharedWith), TextCell(d.Outcome), TextCell(d.Learnt))
	}
	return out.Flush()
}

// ValueNames lists values by name, organisational ones marked.
func ValueNames(refs []ValueRef) string {
	var parts []string
	for _, r := range refs {
		name := r.Name
		if r.Kind == string(data.Organisational) {
			name += " (organisational)"
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, "; ")
}
