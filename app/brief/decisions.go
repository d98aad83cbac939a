package brief

import (
	"fmt"
	"slices"
	"strings"

	"daymark/app"
	"daymark/data"
)

// decisions lays out the decisions of the period, the most uncomfortable
// first, each with its situation, what was chosen and why, and the values
// at stake; then those that named no value, and the reviews due.
func (b Content) decisions(out *blocks) {
	out.heading(DecisionsHeading)
	out.para("%s made in the period; %d felt uncomfortable.", app.Plural(len(b.Decisions), "decision"), countDiscomfort(b.Decisions))
	ranked := slices.Clone(b.Decisions) // newest first
	slices.SortStableFunc(ranked, func(x, y data.Decision) int { return feelingRank(x) - feelingRank(y) })
	var items []string
	for _, d := range ranked {
		items = append(items, b.decisionItem(d))
	}
	if len(items) > 0 {
		out.para("The decisions of the period, the most uncomfortable first:")
	}
	out.list(items, "None.")

	items = nil
	for _, d := range b.Decisions {
		if len(d.Honoured)+len(d.Compromised) == 0 {
			items = append(items, b.Period.DateIn(d.Date, app.ShortDates)+", "+d.Title)
		}
	}
	out.para("Named no value (%d):", len(items))
	out.list(items, "None: every decision named a value.")

	due := slices.Clone(b.Due)
	slices.SortStableFunc(due, func(x, y data.Decision) int { return y.ReviewOn.DaysSince(x.ReviewOn) })
	items = nil
	for _, d := range due {
		items = append(items, fmt.Sprintf("%s, %s (review due %s)", b.Period.DateIn(d.Date, app.ShortDates), d.Title, b.Period.DateIn(d.ReviewOn, app.ShortDates)))
	}
	out.para("Reviews due (%d), the latest first:", len(items))
	out.list(items, "None.")
}

// feelingRank orders decisions by how they felt, the most uncomfortable
// first; a feeling not said counts as neutral.
func feelingRank(d data.Decision) int {
	if d.Feeling == nil {
		return 0
	}
	return *d.Feeling
}

// decisionItem writes a decision for the brief: its date, title and
// feeling, then a line each for the situation, the choice and its reason,
// and the values it honoured and compromised.
func (b Content) decisionItem(d data.Decision) string {
	lines := []string{app.DecisionHead(b.Period, d)}
	if s := app.Quote(d.Situation); s != "" {
		lines = append(lines, "Situation: "+s)
	}
	if s := app.Quote(d.Choice); s != "" {
		lines = append(lines, "Chose: "+s)
	}
	if s := app.Quote(d.Rationale); s != "" {
		lines = append(lines, "Because: "+s)
	}
	if values := app.DecisionValues(b.Values, d); values != "" {
		lines = append(lines, "Values: "+values)
	}
	return strings.Join(lines, "\n")
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
