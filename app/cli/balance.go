package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"daymark/app"
	"daymark/data"
)

func init() {
	commands["balance"] = command{
		usage:   "[--db PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json|csv]",
		summary: "print the balance of a range: planned, actual and target minutes",
		about: "Prints, for each dimension, the planned, actual and target minutes over\n" +
			"the inclusive range (days with nothing recorded count as zero; the\n" +
			"target adds the target in force on each day). Without --from and --to,\n" +
			"the current month.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.from, "from", "", "the first day (default: the first of this month)")
			fs.StringVar(&o.to, "to", "", "the last day (default: the last of this month)")
			fs.StringVar(&o.format, "format", "text", "text, json or csv")
		},
		run: balance,
	}
}

// balanceJSON is daymark balance --format json.
type balanceJSON struct {
	From       string              `json:"from"`
	To         string              `json:"to"`
	Days       int                 `json:"days"`
	Dimensions []balanceDimensions `json:"dimensions"`
}

type balanceDimensions struct {
	Name    string `json:"name"`
	Planned int    `json:"planned_minutes"`
	Actual  int    `json:"actual_minutes"`
	Target  int    `json:"target_minutes"`
}

func balance(ctx context.Context, o *options) error {
	rng, err := rangeOf(o.from, o.to)
	if err != nil {
		return err
	}
	if o.format != "text" && o.format != "json" && o.format != "csv" {
		return data.Errorf(data.EInvalid, "--format is text, json or csv, not %q", o.format)
	}
	store, err := data.OpenExisting(o.db)
	if err != nil {
		return err
	}
	defer store.Close()
	b, err := app.NewBalancer(store).Balance(ctx, rng)
	if err != nil {
		return err
	}
	switch o.format {
	case "json":
		doc := balanceJSON{From: rng.From.String(), To: rng.To.String(), Days: rng.Days(), Dimensions: []balanceDimensions{}}
		for _, r := range b.Rows {
			doc.Dimensions = append(doc.Dimensions, balanceDimensions{Name: r.Dimension.Name, Planned: r.Planned, Actual: r.Actual, Target: r.Target})
		}
		enc := json.NewEncoder(o.data)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(doc)
	case "csv":
		w := app.NewCSV(o.data)
		w.Row(app.TextCells("dimension", "planned_minutes", "actual_minutes", "target_minutes")...)
		for _, r := range b.Rows {
			w.Row(app.TextCell(r.Dimension.Name), app.NumberCell(r.Planned), app.NumberCell(r.Actual), app.NumberCell(r.Target))
		}
		return w.Flush()
	}
	return balanceText(o.stdout, b)
}

// balanceText writes the balance as a table for a terminal.
func balanceText(out io.Writer, b app.Balance) error {
	fmt.Fprintf(out, "Balance from %s to %s (%d days)\n\n", b.Range.From, b.Range.To, b.Range.Days())
	width := len("Dimension")
	for _, r := range b.Rows {
		width = max(width, utf8.RuneCountInString(r.Dimension.Name)+2)
	}
	// Names padded to one width, so the right-aligned columns line up after them.
	pad := func(s string) string { return s + strings.Repeat(" ", width-utf8.RuneCountInString(s)) }
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "%s\tPlanned\tActual\tTarget\tOff target a day\t\n", pad("Dimension"))
	for _, r := range b.Rows {
		name := r.Dimension.Name
		if r.Focus {
			name = "* " + name
		}
		off := "–"
		if share, ok := r.DeviationShare(); ok {
			off = strings.ReplaceAll(fmt.Sprintf("%s (%+.0f%%)", app.FormatDuration(int(b.PerDay(r.Deviation()))), share*100), "-", "−")
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t\n", pad(name), app.FormatTotal(r.Planned), app.FormatTotal(r.Actual), app.FormatTotal(r.Target), off)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if b.Focus != nil {
		fmt.Fprintln(out, "\n* the focus")
	}
	_, err := fmt.Fprintln(out, "\n"+b.Callout(data.Today()))
	return err
}

// rangeOf reads --from and --to; without them, the current month.
func rangeOf(from, to string) (app.Range, error) {
	month := app.RangeOf(app.Month, data.Today(), time.Monday)
	if from == "" && to == "" {
		return month, nil
	}
	if from == "" || to == "" {
		return app.Range{}, data.Errorf(data.EInvalid, "give both --from and --to, or neither (for this month)")
	}
	f, err := data.ParseDate(from)
	if err != nil {
		return app.Range{}, data.Errorf(data.EInvalid, "--from: %s", data.ErrorMessage(err))
	}
	t, err := data.ParseDate(to)
	if err != nil {
		return app.Range{}, data.Errorf(data.EInvalid, "--to: %s", data.ErrorMessage(err))
	}
	return app.NewRange(f, t)
}
