package app

import (
	"strings"
	"unicode/utf8"

	"daymark/data"
)

// ValueNames writes the names of the values ids, among all: "Trust, Speed".
func ValueNames(all []data.Value, ids []int64) string {
	var names []string
	for _, id := range ids {
		for _, v := range all {
			if v.ID == id {
				names = append(names, v.Name)
			}
		}
	}
	return strings.Join(names, ", ")
}

// QuoteLimit is how many characters of a decision's situation or reason,
// or of a review's notes, Quote keeps: enough to say what it was about.
const QuoteLimit = 300

// feelingWords name the feelings as the decision form does.
var feelingWords = map[int]string{-2: "very uncomfortable", -1: "uncomfortable", 0: "neither", 1: "comfortable", 2: "very comfortable"}

// DecisionHead writes a decision's date (within rng), title and feeling:
// "3 Mar, Delay the launch (felt −1, uncomfortable)".
func DecisionHead(rng Range, d data.Decision) string {
	head := rng.DateIn(d.Date, ShortDates) + ", " + d.Title
	if d.Feeling != nil {
		head += " (felt " + Signed(*d.Feeling) + ", " + feelingWords[*d.Feeling] + ")"
	}
	return head
}

// DecisionValues writes the values a decision honoured and compromised:
// "honoured Trust; compromised Speed", or "" when it named none.
func DecisionValues(all []data.Value, d data.Decision) string {
	var values []string
	if names := ValueNames(all, d.Honoured); names != "" {
		values = append(values, "honoured "+names)
	}
	if names := ValueNames(all, d.Compromised); names != "" {
		values = append(values, "compromised "+names)
	}
	return strings.Join(values, "; ")
}

// Quote returns text on one line, cut at a word after QuoteLimit
// characters with "…".
func Quote(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= QuoteLimit {
		return text
	}
	runes := []rune(text)[:QuoteLimit]
	cut := string(runes)
	if i := strings.LastIndex(cut, " "); i > QuoteLimit/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + "…"
}
