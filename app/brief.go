package app

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"daymark/charts"
	"daymark/data"
)

// Brief is what a person brings to a coaching session: the time balance
// against targets, the focus, the decisions, the values, the reflections,
// the actions and the questions, over a period.
type Brief struct {
	Period    Range
	Last      *data.Session // the session before the period, if any
	Next      *data.Session // the session the brief is for, if planned
	Balance   Balance
	Dims      []data.Dimension
	Values    []data.Value
	Decisions []data.Decision // made in the period, newest first
	Due       []data.Decision // reviews due at the end of the period
	Alignment Alignment
	Prompts   []data.Prompt
	Answers   []data.Reflection // written in the period, newest first
	Open      []OpenAction
	Done      []OpenAction // done in the period (From is the session they came from)
	Questions string

	outputs Outputs // of the database the brief was prepared from
}

// BriefPeriod returns the default period of a brief: from the day after the
// last session held to today, or the last 30 days when there was none.
func BriefPeriod(sessions []data.Session, today data.Date) Range {
	last, _ := LastAndNext(sessions, today)
	from := today.AddDays(-29)
	if last != nil {
		from = last.Date.AddDays(1)
	}
	if from.After(today) {
		from = today
	}
	r, _ := NewRange(from, today)
	return r
}

// PrepareBrief gathers a brief for period (the default period when zero),
// as of today.
func PrepareBrief(ctx context.Context, store *data.Store, period Range, today data.Date) (Brief, error) {
	c, err := store.Contents(ctx)
	if err != nil {
		return Brief{}, err
	}
	if period.From.IsZero() {
		period = BriefPeriod(c.Sessions, today)
	}
	b := Brief{Period: period, Dims: c.Dimensions, Values: c.Values, Prompts: c.Prompts, outputs: OutputsOf(store)}
	b.Last, b.Next = LastAndNext(c.Sessions, period.To.AddDays(1))
	if _, next := LastAndNext(c.Sessions, today); next != nil {
		b.Next = next
		b.Questions = next.Questions
	}
	var days []data.Day
	for _, d := range c.Days {
		if period.Contains(d.Date) {
			days = append(days, d)
		}
	}
	b.Balance = ComputeBalance(period, c.Dimensions, days, c.Targets, c.Focus)
	for _, d := range slices.Backward(c.Decisions) {
		if period.Contains(d.Date) {
			b.Decisions = append(b.Decisions, d)
		}
		if d.ReviewDue(period.To) {
			b.Due = append(b.Due, d)
		}
	}
	b.Alignment = NewAlignment(c.Values, c.Ratings, c.Snapshots)
	for _, r := range slices.Backward(c.Reflections) {
		if period.Contains(r.Date) {
			b.Answers = append(b.Answers, r)
		}
	}
	b.Open = OpenActions(c.Sessions, today)
	for _, s := range c.Sessions {
		for _, a := range s.Actions {
			if !a.Done.IsZero() && period.Contains(a.Done) {
				b.Done = append(b.Done, OpenAction{Action: a, From: s.Date})
			}
		}
	}
	return b, nil
}

// Title names the brief: "Coaching brief, 1 Nov to 22 Nov 2026".
func (b Brief) Title() string {
	return "Coaching brief, " + b.Period.From.Format("2 Jan") + " to " + b.Period.To.Format("2 Jan 2006")
}

// BlockKind says what a block of a brief is.
type BlockKind int

// The kinds of block.
const (
	HeadingBlock BlockKind = iota
	ParagraphBlock
	BulletsBlock
	TableBlock
	ChartBlock
)

// Block is a piece of a brief, rendered alike on screen, in Markdown and in
// the PDF.
type Block struct {
	Kind    BlockKind
	Text    string        // the heading or paragraph
	Items   []string      // bullets
	Header  []string      // a table's header
	Rows    [][]string    // a table's rows
	Figure  charts.Figure // a chart
	File    string        // its file name beside the Markdown
	Caption string        // its caption and alternative text
}

// The headings of a brief, in order.
const (
	TimeBalanceHeading = "Time balance"
	FocusHeading       = "Focus"
	DecisionsHeading   = "Decisions"
	ValuesHeading      = "Values"
	ReflectionsHeading = "Reflections"
	ActionsHeading     = "Actions"
	QuestionsHeading   = "Questions for my coach"
)

// uncomfortableLimit is how many uncomfortable decisions a brief lists.
const uncomfortableLimit = 5

// Blocks lays the brief out, section by section, in the order a coach
// reads it.
func (b Brief) Blocks(today data.Date) []Block {
	var out []Block
	heading := func(text string) { out = append(out, Block{Kind: HeadingBlock, Text: text}) }
	para := func(format string, args ...any) {
		out = append(out, Block{Kind: ParagraphBlock, Text: fmt.Sprintf(format, args...)})
	}
	bullets := func(items []string, empty string) {
		if len(items) == 0 {
			para("%s", empty)
			return
		}
		out = append(out, Block{Kind: BulletsBlock, Items: items})
	}
	days := b.Period.Days()
	prepared := fmt.Sprintf("%d days, %s to %s. Prepared %s", days, b.Period.From.Format("Monday 2 January"), b.Period.To.Format("Monday 2 January 2006"), today.Format("2 January 2006"))
	if b.Next != nil {
		prepared += " for the session of " + b.Next.Date.Format("Monday 2 January")
		if b.Next.Coach != "" {
			prepared += " with " + b.Next.Coach
		}
	}
	para("%s.", prepared)

	heading(TimeBalanceHeading)
	if b.Balance.recorded() {
		para("%s.", strings.TrimSuffix(b.Balance.Callout(today), "."))
	} else {
		para("No time was recorded in the period.")
	}
	table := Block{Kind: TableBlock, Header: []string{"Dimension", "Planned a day", "Actual a day", "Target a day", "Off target", "Plan kept"}}
	for _, r := range b.Balance.Rows {
		name := r.Dimension.Name
		if r.Focus {
			name += " (focus)"
		}
		off, kept := "–", "–"
		if share, ok := r.DeviationShare(); ok {
			off = fmt.Sprintf("%s (%+.0f%%)", FormatDeviation(roundInt(b.Balance.PerDay(r.Deviation()))), share*100)
		}
		if k, ok := r.PlanFollowed(); ok {
			kept = fmt.Sprintf("%.0f%%", k*100)
		}
		target := "–"
		if r.Target > 0 {
			target = FormatDuration(roundInt(b.Balance.PerDay(r.Target)))
		}
		table.Rows = append(table.Rows, []string{name, FormatDuration(roundInt(b.Balance.PerDay(r.Planned))), FormatDuration(roundInt(b.Balance.PerDay(r.Actual))), target, strings.ReplaceAll(off, "-", "−"), kept})
	}
	out = append(out, table,
		Block{Kind: ChartBlock, Figure: b.Balance.StackedDays(), File: "balance-days.png", Caption: "Each day's 1440 minutes by dimension"},
		Block{Kind: ChartBlock, Figure: b.Balance.ShareLines(), File: "balance-shares.png", Caption: "Each dimension's share of allocated time against its target"},
		Block{Kind: ChartBlock, Figure: b.Balance.AverageDay(), File: "balance-average.png", Caption: "The average day: planned, actual and target"},
	)

	heading(FocusHeading)
	if f := b.Balance.Focus; f == nil {
		para("No focus was set.")
	} else {
		for _, r := range b.Balance.Rows {
			if r.Dimension.ID != f.DimensionID {
				continue
			}
			text := fmt.Sprintf("%s, since %s", r.Dimension.Name, f.Started.Format("2 January 2006"))
			if f.Reason != "" {
				text += ", because " + strings.TrimSuffix(f.Reason, ".")
			}
			para("%s.", text)
			fared := fmt.Sprintf("It got %s a day (planned %s)", FormatDuration(roundInt(b.Balance.PerDay(r.Actual))), FormatDuration(roundInt(b.Balance.PerDay(r.Planned))))
			if share, ok := r.DeviationShare(); ok {
				fared += fmt.Sprintf(" against a target of %s: %s.", FormatDuration(roundInt(b.Balance.PerDay(r.Target))), aboveBelow(share))
			} else {
				fared += "; it has no target."
			}
			para("%s", fared)
		}
	}

	heading(DecisionsHeading)
	para("%s made in the period; %d felt uncomfortable.", plural(len(b.Decisions), "decision"), countDiscomfort(b.Decisions))
	uncomfortable := slices.Clone(b.Decisions)
	uncomfortable = slices.DeleteFunc(uncomfortable, func(d data.Decision) bool { return d.Feeling == nil || *d.Feeling >= 0 })
	slices.SortStableFunc(uncomfortable, func(a, c data.Decision) int { return *a.Feeling - *c.Feeling })
	var items []string
	for i, d := range uncomfortable {
		if i == uncomfortableLimit {
			break
		}
		item := fmt.Sprintf("%s, %s (felt %+d)", d.Date.Format("2 Jan"), d.Title, *d.Feeling)
		if names := b.valueNames(d.Compromised); names != "" {
			item += ": compromised " + names
		}
		items = append(items, strings.ReplaceAll(item, "-", "−"))
	}
	out = append(out, Block{Kind: ParagraphBlock, Text: "The most uncomfortable:"})
	bullets(items, "None.")
	items = nil
	for _, d := range b.Decisions {
		if len(d.Honoured)+len(d.Compromised) == 0 {
			items = append(items, d.Date.Format("2 Jan")+", "+d.Title)
		}
	}
	para("Named no value (%d):", len(items))
	bullets(items, "None: every decision named a value.")
	items = nil
	for _, d := range b.Due {
		items = append(items, fmt.Sprintf("%s, %s (review due %s)", d.Date.Format("2 Jan"), d.Title, d.ReviewOn.Format("2 Jan")))
	}
	para("Reviews due (%d):", len(items))
	bullets(items, "None.")

	heading(ValuesHeading)
	if now, ok := b.Alignment.Score(); ok {
		text := fmt.Sprintf("Alignment score: %.0f of 100", now)
		if then, ok := b.Alignment.ScoreOn(b.Period.From.AddDays(-1)); ok && roundInt(then) != roundInt(now) {
			text += fmt.Sprintf(", %+d since %s (%.0f)", roundInt(now)-roundInt(then), b.Period.From.Format("2 January"), then)
		} else if ok {
			text += ", unchanged in the period"
		}
		para("%s.", strings.ReplaceAll(text, "-", "−"))
	} else {
		para("No alignment score yet: the values of both kinds are not rated.")
	}
	items = nil
	for i, g := range b.Alignment.Gaps() {
		if i == 6 {
			break
		}
		items = append(items, g.Sentence)
	}
	para("The biggest gaps:")
	bullets(items, "None.")

	heading(ReflectionsHeading)
	items = nil
	for _, r := range b.Answers {
		items = append(items, fmt.Sprintf("%s, “%s”: %s", r.Date.Format("2 Jan"), b.promptText(r.PromptID), r.Answer))
	}
	bullets(items, "No reflections were written in the period.")

	heading(ActionsHeading)
	items = nil
	for _, a := range b.Open {
		item := a.Text + " (from " + a.From.Format("2 Jan")
		if !a.Due.IsZero() {
			item += ", due " + a.Due.Format("2 Jan")
		}
		if a.Overdue {
			item += ", overdue"
		}
		items = append(items, item+")")
	}
	para("Open (%d):", len(items))
	bullets(items, "None.")
	items = nil
	for _, a := range b.Done {
		items = append(items, a.Text+" (done "+a.Done.Format("2 Jan")+")")
	}
	para("Done in the period (%d):", len(items))
	bullets(items, "None.")

	heading(QuestionsHeading)
	if q := strings.TrimSpace(b.Questions); q != "" {
		for _, line := range strings.Split(q, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				para("%s", line)
			}
		}
	} else {
		para("(None written yet.)")
	}
	return out
}

func (b Brief) valueNames(ids []int64) string {
	var names []string
	for _, id := range ids {
		for _, v := range b.Values {
			if v.ID == id {
				names = append(names, v.Name)
			}
		}
	}
	return strings.Join(names, ", ")
}

func (b Brief) promptText(id int64) string {
	for _, p := range b.Prompts {
		if p.ID == id {
			return p.Text
		}
	}
	return "a prompt"
}

func countDiscomfort(ds []data.Decision) int {
	n := 0
	for _, d := range ds {
		if d.Feeling != nil && *d.Feeling < 0 {
			n++
		}
	}
	return n
}

// aboveBelow says a deviation from target in words: "19% below target".
func aboveBelow(share float64) string {
	// Rounded the way the table rounds it, so the two say the same.
	p := fmt.Sprintf("%.0f", math.Abs(share*100))
	switch {
	case p == "0":
		return "on target"
	case share < 0:
		return p + "% below target"
	}
	return p + "% above target"
}

func roundInt(x float64) int {
	if x < 0 {
		return -int(-x + 0.5)
	}
	return int(x + 0.5)
}
