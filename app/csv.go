package app

import (
	"context"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"daymark/data"
)

// ExportDaysCSV writes one row per stored date and dimension, for a
// spreadsheet: date, dimension, planned and actual minutes, and the day's
// note. Active dimensions appear on every date; archived ones where they
// hold minutes. Quoting follows RFC 4180, and no cell can run as a formula.
func ExportDaysCSV(ctx context.Context, store *data.Store, w io.Writer) error {
	c, err := store.Contents(ctx)
	if err != nil {
		return err
	}
	out := csv.NewWriter(w)
	out.UseCRLF = true
	if err := out.Write([]string{"date", "dimension", "planned_minutes", "actual_minutes", "note"}); err != nil {
		return err
	}
	for _, day := range c.Days {
		for _, d := range c.Dimensions {
			p, a := day.Planned[d.ID], day.Actual[d.ID]
			if d.Archived && p == 0 && a == 0 {
				continue
			}
			row := []string{day.Date.String(), SafeCell(d.Name), strconv.Itoa(p), strconv.Itoa(a), SafeCell(day.Note)}
			if err := out.Write(row); err != nil {
				return err
			}
		}
	}
	out.Flush()
	return out.Error()
}

// SafeCell neutralises text a spreadsheet would run as a formula (starting
// with =, +, -, @, a tab or a carriage return) by putting a ' before it.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// ExportValuesCSV writes the values, personal then organisational, each by
// rank: kind, rank, name, what it means, behaviours and slippery behaviours
// (one a line inside the cell), and whether it is archived.
func ExportValuesCSV(ctx context.Context, store *data.Store, w io.Writer) error {
	values, err := store.Values(ctx)
	if err != nil {
		return err
	}
	out := csv.NewWriter(w)
	out.UseCRLF = true
	if err := out.Write([]string{"kind", "rank", "name", "meaning", "behaviours", "slippery", "archived"}); err != nil {
		return err
	}
	for _, v := range values {
		row := []string{string(v.Kind), strconv.Itoa(v.Rank), SafeCell(v.Name), SafeCell(v.Meaning), SafeCell(v.Behaviours), SafeCell(v.Slippery), strconv.FormatBool(v.Archived)}
		if err := out.Write(row); err != nil {
			return err
		}
	}
	out.Flush()
	return out.Error()
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
// inside their cell.
func WriteDecisionsCSV(w io.Writer, ds []DocumentDecision) error {
	out := csv.NewWriter(w)
	out.UseCRLF = true
	if err := out.Write([]string{"date", "title", "dimension", "feeling", "confidence", "honoured", "compromised", "review_on",
		"situation", "options", "choice", "rationale", "feeling_note", "shared_with", "outcome", "learnt"}); err != nil {
		return err
	}
	number := func(p *int) string {
		if p == nil {
			return ""
		}
		return strconv.Itoa(*p)
	}
	for _, d := range ds {
		row := []string{d.Date, d.Title, d.Dimension, number(d.Feeling), number(d.Confidence), ValueNames(d.Honoured), ValueNames(d.Compromised), d.ReviewOn,
			d.Situation, strings.Join(d.Options, "\n"), d.Choice, d.Rationale, d.FeelingNote, d.SharedWith, d.Outcome, d.Learnt}
		for i := range row {
			row[i] = SafeCell(row[i])
		}
		if err := out.Write(row); err != nil {
			return err
		}
	}
	out.Flush()
	return out.Error()
}

// ValueNames lists values by name, organisational ones marked.
func ValueNames(refs []DocumentValueRef) string {
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
