package brief

import (
	"context"
	"math"
	"slices"

	"daymark/app"
	"daymark/charts"
	"daymark/data"
)

// Content is a brief: what a person brings to a coaching session, the
// time balance against targets, the focus, the decisions, the values, the
// reflections, the actions and the questions, over a period.
type Content struct {
	Period    app.Range
	Last      *data.Session  // the session before the period, if any
	Held      []data.Session // the sessions held in the period, oldest first
	Next      *data.Session  // the session the brief is for, if planned
	Balance   app.Balance
	Dims      []data.Dimension
	Values    []data.Value
	Decisions []data.Decision // made in the period, newest first
	Due       []data.Decision // reviews due at the end of the period
	Alignment app.Alignment
	Prompts   []data.Prompt
	Answers   []data.Reflection // written in the period, newest first
	Reviews   []data.Review     // weekly reviews saved in the period, the latest week first
	Open      []app.OpenAction
	Done      []app.OpenAction // done in the period (From is the session they came from)
	Questions string

	outputs app.Outputs // of the database the brief was prepared from
}

// Preparer prepares briefs from a database: the one door to the brief for
// the window and the command line.
type Preparer struct {
	store *data.Store
}

// NewPreparer returns the brief's use case over store.
func NewPreparer(store *data.Store) *Preparer { return &Preparer{store: store} }

// Prepare gathers the brief for period (the default period when zero), as
// of today.
func (p *Preparer) Prepare(ctx context.Context, period app.Range, today data.Date) (Content, error) {
	return prepare(ctx, p.store, period, today)
}

// DefaultPeriod returns the default period of a brief: from the day after the
// last session held to today, or the last 30 days when there was none.
func DefaultPeriod(sessions []data.Session, today data.Date) app.Range {
	last, _ := app.LastAndNext(sessions, today)
	from := today.AddDays(-29)
	if last != nil {
		from = last.Date.AddDays(1)
	}
	if from.After(today) {
		from = today
	}
	r, _ := app.NewRange(from, today)
	return r
}

// prepare gathers a brief for period (the default period when zero),
// as of today.
func prepare(ctx context.Context, store *data.Store, period app.Range, today data.Date) (Content, error) {
	c, err := store.Contents(ctx)
	if err != nil {
		return Content{}, err
	}
	if period.From.IsZero() {
		period = DefaultPeriod(c.Sessions, today)
	}
	b := Content{Period: period, Dims: c.Dimensions, Values: c.Values, Prompts: c.Prompts, outputs: app.OutputsOf(store)}
	b.Last, _ = app.LastAndNext(c.Sessions, period.From)
	_, b.Next = app.LastAndNext(c.Sessions, period.To.AddDays(1))
	for _, s := range c.Sessions {
		if period.Contains(s.Date) && s.Date.Before(today) {
			b.Held = append(b.Held, s)
		}
	}
	if _, next := app.LastAndNext(c.Sessions, today); next != nil {
		b.Next = next
		b.Questions = next.Questions
	}
	var days []data.Day
	for _, d := range c.Days {
		if period.Contains(d.Date) {
			days = append(days, d)
		}
	}
	b.Balance = app.ComputeBalance(period, c.Dimensions, days, c.Targets, c.Focus)
	for _, d := range slices.Backward(c.Decisions) {
		if period.Contains(d.Date) {
			b.Decisions = append(b.Decisions, d)
		}
		if d.ReviewDue(period.To) {
			b.Due = append(b.Due, d)
		}
	}
	b.Alignment = app.NewAlignment(c.Values, c.Ratings, c.Snapshots)
	for _, r := range slices.Backward(c.Reflections) {
		if period.Contains(r.Date) {
			b.Answers = append(b.Answers, r)
		}
	}
	b.Reviews = reviewsSaved(c.Reviews, period)
	b.Open = app.OpenActions(c.Sessions, today)
	for _, s := range c.Sessions {
		for _, a := range s.Actions {
			if !a.Done.IsZero() && period.Contains(a.Done) {
				b.Done = append(b.Done, app.OpenAction{Action: a, From: s.Date})
			}
		}
	}
	return b, nil
}

// Title names the brief: "Coaching brief, 1 Nov to 22 Nov 2026".
func (b Content) Title() string { return "Coaching brief, " + b.Period.Text(app.ShortDates) }

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

func (b Content) promptText(id int64) string {
	for _, p := range b.Prompts {
		if p.ID == id {
			return p.Text
		}
	}
	return "a prompt"
}

// roundInt rounds half away from zero, as every figure is rounded.
func roundInt(x float64) int { return int(math.Round(x)) }
