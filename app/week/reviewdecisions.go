package week

import (
	"slices"

	"daymark/app"
	"daymark/data"
)

// The weekly review's second step: the week's decisions that ask for a
// second look, each with a line on what its feeling says. Comfort with a
// decision tends to mean it was aligned with one's values, discomfort
// that a value was in conflict: the line turns the feeling into a
// question about values.

// A DecisionNote is a decision of the week with what its feeling says.
type DecisionNote struct {
	Decision      data.Decision
	Head          string // "3 Mar, Delay the launch (felt −1, uncomfortable)"
	Values        string // "honoured Trust; compromised Speed", or empty
	Says          string // what the feeling says, in one line
	Uncomfortable bool   // felt −1 or −2; otherwise it named no value
}

// decisionNotes returns the decisions of the week (newest first) that felt
// uncomfortable, the most uncomfortable first, then those that named no
// value. A decision is listed once.
func decisionNotes(week app.Range, decisions []data.Decision, values []data.Value) []DecisionNote {
	var uneasy, unnamed []DecisionNote
	for _, d := range decisions {
		n := DecisionNote{Decision: d, Head: app.DecisionHead(week, d), Values: app.DecisionValues(values, d), Says: feelingSays(d, values)}
		switch {
		case d.Feeling != nil && *d.Feeling < 0:
			n.Uncomfortable = true
			uneasy = append(uneasy, n)
		case len(d.Honoured)+len(d.Compromised) == 0:
			unnamed = append(unnamed, n)
		}
	}
	slices.SortStableFunc(uneasy, func(x, y DecisionNote) int { return *x.Decision.Feeling - *y.Decision.Feeling })
	return append(uneasy, unnamed...)
}

// feelingSays writes, in one line, what a decision's feeling says about
// the values behind it.
func feelingSays(d data.Decision, values []data.Value) string {
	compromised, honoured := app.ValueNames(values, d.Compromised), app.ValueNames(values, d.Honoured)
	switch f := d.Feeling; {
	case f != nil && *f < 0 && compromised != "":
		return "The discomfort points at " + compromised + ", which it compromised: what would honouring it have asked of you, and can you still?"
	case f != nil && *f < 0 && honoured != "":
		return "It honoured " + honoured + " and still felt wrong: which value of yours, or of the organisation's, was it working against?"
	case f != nil && *f < 0:
		return "The discomfort is a value in conflict that went unnamed: which one, and what would have honoured it?"
	case f == nil:
		return "No feeling and no value noted: how does it sit with you now? Ease points to a value honoured, unease to one in conflict."
	case *f > 0:
		return "It felt right without naming a value: which one made it so? Named, it makes the next such call clearer."
	}
	return "It felt neither way and named no value: was a value at stake, or was it routine?"
}
