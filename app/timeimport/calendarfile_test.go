package timeimport

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"daymark/app/apptest"
	"daymark/data"
)

// Calendars as they really are: the awkward files of testdata/calendars
// are each read, skipping and naming what cannot be, or refused with the
// line where reading failed; never a panic or a runtime error.

// corpus is what each file of testdata/calendars gives, read for October
// 2026 in London: the events read, the lines of what was skipped (lines
// and events) and of what was mended, or the start of the refusal.
var corpus = map[string]struct {
	read            int
	skipped, mended []int
	refused         string
}{
	"bom.ics":                            {read: 2},
	"crlf-and-lf.ics":                    {read: 2},
	"cr-only.ics":                        {read: 1},
	"folded-inside-utf8.ics":             {read: 1},
	"stray-lines.ics":                    {read: 3, skipped: []int{10, 17, 24}},
	"properties-before-calendar.ics":     {read: 1, skipped: []int{1, 2}},
	"unknown-components.ics":             {read: 1},
	"duplicated-end.ics":                 {read: 2, skipped: []int{10, 18}},
	"missing-final-end.ics":              {read: 2, mended: []int{1}},
	"truncated.ics":                      {read: 1, skipped: []int{10}, mended: []int{1}},
	"long-lines.ics":                     {read: 2, skipped: []int{362}},
	"missing-end-event.ics":              {read: 2, mended: []int{4}},
	"events-after-end.ics":               {read: 2, mended: []int{11}},
	"not-utf8.ics":                       {read: 1, mended: []int{6}},
	"broken-parameters.ics":              {read: 1, skipped: []int{9, 10, 11, 12, 13}},
	"unreadable-events.ics":              {read: 1, skipped: []int{4, 8, 14}},
	"several-calendars.ics":              {read: 2},
	"free-events.ics":                    {read: 5},
	"duplicate-uids.ics":                 {read: 3},
	"overlapping-ties.ics":               {read: 4},
	"utf16.ics":                          {read: 1},
	"joined-with-byte-order-marks.ics":   {read: 2},
	"event-inside-unknown-component.ics": {read: 1, skipped: []int{12}, mended: []int{4}},

	"refused-not-a-calendar.ics":    {refused: "line 1: '<!DOCTYPE html>' is not BEGIN:VCALENDAR: this is not an iCalendar file (.ics)"},
	"refused-vcard.ics":             {refused: "line 1: 'BEGIN:VCARD' is not BEGIN:VCALENDAR"},
	"refused-binary.ics":            {refused: "line 1: "},
	"refused-no-readable-event.ics": {refused: "no event of the calendar could be read: line 4: the event “No start” cannot be read: it has no start (DTSTART)"},
	"refused-no-events.ics":         {refused: "line 5: the file ends without an event (BEGIN:VEVENT) in it"},
	"refused-nested-too-deep.ics":   {refused: "line 11: the calendar nests components more than 8 deep"},
}

var lineNumber = regexp.MustCompile(`^line (\d+): `)

func TestEveryAwkwardCalendarIsReadOrRefusedWithItsLine(t *testing.T) {
	files, err := os.ReadDir(apptest.Testdata(t, "calendars"))
	if err != nil {
		t.Fatal(err)
	}
	ti, _ := importer(t)
	for _, f := range files {
		t.Run(f.Name(), func(t *testing.T) {
			want, ok := corpus[f.Name()]
			if !ok {
				t.Fatalf("testdata/calendars/%s has no expectation in corpus", f.Name())
			}
			raw := apptest.Fixture(t, filepath.Join("calendars", f.Name()))
			lines := bytes.Count(raw, []byte("\n")) + 1
			p, err := ti.Preview(context.Background(), f.Name(), bytes.NewReader(raw), october)
			if want.refused != "" {
				var de *data.Error
				if err == nil || !errors.As(err, &de) || !strings.HasPrefix(de.Message, want.refused) && !strings.Contains(de.Message, ": "+want.refused) {
					t.Fatalf("error %v, want one starting %q", err, want.refused)
				}
				if !regexp.MustCompile(`line \d+: `).MatchString(de.Message) || strings.Contains(de.Message, "runtime error") {
					t.Errorf("the refusal names no line, or is not a sentence: %q", de.Message)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var skipped, mended []int
			for _, pr := range p.Problems {
				m := lineNumber.FindStringSubmatch(pr.Text)
				if m == nil || m[1] != strconv.Itoa(pr.Line) || pr.Line < 1 || pr.Line > lines {
					t.Errorf("a problem does not begin with its line (%d of %d): %q", pr.Line, lines, pr.Text)
				}
				if strings.Contains(pr.Text, "runtime error") || strings.Contains(pr.Text, "ical:") || strings.Contains(pr.Text, errReaderFailed.Error()) {
					t.Errorf("not a sentence: %q", pr.Text)
				}
				if pr.Left == "" {
					mended = append(mended, pr.Line)
				} else {
					skipped = append(skipped, pr.Line)
				}
			}
			if p.Read != want.read || !slices.Equal(skipped, want.skipped) || !slices.Equal(mended, want.mended) {
				t.Errorf("read %d, skipped at %v, mended at %v; want %d, %v, %v\n%s", p.Read, skipped, mended, want.read, want.skipped, want.mended, problemTexts(p.Reading))
			}
			if p.LinesSkipped+p.ItemsSkipped != len(skipped) {
				t.Errorf("%d lines and %d events skipped, %d listed", p.LinesSkipped, p.ItemsSkipped, len(skipped))
			}
			parts := map[[3]string]bool{}
			for _, e := range p.batch.Events {
				k := [3]string{e.UID, e.Occurrence, e.Date.String()}
				if parts[k] {
					t.Errorf("%s counts twice on %s", e.Title, e.Date)
				}
				parts[k] = true
			}
			for _, d := range p.Days {
				total := 0
				for _, m := range d.After {
					total += m
				}
				if total > data.MinutesPerDay {
					t.Errorf("%s holds %d minutes", d.Date, total)
				}
			}
		})
	}
	for name := range corpus {
		if _, err := os.Stat(apptest.Testdata(t, filepath.Join("calendars", name))); err != nil {
			t.Errorf("corpus expects %s, which is not in testdata/calendars", name)
		}
	}
}

// readFile reads a calendar of the corpus for October, in London.
func readFile(t *testing.T, name string) Reading {
	t.Helper()
	r, err := ReadCalendar(bytes.NewReader(apptest.Fixture(t, name)), ReadOptions{From: october.From, To: october.To, Location: apptest.London, Rules: data.ImportRules{AllDayMinutes: 480}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func titles(r Reading) []string {
	var out []string
	for _, it := range r.Items {
		out = append(out, it.Title)
	}
	return out
}

func TestAwkwardCalendarsAreReadAsTheyMeant(t *testing.T) {
	cases := []struct {
		file     string
		titles   []string
		problems []string
	}{
		{"bom.ics", []string{"Lunch, Alex", "Roadmap review"}, nil},
		{"folded-inside-utf8.ics", []string{"Café ☕ planning with the team"}, nil},
		{"stray-lines.ics", []string{"1:1 Priya", "Customer call", "Interview"}, []string{
			"line 10: 'X-APPLE-RADIUS=49.9…' is not a calendar line; skipped",
			"line 17: 'X-APPLE-RADIUS=120.5' is not a calendar line; skipped",
			"line 24: 'this line is not a …' is not a calendar line; skipped",
		}},
		{"properties-before-calendar.ics", []string{"Strategy"}, []string{
			"line 1: 'PRODID:-//Some expo…' is outside the calendar; skipped",
			"line 2: 'VERSION:2.0' is outside the calendar; skipped",
		}},
		{"duplicated-end.ics", []string{"Retro", "Roadmap"}, []string{
			"line 10: 'END:VEVENT' closes nothing that is open; skipped",
			"line 18: 'END:VCALENDAR' closes nothing that is open; skipped",
		}},
		{"missing-final-end.ics", []string{"Strategy", "Interview"}, []string{"line 1: the calendar has no END:VCALENDAR; read to the end of the file"}},
		{"truncated.ics", []string{"Retro"}, []string{
			"line 1: the calendar has no END:VCALENDAR; read to the end of the file",
			"line 10: the event “Roadmap” is cut short by the end of the file; skipped",
		}},
		{"missing-end-event.ics", []string{"Retro", "Roadmap"}, []string{"line 4: the event “Retro” has no END:VEVENT; read as ending before line 9"}},
		{"events-after-end.ics", []string{"Retro", "Interview"}, []string{"line 11: 'BEGIN:VEVENT' comes after the calendar's END:VCALENDAR; read as part of that calendar"}},
		{"not-utf8.ics", []string{"Caf� strategy"}, []string{"line 6: 'SUMMARY:Caf� strate…' holds bytes that are not UTF-8 text; read with � in their place"}},
		{"broken-parameters.ics", []string{"1:1 Sam"}, []string{
			"line 9: 'ORGANIZER;CN=Robin …' is not a calendar line; skipped",
			"line 10: 'ATTENDEE;CN=\"Sam:ma…' is not a calendar line; skipped",
			"line 11: 'X-THING;A=\"b\"c:d' is not a calendar line; skipped",
			"line 12: ';X=1:y' is not a calendar line; skipped",
			"line 13: 'DTSTAMP;:20261001T0…' is not a calendar line; skipped",
		}},
		{"unreadable-events.ics", []string{"Retro"}, []string{
			"line 4: the event “No start” cannot be read: it has no start (DTSTART); skipped",
			"line 8: the event “Bad start” cannot be read: its start: '2026-10-27 09:00' is not a date or a date and time; skipped",
			"line 14: the event “Bad rule” cannot be read: its repeat rule (RRULE): undefined frequency: SOMETIMES; skipped",
		}},
		{"several-calendars.ics", []string{"Retro", "Lunch"}, nil},
		{"utf16.ics", []string{"Café strategy"}, nil},
		{"joined-with-byte-order-marks.ics", []string{"Retro", "Interview"}, nil},
		{"event-inside-unknown-component.ics", []string{"Strategy"}, []string{
			"line 4: 'BEGIN:X-WRAPPER' has no END:X-WRAPPER; read as ending before line 6",
			"line 12: 'END:X-WRAPPER' closes nothing that is open; skipped",
		}},
		// The same UID twice at different times is two events; the same
		// event twice is one.
		{"duplicate-uids.ics", []string{"Retro", "Retro"}, nil},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			r := readFile(t, filepath.Join("calendars", c.file))
			if got := titles(r); !slices.Equal(got, c.titles) {
				t.Errorf("titles %q, want %q", got, c.titles)
			}
			if got := problemTexts(r); got != strings.Join(c.problems, "\n") {
				t.Errorf("problems\n%s\nwant\n%s", got, strings.Join(c.problems, "\n"))
			}
		})
	}
	long := readFile(t, filepath.Join("calendars", "long-lines.ics"))
	if n := len([]rune(long.Items[0].Title)); n != data.MaxImportTitle {
		t.Errorf("a title of 1,009 characters is kept to %d", n)
	}
}

func TestACalendarReadsTheSameWithAByteOrderMarkOrAStrayLineInEachEvent(t *testing.T) {
	work := string(apptest.Fixture(t, "work.ics"))
	opts := ReadOptions{From: october.From, To: october.To, Location: apptest.London, Rules: data.ImportRules{AllDayMinutes: 480}}
	clean, err := ReadCalendar(strings.NewReader(work), opts)
	if err != nil {
		t.Fatal(err)
	}
	bom, err := ReadCalendar(strings.NewReader("\ufeff"+work), opts)
	if err != nil || !reflect.DeepEqual(bom, clean) {
		t.Errorf("with a byte order mark: %v\n%+v\nwant\n%+v", err, bom, clean)
	}
	stray, at := withStrayLines(work)
	r, err := ReadCalendar(strings.NewReader(stray), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r.Items, clean.Items) || !reflect.DeepEqual(r.Skipped, clean.Skipped) || r.Read != clean.Read {
		t.Errorf("with stray lines, %d items and %d events read; without, %d and %d", len(r.Items), r.Read, len(clean.Items), clean.Read)
	}
	var lines []int
	for _, p := range r.Problems {
		lines = append(lines, p.Line)
		if want := "line " + strconv.Itoa(p.Line) + ": 'X-APPLE-RADIUS=49.9…' is not a calendar line; skipped"; p.Text != want {
			t.Errorf("%q, want %q", p.Text, want)
		}
	}
	if len(at) < 10 || !slices.Equal(lines, at) || r.LinesSkipped != len(at) {
		t.Errorf("skipped lines %v (%d), want %v", lines, r.LinesSkipped, at)
	}
	if got := ReadText(r); got != strconv.Itoa(clean.Read)+" events read; "+strconv.Itoa(len(at))+" lines skipped." {
		t.Errorf("ReadText = %q", got)
	}
}

func TestCalendarsThatCannotBeReadAreRefusedWithTheirLine(t *testing.T) {
	opts := ReadOptions{From: october.From, To: october.To, Location: apptest.London}
	cases := []struct{ name, ics, want string }{
		{"not a calendar", "hello", "line 1: 'hello' is not BEGIN:VCALENDAR: this is not an iCalendar file (.ics)"},
		{"blank", "  \n", "the file is empty"},
		{"blank lines then text", "\r\n\r\n\x1b[31mred", "line 3: '�[31mred' is not BEGIN:VCALENDAR"},
		{"cut short", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\n", "no event of the calendar could be read: line 2: the event without a title is cut short by the end of the file"},
		{"mismatched", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", "no event of the calendar could be read: line 2: the event without a title cannot be read: it has no start (DTSTART)"},
		{"only a stray line", "BEGIN:VCALENDAR\r\nX;A=" + strings.Repeat("a", 9000) + "\r\nEND:VCALENDAR\r\n", "no event of the calendar could be read: line 2: 'X;A=aaaaaaaaaaaaaaa…' is not a calendar line"},
		{"no events", "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nEND:VTODO\r\nEND:VCALENDAR\r\n\r\n", "line 4: the file ends without an event (BEGIN:VEVENT) in it: there is nothing to import"},
		{"nested for ever", "BEGIN:VCALENDAR\r\n" + strings.Repeat("BEGIN:X\r\n", 20), "line 9: the calendar nests components more than 8 deep"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadCalendar(strings.NewReader(c.ics), opts)
			if err == nil || !strings.HasPrefix(data.ErrorMessage(err), c.want) || data.ErrorCode(err) != data.EInvalid {
				t.Errorf("error = %v, want %q", err, c.want)
			}
		})
	}
}

func TestContentLines(t *testing.T) {
	cases := []struct {
		line, name, params, value string
		ok                        bool
	}{
		{"SUMMARY:Lunch", "SUMMARY", "map[]", "Lunch", true},
		{"dtstart;tzid=Europe/London:20261005T090000", "DTSTART", "map[TZID:[Europe/London]]", "20261005T090000", true},
		{`ATTENDEE;CN="Lee, Robin";MEMBER="a:b","c":mailto:r@x`, "ATTENDEE", "map[CN:[Lee, Robin] MEMBER:[a:b c]]", "mailto:r@x", true},
		{"X-EMPTY;A=:", "X-EMPTY", "map[A:[]]", "", true},
		{"DESCRIPTION:a: b; c", "DESCRIPTION", "map[]", "a: b; c", true},
		{"X-APPLE-RADIUS=49.9", "", "", "", false},
		{"ORGANIZER;CN=Robin", "", "", "", false},
		{`X;A="b"c:d`, "", "", "", false},
		{`X;A="b:d`, "", "", "", false},
		{"X;=a:b", "", "", "", false},
		{"X;A:b", "", "", "", false},
		{":value", "", "", "", false},
		{"NAME WITH SPACE:x", "", "", "", false},
		{"X;A=b", "", "", "", false},
	}
	for _, c := range cases {
		p, ok := contentLine(c.line)
		if ok != c.ok || ok && (p.Name != c.name || strings.TrimPrefix(reflectParams(p.Params), "ical.Params") != c.params || p.Value != c.value) {
			t.Errorf("contentLine(%q) = %+v, %v", c.line, p, ok)
		}
	}
}

func reflectParams(p map[string][]string) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.WriteString("map[")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(k + ":[" + strings.Join(p[k], " ") + "]")
	}
	return b.String() + "]"
}

// Some programs write one UID on every occurrence of a meeting, each as
// an event of its own: each counts, and the same event written twice
// counts once.
func TestOneUIDOnSeveralEventsCountsEachOnce(t *testing.T) {
	ti, dims := importer(t)
	p := preview(t, ti, "calendars/duplicate-uids.ics", october)
	if got, want := previewDay(t, p, data.NewDate(2026, 10, 29)).After, minutes(dims, orgImprovement, 120); !reflect.DeepEqual(got, want) {
		t.Errorf("29 October: %v, want %v", got, want)
	}
}
