package data

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxEcho is how many characters of a person's text a sentence repeats:
// a name, a value or a path longer than that is shown by its start and its
// end, so that a 10,000-character name does not fill the screen (or the
// terminal) with itself.
const maxEcho = 200

// Shorten returns s as a sentence may repeat it: whole when it is short,
// otherwise its start and its end around an ellipsis, with its length.
func Shorten(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= maxEcho {
		return s
	}
	runes := []rune(s)
	return fmt.Sprintf("%s…%s (%d characters)", string(runes[:maxEcho*2/3]), string(runes[n-maxEcho/4:]), n)
}

// shortenArgs shortens the text among args (see Shorten).
func shortenArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if s, ok := a.(string); ok {
			a = Shorten(s)
		}
		out[i] = a
	}
	return out
}

// shortenRuns shortens every run of text without a space in it that is
// longer than a sentence repeats: a path or a name put into a sentence by
// hand rather than through Errorf.
func shortenRuns(text string) string {
	if utf8.RuneCountInString(text) <= maxEcho {
		return text
	}
	var b strings.Builder
	run := []rune{}
	flush := func() {
		b.WriteString(Shorten(string(run)))
		run = run[:0]
	}
	for _, r := range text {
		if unicode.IsSpace(r) {
			flush()
			b.WriteRune(r)
			continue
		}
		run = append(run, r)
	}
	flush()
	return b.String()
}
