package app

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"daymark/data"
)

// briefTextLimit is how many characters of a decision's situation or
// reason a brief quotes: enough to say what it was about.
const briefTextLimit = 300

// decisions lays out the decisions of the period, the most uncomfortable
// first, each with its situation, what was chosen and why, and the values
// at stake; then those that named no value, and the reviews due.
func (b Brief) decisions(out *blocks) {
	out.heading(DecisionsHeading)
	out.para("%s made in the period; %d felt uncomfortable.", plural(len(b.Decisions), "decision"), countDiscomfort(b.Decisions))
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
			items = append(items, b.Period.DateIn(d.Date, ShortDates)+", "+d.Title)
		}
	}
	out.para("Named no value (%d):", len(items))
	out.list(items, "None: every decision named a value.")

	due := slices.Clone(b.Due)
	slices.SortStableFunc(due, func(x, y data.Decision) int { return y.ReviewOn.DaysSince(x.ReviewOn) })
	items = nil
	for _, d := range due {
		items = append(items, fmt.Sprintf("%s, %s (review due %s)", b.Period.DateIn(d.Date, ShortDates), d.Title, b.Period.DateIn(d.ReviewOn, ShortDates)))
	}
	out.para("Reviews due (%d), the latest first:", len(items))
	out.list(items, "None.")
}

// feelingWords name the feelings as the decision form does.
var feelingWords = map[int]string{-2: "very uncomfortable", -1: "uncomfortable", 0: "neither", 1: "comfortable", 2: "very comfortable"}

// feelingRank orders decisions by how they felt, the most uncomfortable
// first; a feeling not said counts as neutral.
func feelingRank(d data.Decision) int {
	if d.Feeling == nil {
		return 0
	}
	return *d.Feeling
}

// decisionHead writes a decision's date (within rng), title and feeling:
// "3 Mar, Delay the launch (felt −1, uncomfortable)".
func decisionHead(rng Range, d data.Decision) string {
	head := rng.DateIn(d.Date, ShortDates) + ", " + d.Title
	if d.Feeling != nil {
		head += " (felt " + Signed(*d.Feeling) + ", " + feelingWords[*d.Feeling] + ")"
	}
	return head
}

// decisionItem writes a decision for the brief: its date, title and
// feeling, then a line each for the situation, the choice and its reason,
// and the values it honoured and compromised.
func (b Brief) decisionItem(d data.Decision) string {
	lines := []string{decisionHead(b.Period, d)}
	if s := quote(d.Situation); s != "" {
		lines = append(lines, "Situation: "+s)
	}
	if s := quote(d.Choice); s != "" {
		lines = append(lines, "Chose: "+s)
	}
	if s := quote(d.Rationale); s != "" {
		lines = append(lines, "Because: "+s)
	}
	if values := decisionValues(b.Values, d); values != "" {
		lines = append(lines, "Values: "+values)
	}
	return strings.Join(lines, "\n")
}

// decisionValues writes the values a decision honoured and compromised:
// "honoured Trust; compromised Speed", or "" when it named none.
func decisionValues(all []data.Value, d data.Decision) string {
	var values []string
	if names := valueNames(all, d.Honoured); names != "" {
		values = append(values, "honoured "+names)
	}
	if names := valueNames(all, d.Compromised); names != "" {
		values = append(values, "compromised "+names)
	}
	return strings.Join(values, "; ")
}

// quote returns text on one line, cut at a word after briefTextLimit
// characters with "…".
func quote(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= briefTextLimit {
		return text
	}
	runes := []rune(text)[:briefTextLimit]
	cut := string(runes)
	if i := strings.LastIndex(cut, " "); i > briefTextLimit/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + "…"
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
