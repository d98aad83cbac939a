package app

import (
	"strings"
	"unicode/utf8"

	"daymark/data"
)

// valueNames writes the names of the values ids, among all: "Trust, Speed".
func valueNames(all []data.Value, ids []int64) string {
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

// briefTextLimit is how many characters of a decision's situation or
// reason a brief quotes: enough to say what it was about.
const briefTextLimit = 300

// feelingWords name the feelings as the decision form does.
var feelingWords = map[int]string{-2: "very uncomfortable", -1: "uncomfortable", 0: "neither", 1: "comfortable", 2: "very comfortable"}

// decisionHead writes a decision's date (within rng), title and feeling:
// "3 Mar, Delay the launch (felt −1, uncomfortable)".
func decisionHead(rng Range, d data.Decision) string {
	head := rng.DateIn(d.Date, ShortDates) + ", " + d.Title
	if d.Feeling != nil {
		head += " (felt " + Signed(*d.Feeling) + ", " + feelingWords[*d.Feeling] + ")"
	}
	return head
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
