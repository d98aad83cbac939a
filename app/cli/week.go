package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"daymark/app"
	"daymark/app/week"
	"daymark/data"
)

func init() {
	commands["week"] = command{
		usage:   "[--db PATH] [DATE] [--first-day monday|sunday] [--format text|json] [--apply-ideal [--replace]]",
		summary: "the week holding DATE (default: this week): each day's planned and actual minutes and the week's totals; or plan it from the ideal week",
		about: "Prints the week holding DATE (default: this week): each day's planned and\n" +
			"actual minutes per dimension (actual time is typed + timed), and the week's\n" +
			"totals against its targets (the target in force on each day, added up).\n" +
			"Totals are the sums of the days, exactly; a day with nothing recorded counts\n" +
			"as zero. Weeks start on Monday unless --first-day sunday. JSON:\n" +
			`{"from","to","days":[{"date","planned":{},"actual":{}}],"totals":{"planned":{},"actual":{},"target":{}}}` + "\n" +
			"keyed by dimension name, dimensions with no minutes left out.\n\n" +
			"With --apply-ideal (DATE required), plans the week's days from the ideal\n" +
			"week (the targets, the same each day, until one is set) and prints what it\n" +
			"set. Days that already have a plan are kept unless --replace; actual and\n" +
			"timed minutes and notes are never touched. JSON: {\"from\",\"to\",\"days\":\n" +
			`[{"date","result":"filled"|"kept"|"nothing","planned":{}}]}. See docs/week.md.`,
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.format, "format", "text", "text or json")
			fs.StringVar(&o.firstDay, "first-day", "monday", "the first day of the week: monday or sunday")
			fs.BoolVar(&o.applyIdeal, "apply-ideal", false, "plan the week's days from the ideal week")
			fs.BoolVar(&o.replace, "replace", false, "with --apply-ideal: replace the plans days already have")
		},
		args: 1, arg: "date", optional: true,
		run: weekCommand,
	}
}

// weekJSON is daymark week --format json: minutes by dimension name,
// zeros left out.
type weekJSON struct {
	From   string         `json:"from"`
	To     string         `json:"to"`
	Days   []weekDayJSON  `json:"days"`
	Totals weekTotalsJSON `json:"totals"`
}

type weekDayJSON struct {
	Date    string         `json:"date"`
	Planned map[string]int `json:"planned"`
	Actual  map[string]int `json:"actual"`
}

type weekTotalsJSON struct {
	Planned map[string]int `json:"planned"`
	Actual  map[string]int `json:"actual"`
	Target  map[string]int `json:"target"`
}

// weekAppliedJSON is daymark week --apply-ideal --format json.
type weekAppliedJSON struct {
	From string           `json:"from"`
	To   string           `json:"to"`
	Days []weekFilledJSON `json:"days"`
}

type weekFilledJSON struct {
	Date    string         `json:"date"`
	Result  string         `json:"result"`
	Planned map[string]int `json:"planned"`
}

func weekCommand(ctx context.Context, o *options) error {
	if err := checkFormat(o.format, "text", "json"); err != nil {
		return err
	}
	first, err := firstDay(o.firstDay)
	if err != nil {
		return err
	}
	switch {
	case o.replace && !o.applyIdeal:
		return data.Errorf(data.EInvalid, "--replace goes with --apply-ideal: daymark week DATE --apply-ideal --replace")
	case o.applyIdeal && o.file == "":
		return data.Errorf(data.EInvalid, "say which week to plan: daymark week DATE --apply-ideal")
	}
	date := data.Today()
	if o.file != "" {
		if date, err = data.ParseDate(o.file); err != nil {
			return err
		}
	}
	rng := week.Of(date, first)
	if rng.To.After(data.MaxDate) || rng.From.Before(data.MinDate) {
		return data.Errorf(data.EInvalid, "the week of %s runs past the dates Daymark keeps (%s to %s)", date, data.MinDate, data.MaxDate)
	}
	store, done, err := openStore(o, false)
	if err != nil {
		return err
	}
	defer done()
	weeks := week.NewPlanner(store)
	dims, err := store.Dimensions(ctx)
	if err != nil {
		return err
	}
	if o.applyIdeal {
		return applyIdeal(ctx, o, weeks, store.Path(), rng, dims)
	}
	p, err := weeks.Plan(ctx, rng)
	if err != nil {
		return err
	}
	if o.format == "json" {
		return writeJSON(o.stdout, weekDocument(p))
	}
	return weekText(o.stdout, p, first)
}

// firstDay reads --first-day.
func firstDay(s string) (time.Weekday, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "monday":
		return time.Monday, nil
	case "sunday":
		return time.Sunday, nil
	}
	return 0, data.Errorf(data.EInvalid, "--first-day is monday or sunday, not %q", s)
}

// byName writes minutes by dimension ID as minutes by name, zeros left out.
func byName(dims []data.Dimension, m map[int64]int) map[string]int {
	out := map[string]int{}
	for id, minutes := range m {
		if minutes != 0 {
			out[app.DimensionName(dims, id)] = minutes
		}
	}
	return out
}

// weekDocument writes a week as daymark week --format json does.
func weekDocument(p week.Plan) weekJSON {
	doc := weekJSON{From: p.Range.From.String(), To: p.Range.To.String(), Days: []weekDayJSON{}}
	for _, d := range p.Days {
		doc.Days = append(doc.Days, weekDayJSON{Date: d.Date.String(), Planned: byName(p.Dims, d.Planned), Actual: byName(p.Dims, d.Actual)})
	}
	t := p.Totals()
	doc.Totals = weekTotalsJSON{Planned: byName(p.Dims, t.Planned), Actual: byName(p.Dims, t.Actual), Target: byName(p.Dims, t.Target)}
	return doc
}

// weekText writes a week for a terminal: a row per dimension and side, a
// column per day, then the week's total and target.
func weekText(out io.Writer, p week.Plan, first time.Weekday) error {
	fmt.Fprintf(out, "%s (weeks start on %s)\n%s\n\n", p.Range.Label(), first, p.Balance.RangeLine(app.ShortDates))
	cell := func(m int) string {
		if m == 0 {
			return "–"
		}
		return app.FormatDuration(m)
	}
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	header := "Dimension\t\t"
	for _, d := range p.Days {
		header += d.Date.Format("Mon 2") + "\t"
	}
	fmt.Fprintln(w, header+"Week\tTarget\t")
	t := p.Totals()
	for _, dim := range p.Dims {
		for side, name := range []string{"planned", "actual"} {
			label := dim.Name
			if side == 1 {
				label = ""
			}
			line := label + "\t" + name + "\t"
			for _, d := range p.Days {
				line += cell([]map[int64]int{d.Planned, d.Actual}[side][dim.ID]) + "\t"
			}
			line += app.FormatTotal([]map[int64]int{t.Planned, t.Actual}[side][dim.ID]) + "\t"
			if side == 0 && t.Target[dim.ID] > 0 {
				line += app.FormatTotal(t.Target[dim.ID])
			}
			fmt.Fprintln(w, line+"\t")
		}
	}
	for side, name := range []string{"planned", "actual"} {
		label, total := "Total", 0
		if side == 1 {
			label = ""
		}
		line := label + "\t" + name + "\t"
		for _, d := range p.Days {
			m := []int{d.PlannedTotal(), d.ActualTotal()}[side]
			total += m
			line += cell(m) + "\t"
		}
		fmt.Fprintln(w, line+app.FormatTotal(total)+"\t\t")
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(out, "\n"+p.Balance.Callout(data.Today()))
	return err
}

// applyIdeal plans the week from the ideal week and prints what it did.
func applyIdeal(ctx context.Context, o *options, weeks *week.Planner, path string, rng app.Range, dims []data.Dimension) error {
	ideal, ok, err := weeks.Ideal(ctx, rng.To) // versions and targets start, and never end
	if err != nil {
		return err
	}
	if !ok {
		return data.Errorf(data.EInvalid, "there is no ideal week yet, and no targets to start it from: set targets or the ideal week in the app first")
	}
	fills, err := weeks.ApplyIdeal(ctx, rng, o.replace)
	if err != nil {
		return err
	}
	if o.format == "json" {
		doc := weekAppliedJSON{From: rng.From.String(), To: rng.To.String(), Days: []weekFilledJSON{}}
		for _, f := range fills {
			doc.Days = append(doc.Days, weekFilledJSON{Date: f.Date.String(), Result: f.Result, Planned: byName(dims, f.Planned)})
		}
		return writeJSON(o.stdout, doc)
	}
	source := "the ideal week in force from " + app.DateText(ideal.From, app.LongDates)
	if ideal.FromTargets {
		source = "the targets in force from " + app.DateText(ideal.From, app.LongDates) + " (no ideal week is set yet: the same minutes each day)"
	}
	fmt.Fprintf(o.stdout, "Planning %s from %s:\n\n", app.Span(rng.From, rng.To, app.WeekdayDates), source)
	w := tabwriter.NewWriter(o.stdout, 0, 4, 2, ' ', 0)
	set := 0
	for _, f := range fills {
		var what string
		switch f.Result {
		case week.Filled:
			set++
			var parts []string
			for _, d := range dims {
				if m := f.Planned[d.ID]; m > 0 {
					parts = append(parts, d.Name+" "+app.FormatDuration(m))
				}
			}
			what = strings.Join(parts, ", ")
		case week.KeptPlan:
			what = "kept: it has a plan already (--replace replaces it)"
		case week.NoSource:
			what = "nothing: neither an ideal week nor targets were in force then"
		default:
			what = "nothing: the ideal week plans no time on " + f.Date.Weekday().String() + "s"
		}
		fmt.Fprintf(w, "%s\t%s\n", f.Date.Format("Mon 2 Jan"), what)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	switch set {
	case 0:
		_, err = fmt.Fprintln(o.stdout, "\nNothing was set.")
	case 1:
		_, err = fmt.Fprintf(o.stdout, "\nSet the plan of 1 day in %s\n", path)
	default:
		_, err = fmt.Fprintf(o.stdout, "\nSet the plans of %d days in %s\n", set, path)
	}
	return err
}
