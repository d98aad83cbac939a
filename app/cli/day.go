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
	"daymark/app/capture"
	"daymark/data"
)

func init() {
	commands["day"] = command{
		usage:   "[--db PATH] [DATE] [--format text|json] [--plan DIM=DURATION]… [--actual DIM=DURATION]… [--note TEXT]",
		summary: "one day (default: today): print it, or set its planned and actual minutes and its note",
		about: "Without --plan, --actual or --note, prints the day: planned and actual minutes\n" +
			"per dimension and the part of them the timer counted. JSON:\n" +
			`{"date","note","planned":{},"actual":{},"timed":{},"running"} keyed by dimension name.` + "\n" +
			"With them, sets those fields and leaves the others as they are. DURATION is\n" +
			"written as in the Day planner: 90, 45m, 2h, 1.5h, 1h30, 1:30; 0 clears it.\n" +
			"--actual is a dimension's whole actual time, timed minutes included, so it\n" +
			"cannot be less than what was timed. A day over 1440 minutes is refused.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.format, "format", "text", "text or json")
			fs.Func("plan", "DIMENSION=DURATION: planned minutes (repeat for more)", func(s string) error { o.plans = append(o.plans, s); return nil })
			fs.Func("actual", "DIMENSION=DURATION: actual minutes, timed ones included (repeat for more)", func(s string) error { o.actuals = append(o.actuals, s); return nil })
			fs.Func("note", "the day's note", func(s string) error { o.note = &s; return nil })
		},
		args: 1, arg: "date", optional: true,
		run: day,
	}
}

// dayJSON is daymark day --format json: minutes by dimension name, zeros
// left out; running is the timer running on that day, or null.
type dayJSON struct {
	Date    string           `json:"date"`
	Note    string           `json:"note"`
	Planned map[string]int   `json:"planned"`
	Actual  map[string]int   `json:"actual"`
	Timed   map[string]int   `json:"timed"`
	Running *timerStatusJSON `json:"running"`
}

func day(ctx context.Context, o *options) error {
	if err := checkFormat(o.format, "text", "json"); err != nil {
		return err
	}
	setting := len(o.plans) > 0 || len(o.actuals) > 0 || o.note != nil
	store, timer, done, err := openTimer(o, setting)
	if err != nil {
		return err
	}
	defer done()
	date := data.DateOf(timer.Now())
	if o.file != "" {
		if date, err = data.ParseDate(o.file); err != nil {
			return err
		}
	}
	dims, err := store.Dimensions(ctx)
	if err != nil {
		return err
	}
	if setting {
		if err := setDay(ctx, store, dims, date, o); err != nil {
			return err
		}
	}
	dt, err := timer.DayTime(ctx, date)
	if err != nil {
		return err
	}
	if o.format == "json" {
		return writeJSON(o.data, dayDocument(dt, dims, timer.Location))
	}
	return dayText(o.stdout, dt, dims, timer)
}

// setDay sets the fields the flags give, in one save: all or nothing.
func setDay(ctx context.Context, store *data.Store, dims []data.Dimension, date data.Date, o *options) error {
	planner := app.NewPlanner(store)
	d, err := planner.Day(ctx, date)
	if err != nil {
		return err
	}
	for _, side := range []struct {
		flag    string
		values  []string
		minutes map[int64]int
	}{{"--plan", o.plans, d.Planned}, {"--actual", o.actuals, d.Actual}} {
		seen := map[int64]bool{}
		for _, v := range side.values {
			name, text, found := strings.Cut(v, "=")
			if !found {
				return data.Errorf(data.EInvalid, "%s takes DIMENSION=DURATION, as in %s People=1h30, not “%s”", side.flag, side.flag, v)
			}
			dim, err := app.DimensionNamed(dims, name)
			if err != nil {
				return data.Errorf(data.EInvalid, "%s: %s", side.flag, data.ErrorMessage(err))
			}
			if seen[dim.ID] {
				return data.Errorf(data.EInvalid, "%s gives %s twice: give it once", side.flag, dim.Name)
			}
			seen[dim.ID] = true
			m, err := app.ParseDuration(text)
			if err != nil {
				return data.Errorf(data.EInvalid, "%s %s: %s", side.flag, dim.Name, err)
			}
			if side.flag == "--actual" && m < d.Timed[dim.ID] {
				return data.Errorf(data.EInvalid, "--actual %s: %s of %s was timed on %s, so its actual time cannot be less: correct the timed intervals instead (daymark timer list)",
					dim.Name, app.FormatDuration(d.Timed[dim.ID]), dim.Name, date.Format("Mon 2 Jan 2006"))
			}
			side.minutes[dim.ID] = m
			if m == 0 {
				delete(side.minutes, dim.ID)
			}
		}
	}
	if o.note != nil {
		d.Note = strings.TrimSpace(*o.note)
	}
	return planner.SaveDay(ctx, d)
}

// dayDocument writes a day as daymark day --format json does.
func dayDocument(dt capture.DayTime, dims []data.Dimension, loc *time.Location) dayJSON {
	doc := dayJSON{Date: dt.Day.Date.String(), Note: dt.Day.Note, Planned: map[string]int{}, Actual: map[string]int{}, Timed: map[string]int{}}
	for _, side := range []struct {
		from map[int64]int
		to   map[string]int
	}{{dt.Day.Planned, doc.Planned}, {dt.Day.Actual, doc.Actual}, {dt.Day.Timed, doc.Timed}} {
		for id, m := range side.from {
			if m != 0 {
				side.to[app.DimensionName(dims, id)] = m
			}
		}
	}
	if r := dt.Running; r != nil {
		name, started := app.DimensionName(dims, r.DimensionID), r.Start.In(loc).Format(time.RFC3339)
		doc.Running = &timerStatusJSON{Running: true, Dimension: &name, Started: &started, Minutes: dt.Live, Note: r.Note}
	}
	return doc
}

// dayText writes a day for a terminal: each dimension's planned and
// actual minutes, and where the actual ones came from.
func dayText(out io.Writer, dt capture.DayTime, dims []data.Dimension, timer *capture.Timer) error {
	fmt.Fprintln(out, dt.Day.Date.Format("Monday 2 January 2006"))
	if dt.Day.Note != "" {
		fmt.Fprintln(out, dt.Day.Note)
	}
	fmt.Fprintln(out)
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "Dimension\tPlanned\tActual\t")
	for _, d := range dims {
		planned, actual := dt.Day.Planned[d.ID], dt.Actual(d.ID)
		if d.Archived && planned == 0 && actual == 0 {
			continue
		}
		line := fmt.Sprintf("%s\t%s\t%s\t", d.Name, app.FormatDuration(planned), app.FormatDuration(actual))
		if text := dt.Text(d.ID); text != "" {
			line += text
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "Total\t%s\t%s\t\n", app.FormatDuration(dt.Day.PlannedTotal()), app.FormatDuration(dt.ActualTotal()))
	if err := w.Flush(); err != nil {
		return err
	}
	if r := dt.Running; r != nil {
		_, err := fmt.Fprintf(out, "\n%s is being timed since %s: %s so far, in the actual time above (counted in the day once the timer stops).\n",
			app.DimensionName(dims, r.DimensionID), startText(r.Start.In(timer.Location), timer.Now()), app.FormatDuration(dt.Live))
		return err
	}
	return nil
}
