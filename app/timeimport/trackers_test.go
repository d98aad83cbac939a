package timeimport

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// A time tracker's export with bad rows: each is skipped and named by its
// line, and every other entry is read.
func TestBadRowsOfATrackerExportAreSkippedAndNamed(t *testing.T) {
	ti, _ := importer(t)
	csv := "\ufeffStart date,Start time,Duration,Description,Project\n" +
		"2026-10-05,09:00,1:00,Interviews,Hiring\n" + // line 2
		"2026-10-05,10:00,1:00,5\" screen,Hiring\n" + // 3: a quote in a field not quoted
		"2026-10-05,11:00,1:00,\"Unclosed,Hiring\n" + // 4: a quote never closed, which swallowed the rest
		"2026-10-05,12:00,1:00,\"Multi\nline\",Hiring\n" + // 5–6: one entry over two lines
		"2026-10-32,13:00,1:00,Bad day,Hiring\n" + // 7
		"2026-10-05,14:00,1:00,Caf\xe9,Hiring\n" + // 8: not UTF-8
		"2026-10-05,15:00,1:00,Last,Hiring\n" // 9
	p, err := ti.Preview(context.Background(), "toggl.csv", strings.NewReader(csv), october)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range p.Items {
		got = append(got, it.Title)
	}
	if want := []string{"Interviews", "Multi\nline", "Caf�", "Last"}; !slices.Equal(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
	want := []string{
		"line 3: the row is not CSV (bare \" in non-quoted-field); skipped",
		"line 4: the row is not CSV (extraneous or missing \" in quoted-field); skipped",
		"line 7: the entry “Bad day” cannot be read: its start: “2026-10-32” is not a date; skipped",
		"line 8: 'Caf�' holds bytes that are not UTF-8 text; read with � in their place",
	}
	if texts := strings.Split(problemTexts(p.Reading), "\n"); !slices.Equal(texts, want) {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(texts, "\n"), strings.Join(want, "\n"))
	}
	if got := ReadText(p.Reading); got != "4 entries read; 3 entries skipped." {
		t.Errorf("ReadText = %q", got)
	}
}

// A spreadsheet saved as “Unicode text”: UTF-16 with its byte order mark,
// tabs between fields.
func TestATrackerExportInUTF16IsRead(t *testing.T) {
	ti, _ := importer(t)
	text := "Start date\tStart time\tDuration\tDescription\tProject\r\n2026-10-05\t09:00\t1:00\tCafé planning\tHiring\r\n"
	units := utf16.Encode([]rune(text))
	raw := []byte{0xff, 0xfe}
	for _, u := range units {
		raw = append(raw, byte(u), byte(u>>8))
	}
	p, err := ti.Preview(context.Background(), "toggl.csv", bytes.NewReader(raw), october)
	if err != nil || len(p.Items) != 1 || p.Items[0].Title != "Café planning" {
		t.Fatalf("%v: %+v", err, p.Items)
	}
}
