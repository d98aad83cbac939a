package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"daymark/app"
	"daymark/app/capture"
	"daymark/app/document"
	"daymark/data"
)

func init() {
	at := func(fs *flag.FlagSet, o *options) {
		fs.StringVar(&o.at, "at", "", "when: HH:MM (today), YYYY-MM-DDTHH:MM or RFC 3339 (default: now)")
	}
	format := func(formats string) func(fs *flag.FlagSet, o *options) {
		return func(fs *flag.FlagSet, o *options) { fs.StringVar(&o.format, "format", "text", formats) }
	}
	commands["timer"] = command{
		usage:   "start|stop|status|list …",
		summary: "the timer: start or switch a dimension, stop, see it, list what was timed",
		about:   "The timer records actual time as it is spent. See daymark timer start --help and the others.",
		subs: map[string]command{
			"start": {
				usage:   "[--db PATH] DIMENSION [--at TIME] [--note TEXT]",
				summary: "start timing DIMENSION, or switch to it (the running one stops at that time)",
				about: "Starts the timer on DIMENSION (its name, in any case) now or --at a time\n" +
					"already past. A timer already running stops at the same instant: a switch.",
				flags: func(fs *flag.FlagSet, o *options) {
					at(fs, o)
					fs.Func("note", "a note for the interval", func(s string) error { o.note = &s; return nil })
				},
				args: 1, arg: "dimension", run: timerStart,
			},
			"stop": {
				usage:   "[--db PATH] [--at TIME]",
				summary: "stop the timer, now or at a time already past",
				about:   "Stops the running timer; what it timed lands in the actual minutes of its days.",
				flags:   at, run: timerStop,
			},
			"status": {
				usage:   "[--db PATH] [--format text|json]",
				summary: "the running timer and its minutes so far",
				about: "Prints the running dimension, since when, and its minutes so far. JSON:\n" +
					`{"running":bool,"dimension":NAME,"started":RFC 3339,"minutes":N,"note":TEXT}.`,
				flags: format("text or json"), run: timerStatus,
			},
			"list": {
				usage:   "[--db PATH] [--from DATE --to DATE] [--format text|json|csv]",
				summary: "the timed intervals of each day (default: today)",
				about:   "Lists the intervals timed on each day of the range, with the minutes each counts on that day.",
				flags: func(fs *flag.FlagSet, o *options) {
					fs.StringVar(&o.from, "from", "", "the first day (default: today)")
					fs.StringVar(&o.to, "to", "", "the last day (default: today)")
					format("text, json or csv")(fs, o)
				},
				run: timerList,
			},
		},
	}
}

// openTimer opens the database for the timer's commands.
func openTimer(o *options, create bool) (*data.Store, *capture.Timer, func(), error) {
	store, done, err := openStore(o, create)
	if err != nil {
		return nil, nil, nil, err
	}
	return store, capture.NewTimer(store), done, nil
}

// atTime reads --at; zero when it is not given.
func atTime(o *options, t *capture.Timer) (time.Time, error) {
	if o.at == "" {
		return time.Time{}, nil
	}
	at, err := capture.ParseTime(o.at, t.Now(), t.Location)
	if err != nil {
		return at, data.Errorf(data.EInvalid, "--at: %s", data.ErrorMessage(err))
	}
	return at, nil
}

func timerStart(ctx context.Context, o *options) error {
	store, timer, done, err := openTimer(o, true)
	if err != nil {
		return err
	}
	defer done()
	dims, err := store.Dimensions(ctx)
	if err != nil {
		return err
	}
	dim, err := app.DimensionNamed(dims, o.file)
	if err != nil {
		return err
	}
	at, err := atTime(o, timer)
	if err != nil {
		return err
	}
	note := ""
	if o.note != nil {
		note = *o.note
	}
	res, err := timer.Start(ctx, dim.ID, at, note)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(o.stdout, res.Message)
	return err
}

func timerStop(ctx context.Context, o *options) error {
	_, timer, done, err := openTimer(o, false)
	if err != nil {
		return err
	}
	defer done()
	at, err := atTime(o, timer)
	if err != nil {
		return err
	}
	res, err := timer.Stop(ctx, at)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(o.stdout, res.Message)
	return err
}

// timerStatusJSON is daymark timer status --format json.
type timerStatusJSON struct {
	Running   bool    `json:"running"`
	Dimension *string `json:"dimension"`
	Started   *string `json:"started"`
	Minutes   int     `json:"minutes"`
	Note      string  `json:"note"`
}

func timerStatus(ctx context.Context, o *options) error {
	if err := checkFormat(o.format, "text", "json"); err != nil {
		return err
	}
	_, timer, done, err := openTimer(o, false)
	if err != nil {
		return err
	}
	defer done()
	st, err := timer.Status(ctx)
	if err != nil {
		return err
	}
	if o.format == "json" {
		doc := timerStatusJSON{Running: st.Running}
		if st.Running {
			started := st.Interval.Start.In(timer.Location).Format(time.RFC3339)
			doc.Dimension, doc.Started, doc.Minutes, doc.Note = &st.Dimension.Name, &started, st.Minutes, st.Interval.Note
		}
		return writeJSON(o.data, doc)
	}
	if st.Notice != "" {
		fmt.Fprintln(o.stdout, st.Notice)
	}
	if !st.Running {
		_, err = fmt.Fprintln(o.stdout, "No timer is running.")
		return err
	}
	line := fmt.Sprintf("%s since %s (%s)", st.Dimension.Name, startText(st.Interval.Start.In(timer.Location), timer.Now()), app.FormatDuration(st.Minutes))
	if st.Interval.Note != "" {
		line += ": " + st.Interval.Note
	}
	_, err = fmt.Fprintln(o.stdout, line)
	return err
}

// startText writes when a timer started: 09:15 today, Mon 2 Mar 09:15 before.
func startText(at, now time.Time) string {
	if data.DateOf(at) == data.DateOf(now.In(at.Location())) {
		return at.Format("15:04")
	}
	return at.Format("Mon 2 Jan 15:04")
}

// timerIntervalJSON is one interval on one day in daymark timer list --format json.
type timerIntervalJSON struct {
	Date      string  `json:"date"`
	Dimension string  `json:"dimension"`
	Start     string  `json:"start"`
	End       *string `json:"end"`
	Minutes   int     `json:"minutes"`
	Note      string  `json:"note"`
	ID        string  `json:"id"`
}

func timerList(ctx context.Context, o *options) error {
	if err := checkFormat(o.format, "text", "json", "csv"); err != nil {
		return err
	}
	if (o.from == "") != (o.to == "") {
		return data.Errorf(data.EInvalid, "give both --from and --to, or neither (for today)")
	}
	store, timer, done, err := openTimer(o, false)
	if err != nil {
		return err
	}
	defer done()
	rng := app.Range{From: data.DateOf(timer.Now()), To: data.DateOf(timer.Now())}
	if o.from != "" {
		if rng, err = rangeOf(o.from, o.to); err != nil {
			return err
		}
	}
	if rng.Days() > data.MaxImportDays {
		return data.Errorf(data.EInvalid, "list at most %d days at a time", data.MaxImportDays)
	}
	dims, err := store.Dimensions(ctx)
	if err != nil {
		return err
	}
	var rows []timerIntervalJSON
	for d := rng.From; !d.After(rng.To); d = d.AddDays(1) {
		list, err := timer.Intervals(ctx, d)
		if err != nil {
			return err
		}
		for _, iv := range list {
			row := timerIntervalJSON{Date: d.String(), Dimension: app.DimensionName(dims, iv.DimensionID), Start: iv.Start.In(timer.Location).Format(time.RFC3339),
				Minutes: iv.Minutes, Note: iv.Note, ID: iv.ID}
			if !iv.Running() {
				end := iv.End.In(timer.Location).Format(time.RFC3339)
				row.End = &end
			}
			rows = append(rows, row)
		}
	}
	switch o.format {
	case "json":
		if rows == nil {
			rows = []timerIntervalJSON{}
		}
		return writeJSON(o.data, rows)
	case "csv":
		w := document.NewCSV(o.data)
		w.Row(document.TextCells("date", "dimension", "start", "end", "minutes", "note", "id")...)
		for _, r := range rows {
			end := ""
			if r.End != nil {
				end = *r.End
			}
			w.Row(document.TextCell(r.Date), document.TextCell(r.Dimension), document.TextCell(r.Start), document.TextCell(end), document.NumberCell(r.Minutes), document.TextCell(r.Note), document.TextCell(r.ID))
		}
		return w.Flush()
	}
	return timerListText(o.stdout, rows, timer.Location)
}

func timerListText(out io.Writer, rows []timerIntervalJSON, loc *time.Location) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(out, "Nothing was timed on these days.")
		return err
	}
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	date := ""
	for _, r := range rows {
		if r.Date != date {
			d, _ := data.ParseDate(r.Date)
			if date != "" {
				fmt.Fprintln(w)
			}
			fmt.Fprintln(w, d.Format("Mon 2 Jan 2006"))
			date = r.Date
		}
		start, _ := time.Parse(time.RFC3339, r.Start)
		end := "running"
		if r.End != nil {
			e, _ := time.Parse(time.RFC3339, *r.End)
			end = e.In(loc).Format("15:04")
		}
		line := fmt.Sprintf("  %s–%s\t%s\t%s", start.In(loc).Format("15:04"), end, r.Dimension, app.FormatDuration(r.Minutes))
		if r.Note != "" {
			line += "\t" + r.Note
		}
		fmt.Fprintln(w, line)
	}
	return w.Flush()
}

// checkFormat refuses a --format that is not one of those given.
func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	list := allowed[0]
	for i, a := range allowed[1:] {
		if i == len(allowed)-2 {
			list += " or " + a
		} else {
			list += ", " + a
		}
	}
	return data.Errorf(data.EInvalid, "--format is %s, not %q", list, format)
}

// writeJSON writes v as indented JSON, as the other commands do.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
