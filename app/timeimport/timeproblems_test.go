package timeimport

import (
	"strings"
	"testing"

	"daymark/app"
)

func TestMessagesCutLongTextsAndShowWhatCanBeShown(t *testing.T) {
	long := strings.Repeat("é", 10_000_000)
	cases := []struct{ got, want string }{
		{app.Clip("abcd", 3), "ab…"},
		{app.Clip("abc", 3), "abc"},
		{app.Clip("", 3), ""},
		{app.Clip("ééééé", 4), "ééé…"},
		{app.Clip(long, 5), "éééé…"},
		{quoteLine("X-APPLE-RADIUS=49.91307046514149"), "'X-APPLE-RADIUS=49.9…'"},
		{quoteLine("X-APPLE-RADIUS=120.5"), "'X-APPLE-RADIUS=120.5'"},
		{quoteLine("\x1b[31mred\tbytes \xff\xfe"), "'�[31mred�bytes �'"},
		{quoteLine(long), "'" + strings.Repeat("é", 19) + "…'"},
		{quoteTitle("  Lunch\r\nwith Alex "), "“Lunch  with Alex”"},
		{quoteTitle(" \t "), "without a title"},
		{quoteTitle(long), "“" + strings.Repeat("é", 39) + "…”"},
		{ReadText(Reading{Kind: KindCalendar, Read: 1}), "1 event read."},
		{ReadText(Reading{Kind: KindCalendar, Read: 40, ItemsSkipped: 1, LinesSkipped: 3}), "40 events read; 1 event and 3 lines skipped."},
		{ReadText(Reading{Kind: KindToggl, Read: 4, ItemsSkipped: 2}), "4 entries read; 2 entries skipped."},
		{UnlistedText(Reading{Unlisted: 12}), "… and 12 more problems, not listed."},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: %q, want %q", i, c.got, c.want)
		}
	}
}

func TestAMillionBrokenLinesAreCountedAndAThousandListed(t *testing.T) {
	var r Reading
	for i := 1; i <= 1_000_000; i++ {
		r.problem(i, LeftLine, "%s is not a calendar line; skipped", quoteLine("x"))
	}
	if len(r.Problems) != maxProblems || r.Unlisted != 1_000_000-maxProblems || r.LinesSkipped != 1_000_000 || r.Problems[999].Text != "line 1000: 'x' is not a calendar line; skipped" {
		t.Errorf("%d listed, %d not, %d counted; last %q", len(r.Problems), r.Unlisted, r.LinesSkipped, r.Problems[len(r.Problems)-1].Text)
	}
}
