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
	"daymark/app/document"
	"daymark/data"
)

func init() {
	commands["balance"] = command{
		usage:   "[--db PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json|csv]",
		summary: "print the balance of a range: planned, actual and target minutes",
		about: "Prints, for each dimension, the planned, actual and target minutes a\n" +
			"day over the inclusive range, as the Balance screen and the brief show\n" +
			"them: actual time and its target averaged over the days with actual\n" +
			"time recorded, planned time over the days with a plan. JSON and CSV\n" +
			"give the totals. Without --from and --to, this month so far.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.from, "from", "", "the first day (default: the first of this month)")
			fs.StringVar(&o.to, "to", "", "the last day (default: today)")
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
	Planned    int                 `json:"days_with_plan"`
	Actual     int                 `json:"days_with_actual"`
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
	store, done, err := openStore(o, false)
	if err != nil {
		return err
	}
	defer done()
	b, err := app.NewBalancer(store).Balance(ctx, rng)
	if err != nil {
		return err
	}
	switch o.format {
	case "json":
		doc := balanceJSON{From: rng.From.String(), To: rng.To.String(), Days: rng.Days(), Planned: b.PlannedDays, Actual: b.ActualDays, Dimensions: []balanceDimensions{}}
		for _, r := range b.Rows {
			doc.Dimensions = append(doc.Dimensions, balanceDimensions{Name: r.Dimension.Name, Planned: r.Planned, Actual: r.Actual, Target: r.Target})
		}
		enc := json.NewEncoder(o.data)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(doc)
	case "csv":
		w := document.NewCSV(o.data)
		w.Row(document.TextCells("dimension", "planned_minutes", "actual_minutes", "target_minutes")...)
		for _, r := range b.Rows {
			w.Row(document.TextCell(r.Dimension.Name), document.NumberCell(r.Planned), document.NumberCell(r.Actual), document.NumberCell(r.Target))
		}
		return w.Flush()
	}
	return balanceText(o.stdout, b)
}

// balanceText writes the balance as a table for a terminal: the brief's
// table, with its figures a day.
func balanceText(out io.Writer, b app.Balance) error {
	fmt.Fprintf(out, "Balance of %s\n\n", b.RangeLine(app.ShortDates))
	header, rows := b.BalanceTable()
	width := 0
	for _, r := range append([][]string{header}, rows...) {
		width = max(width, utf8.RuneCountInString(r[0])+2)
	}
	// Names padded to one width, so the right-aligned columns line up after them.
	pad := func(s string) string { return s + strings.Repeat(" ", width-utf8.RuneCountInString(s)) }
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	for _, r := range append([][]string{header}, rows...) {
		fmt.Fprintf(w, "%s\t%s\t\n", pad(r[0]), strings.Join(r[1:], "\t"))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(out, "\n"+b.Callout(data.Today()))
	return err
}

// rangeOf reads --from and --to; without them, this month so far.
func rangeOf(from, to string) (app.Range, error) {
	today := data.Today()
	if from == "" && to == "" {
		// This month so far, as the Balance screen shows it.
		return app.RangeOf(app.Month, today, time.Monday).Through(today), nil
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
