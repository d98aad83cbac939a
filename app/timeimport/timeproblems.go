package timeimport

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"daymark/app"
	"daymark/data"
)

// What reading a calendar or a tracker's export left out, or read other
// than as written: each such line, event or entry is named by its line in
// the file, in a sentence, so that nothing is skipped silently.

// A Problem is a line of a file, or an event or entry, that was not read
// as written. Text is a sentence that begins with the line:
// "line 13: 'X-APPLE-RADIUS=49.9…' is not a calendar line; skipped".
type Problem struct {
	Line int
	Left string // LeftLine, LeftItem, or "" when everything was read, mended
	Text string
}

// What a problem left out.
const (
	LeftLine = "line" // a line was skipped
	LeftItem = "item" // an event (or a tracker's entry) was skipped
)

// maxProblems bounds the problems a reading lists: a file of a million
// broken lines is counted whole but listed only so far.
const maxProblems = 1000

// problem notes what reading left out at a line of the file.
func (r *Reading) problem(line int, left, format string, args ...any) {
	switch left {
	case LeftLine:
		r.LinesSkipped++
	case LeftItem:
		r.ItemsSkipped++
	}
	if len(r.Problems) >= maxProblems {
		r.Unlisted++
		return
	}
	text := visible(fmt.Sprintf(format, args...)) // a library's error may quote the file
	r.Problems = append(r.Problems, Problem{Line: line, Left: left, Text: fmt.Sprintf("line %d: ", line) + text})
}

// visible shows what a terminal or a label cannot (control characters,
// bytes that are not UTF-8) as �.
func visible(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '�'
		}
		return r
	}, strings.ToValidUTF8(s, "�"))
}

// sortProblems puts the problems in the order of the file's lines.
func (r *Reading) sortProblems() {
	sort.SliceStable(r.Problems, func(i, j int) bool { return r.Problems[i].Line < r.Problems[j].Line })
}

// nothingRead refuses a reading from which no event or entry (what) could
// be read, with the first problem that left something out and its line;
// with none, empty. It is nil when something was read.
func (r *Reading) nothingRead(what string, empty error) error {
	if r.Read > 0 {
		return nil
	}
	for _, p := range r.Problems {
		if p.Left != "" {
			return data.Errorf(data.EInvalid, "no %s could be read: %s", what, strings.TrimSuffix(p.Text, "; skipped"))
		}
	}
	return empty
}

// ReadText says how much of the file was read: "40 events read; 2 events
// and 3 lines skipped."
func ReadText(r Reading) string {
	one, many := "event", "events"
	if r.Kind != KindCalendar {
		one, many = "entry", "entries"
	}
	count := func(n int) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	text := count(r.Read) + " read"
	var skipped []string
	if r.ItemsSkipped > 0 {
		skipped = append(skipped, count(r.ItemsSkipped))
	}
	if r.LinesSkipped > 0 {
		skipped = append(skipped, app.Plural(r.LinesSkipped, "line"))
	}
	if len(skipped) > 0 {
		text += "; " + strings.Join(skipped, " and ") + " skipped"
	}
	return text + "."
}

// UnlistedText says how many problems are not listed, or "" when all are.
func UnlistedText(r Reading) string {
	if r.Unlisted == 0 {
		return ""
	}
	if r.Unlisted == 1 {
		return "… and 1 more problem, not listed."
	}
	return fmt.Sprintf("… and %d more problems, not listed.", r.Unlisted)
}

// quoteLine shows a line of a file in a message: between single quotes,
// cut to 20 characters, with what a terminal or a label cannot show (control
// characters, bytes that are not UTF-8) as �.
func quoteLine(s string) string {
	return "'" + visible(app.Clip(s, 20)) + "'"
}

// quoteTitle shows an event's or an entry's title in a message.
func quoteTitle(title string) string {
	title = strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, app.Clip(strings.TrimSpace(title), 40)))
	if title == "" {
		return "without a title"
	}
	return "“" + title + "”"
}
