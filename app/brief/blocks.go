package brief

import (
	"fmt"
	"slices"
	"strings"

	"daymark/app"
	"daymark/charts"
	"daymark/data"
)

// The headings of a brief, in order.
const (
	SessionsHeading    = "Sessions"
	TimeBalanceHeading = "Time balance"
	FocusHeading       = "Focus"
	ReviewsHeading     = "Weekly reviews"
	DecisionsHeading   = "Decisions"
	ValuesHeading      = "Values"
	ReflectionsHeading = "Reflections"
	ActionsHeading     = "Actions"
	QuestionsHeading   = "Questions for my coach"
)

// listLimit is how many items of a list a brief shows: the most relevant,
// then how many more there are.
const listLimit = 5

// blocks gathers a brief's blocks as they are laid out.
type blocks []Block

func (out *blocks) heading(text string) { *out = append(*out, Block{Kind: HeadingBlock, Text: text}) }

func (out *blocks) para(format string, args ...any) {
	*out = append(*out, Block{Kind: ParagraphBlock, Text: fmt.Sprintf(format, args...)})
}

// list adds the first listLimit items (already in order of relevance) as
// bullets and says how many more there are, or adds empty when there are
// none.
func (out *blocks) list(items []string, empty string) {
	if len(items) == 0 {
		out.para("%s", empty)
		return
	}
	*out = append(*out, Block{Kind: BulletsBlock, Items: items[:min(len(items), listLimit)]})
	if more := len(items) - listLimit; more > 0 {
		out.para("and %d more.", more)
	}
}

// Blocks lays the brief out, section by section, in the order a coach
// reads it.
func (b Content) Blocks(today data.Date) []Block {
	var out blocks
	prepared := b.Balance.RangeLine(app.WeekdayDates) + ". Prepared " + app.DateText(today, app.LongDates)
	if b.Next != nil {
		prepared += " for the session of " + app.DateText(b.Next.Date, app.WeekdayDates)
		if b.Next.Coach != "" {
			prepared += " with " + b.Next.Coach
		}
	}
	out.para("%s.", prepared)

	b.sessions(&out)
	b.timeBalance(&out, today)
	b.focus(&out)
	b.reviews(&out)
	b.decisions(&out)
	b.values(&out)

	out.heading(ReflectionsHeading)
	var items []string
	for _, r := range b.Answers {
		items = append(items, fmt.Sprintf("%s, “%s”: %s", b.Period.DateIn(r.Date, app.ShortDates), b.promptText(r.PromptID), r.Answer))
	}
	out.list(items, "No reflections were written in the period.")

	b.actions(&out)

	out.heading(QuestionsHeading)
	if q := strings.TrimSpace(b.Questions); q != "" {
		for _, line := range strings.Split(q, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				out.para("%s", line)
			}
		}
	} else {
		out.para("(None written yet.)")
	}
	return out
}

// sessions lists the session the brief is for, the one before the period
// and those held in it, newest first, each with its agenda.
func (b Content) sessions(out *blocks) {
	out.heading(SessionsHeading)
	var items []string
	add := func(s *data.Session, what string) {
		item := app.DateText(s.Date, app.LongDates)
		if s.Coach != "" {
			item += " with " + s.Coach
		}
		if what != "" {
			item += " (" + what + ")"
		}
		if agenda := strings.TrimSpace(s.Agenda); agenda != "" {
			item += ": " + agenda
		} else {
			item += ": no agenda written"
		}
		items = append(items, item)
	}
	if b.Next != nil {
		add(b.Next, "this brief's")
	}
	for i := len(b.Held) - 1; i >= 0; i-- {
		add(&b.Held[i], "")
	}
	if b.Last != nil {
		add(b.Last, "the one before")
	}
	out.list(items, "No session is planned or was held in the period.")
}

func (b Content) timeBalance(out *blocks, today data.Date) {
	out.heading(TimeBalanceHeading)
	if b.Balance.Recorded() {
		out.para("%s.", strings.TrimSuffix(b.Balance.Callout(today), "."))
	} else {
		out.para("No time was recorded in the period.")
	}
	header, rows := b.Balance.BalanceTable()
	period := b.Period.Text(app.ShortDates)
	chart := func(fig charts.Figure, file, title string) Block {
		return Block{Kind: ChartBlock, Figure: charts.Titled{Figure: fig, Title: title, Period: period}, File: file, Caption: title + ", " + period}
	}
	*out = append(*out, Block{Kind: TableBlock, Header: header, Rows: rows},
		chart(b.Balance.StackedDays(), "balance-days.png", "Each day's 1440 minutes by dimension"),
		chart(b.Balance.ShareLines(), "balance-shares.png", "Each dimension's share of allocated time against its target"),
		chart(b.Balance.AverageDay(), "balance-average.png", "The average day: planned, actual and target"),
	)
}

func (b Content) focus(out *blocks) {
	out.heading(FocusHeading)
	f := b.Balance.Focus
	if f == nil {
		out.para("No focus was set.")
		return
	}
	for _, r := range b.Balance.Rows {
		if r.Dimension.ID != f.DimensionID {
			continue
		}
		text := fmt.Sprintf("%s, since %s", r.Dimension.Name, app.DateText(f.Started, app.LongDates))
		if f.Reason != "" {
			text += ", because " + strings.TrimSuffix(f.Reason, ".")
		}
		out.para("%s.", text)
		fig := b.Balance.Figures(r)
		t := fig.Texts()
		fared := fmt.Sprintf("It got %s a day (planned %s)", t.Actual, t.Planned)
		switch {
		case fig.HasOff:
			fared += fmt.Sprintf(" against a target of %s: %s.", t.Target, fig.AboveBelow())
		case fig.HasTarget:
			fared += fmt.Sprintf(" against a target of %s.", t.Target)
		default:
			fared += "; it has no target."
		}
		out.para("%s", fared)
	}
}

func (b Content) values(out *blocks) {
	out.heading(ValuesHeading)
	if now, ok := b.Alignment.Score(); ok {
		text := fmt.Sprintf("Alignment score: %.0f of 100", now)
		if then, ok := b.Alignment.ScoreOn(b.Period.From.AddDays(-1)); ok && roundInt(then) != roundInt(now) {
			text += fmt.Sprintf(", %s since %s (%.0f)", app.Signed(roundInt(now)-roundInt(then)), b.Period.DateIn(b.Period.From, app.LongDates), then)
		} else if ok {
			text += ", unchanged in the period"
		}
		out.para("%s.", text)
	} else {
		out.para("No alignment score yet: the values of both kinds are not rated.")
	}
	var items []string
	for _, g := range b.Alignment.Gaps() {
		items = append(items, g.Sentence)
	}
	out.para("The biggest gaps:")
	out.list(items, "None.")
}

// actions lists the open actions, overdue first and then by due date, and
// those done in the period, the latest first.
func (b Content) actions(out *blocks) {
	out.heading(ActionsHeading)
	open := slices.Clone(b.Open)
	slices.SortStableFunc(open, func(x, y app.OpenAction) int {
		switch {
		case x.Overdue != y.Overdue:
			return map[bool]int{true: -1, false: 1}[x.Overdue]
		case x.Due.IsZero() != y.Due.IsZero():
			return map[bool]int{true: 1, false: -1}[x.Due.IsZero()]
		}
		return x.Due.DaysSince(y.Due)
	})
	var items []string
	for _, a := range open {
		item := a.Text + " (from " + b.Period.DateIn(a.From, app.ShortDates)
		if !a.Due.IsZero() {
			item += ", due " + b.Period.DateIn(a.Due, app.ShortDates)
		}
		if a.Overdue {
			item += ", overdue"
		}
		items = append(items, item+")")
	}
	out.para("Open (%d):", len(items))
	out.list(items, "None.")
	done := slices.Clone(b.Done)
	slices.SortStableFunc(done, func(x, y app.OpenAction) int { return y.Done.DaysSince(x.Done) })
	items = nil
	for _, a := range done {
		items = append(items, a.Text+" (done "+b.Period.DateIn(a.Done, app.ShortDates)+")")
	}
	out.para("Done in the period (%d):", len(items))
	out.list(items, "None.")
}
