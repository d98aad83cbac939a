package timeimport

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"daymark/app"
	"daymark/data"
)

// WritePreview writes a preview as text, for daymark import --dry-run and
// before an import from the command line: each day whose actual minutes
// change, per dimension before and after, with the events behind them;
// then what matched no rule, what was left out, the lines and events of
// the file that could not be read as written, and the notes.
func WritePreview(w io.Writer, p Preview, dims []data.Dimension, loc *time.Location) error {
	names := map[int64]string{}
	for _, d := range dims {
		names[d.ID] = d.Name
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%s: %s, %s to %s\n", p.File, SourceText(p.Reading), p.From.Format("Mon 2 Jan 2006"), p.To.Format("Mon 2 Jan 2006"))
	fmt.Fprintln(tw, ReadText(p.Reading))
	fmt.Fprintf(tw, "%s counted on %s. %s\n", app.Plural(p.Counted, "item"), app.Plural(len(p.Days), "day"), KeepText(p.Keep))
	for _, d := range p.Days {
		if d.Changed() || len(d.Items) > 0 {
			writePreviewDay(tw, d, dims, names, loc)
		}
	}
	items := func(title string, list []Item) {
		if len(list) == 0 {
			return
		}
		fmt.Fprintf(tw, "\n%s\n", title)
		for _, it := range list {
			fmt.Fprintf(tw, "  %s\t%s\n", ItemWhen(it, loc), ItemName(it))
		}
	}
	unmatched := "Matched no rule: skipped"
	if p.Unmatch != 0 {
		unmatched = "Matched no rule: counted as " + names[p.Unmatch]
	}
	items(unmatched, p.Unmatched)
	items("Skipped by a rule", p.RuleSkips)
	if len(p.Skipped) > 0 {
		fmt.Fprintf(tw, "\nNot counted\n")
		for _, s := range p.Skipped {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", ItemWhen(s.Item, loc), ItemName(s.Item), s.Reason)
		}
	}
	if len(p.Problems) > 0 {
		fmt.Fprintf(tw, "\nProblems in the file\n")
		for _, pr := range p.Problems {
			fmt.Fprintf(tw, "  %s\n", pr.Text)
		}
		if more := UnlistedText(p.Reading); more != "" {
			fmt.Fprintf(tw, "  %s\n", more)
		}
	}
	for _, n := range p.Notes {
		fmt.Fprintf(tw, "\nNote: %s\n", n)
	}
	return tw.Flush()
}

// writePreviewDay writes a day whose actual minutes change: per dimension
// before and after and why, then the events behind them and what was left
// out.
func writePreviewDay(tw io.Writer, d PreviewDay, dims []data.Dimension, names map[int64]string, loc *time.Location) {
	fmt.Fprintf(tw, "\n%s\n", d.Date.Format("Mon 2 Jan 2006"))
	for _, dim := range dims {
		before, after := d.Before[dim.ID], d.After[dim.ID]
		if before == 0 && after == 0 && d.Events[dim.ID] == 0 {
			continue
		}
		line := fmt.Sprintf("  %s\t%d → %d", dim.Name, before, after)
		var why []string
		if t := d.Timed[dim.ID]; t > 0 {
			why = append(why, fmt.Sprintf("%d timed, kept", t))
		}
		if d.Kept[dim.ID] && d.Events[dim.ID] > 0 {
			why = append(why, fmt.Sprintf("typed by hand, kept; the events say %d", d.Events[dim.ID]))
		} else if d.Kept[dim.ID] {
			why = append(why, "typed by hand, kept")
		}
		if len(why) > 0 {
			line += "\t(" + strings.Join(why, "; ") + ")"
		}
		fmt.Fprintln(tw, line)
	}
	for _, e := range d.Items {
		fmt.Fprintf(tw, "    %s\t%s\t%.0f min\t%s\t%s\n", clockRange(e.ImportedEvent, loc), app.Clip(e.Title, 48), e.Minutes, names[e.DimensionID], e.Why)
	}
	if d.UnderTimer > 0 {
		fmt.Fprintf(tw, "    %d minutes of events left out: the timer counted them already\n", d.UnderTimer)
	}
	if d.Trimmed > 0 {
		fmt.Fprintf(tw, "    %d minutes of events left out to keep the day to 1440\n", d.Trimmed)
	}
}

// SourceText names what a file holds: the calendar “Work”, a Toggl Track export.
func SourceText(r Reading) string {
	if r.Kind == KindCalendar {
		return "the calendar “" + r.Source + "”"
	}
	return "a " + r.Kind + " export"
}

// KeepText says what happens to actual minutes typed by hand.
func KeepText(keep bool) string {
	if keep {
		return "Actual minutes typed by hand are kept; the file fills the other dimensions."
	}
	return "Actual minutes typed by hand on these days are replaced by the file's."
}

// ItemWhen says when an item is: Tue 6 Oct 15:00–16:00, or the date of an
// all-day one.
func ItemWhen(it Item, loc *time.Location) string {
	if it.Start.IsZero() {
		return "—" // an entry that could not be read
	}
	start := it.Start.In(loc)
	if it.AllDay {
		return start.Format("Mon 2 Jan") + " all day"
	}
	return start.Format("Mon 2 Jan 15:04") + "–" + it.End.In(loc).Format("15:04")
}

// ItemName is an item's title, with its project and tags when it has them.
func ItemName(it Item) string {
	name := it.Title
	if name == "" {
		name = "(no title)"
	}
	var extra []string
	if it.Project != "" {
		extra = append(extra, "project "+it.Project)
	}
	if len(it.Tags) > 0 {
		extra = append(extra, "tags "+strings.Join(it.Tags, ", "))
	}
	if len(extra) > 0 {
		name += " (" + strings.Join(extra, "; ") + ")"
	}
	return name
}
