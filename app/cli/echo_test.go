package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"daymark/data"
)

// What the command line says back of a person's text is short enough to
// read: a 10,000-character name, value or path shows its start and end.
func TestATenThousandCharacterNameIsNotEchoedWhole(t *testing.T) {
	db := sample(t)
	long := strings.Repeat("a", 10_000)
	words := strings.Repeat("word ", 2_000)
	cases := [][]string{
		{"decisions", "--db", db, "--value", long},
		{"decisions", "--db", db, "--value", words},
		{"export", "--db", db, "--format", "csv", "--list", long},
		{"export", "--db", db, "--format", long},
		{"import", "--db", db, filepath.Join(t.TempDir(), long+".json")},
		{"demo", "--db", filepath.Join(t.TempDir(), long+".db")},
		{"balance", "--db", db, "--from", long, "--to", "2026-01-01"},
		{long},
		{"export", "--" + long},
	}
	for _, c := range cases {
		code, _, errs := daymark(t, c[0], c[1:]...)
		if code == 0 || len(errs) > 1000 || !strings.Contains(errs, "…") {
			t.Errorf("%.40s…: exit %d, %d bytes on stderr: %.300q", strings.Join(c, " "), code, len(errs), errs)
		}
	}
}

// Text from the data that reaches a terminal carries no control
// sequences: a name or a title cannot clear the screen, move the cursor
// or set the window's title. JSON and CSV keep every character.
func TestTextFromTheDataReachesTheTerminalWithoutControlSequences(t *testing.T) {
	db := filepath.Join(t.TempDir(), "evil.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	evil := data.Dimension{Name: "Evil\x1b]0;pwned\x07\x1b[2J\u009b31m\r!", Colour: "#123456"}
	if err := s.CreateDimension(ctx, &evil); err != nil {
		t.Fatal(err)
	}
	date := data.NewDate(2026, 3, 2)
	if err := s.SaveDay(ctx, data.Day{Date: date, Planned: map[int64]int{evil.ID: 60}, Actual: map[int64]int{}}); err != nil {
		t.Fatal(err)
	}
	d := data.Decision{Date: date, Title: "Red \x1b[31mtitle\x1b[0m\x07 bell", DimensionID: evil.ID}
	if err := s.SaveDecision(ctx, &d); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ics := filepath.Join(t.TempDir(), "evil.ics")
	if err := os.WriteFile(ics, []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:e1\r\nDTSTAMP:20260302T090000Z\r\nDTSTART:20260302T090000Z\r\nDTEND:20260302T100000Z\r\nSUMMARY:Stand-up \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ done\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	for _, c := range [][]string{
		{"balance", "--from", "2026-03-01", "--to", "2026-03-31"},
		{"decisions"},
		{"import", "--from", "2026-03-02", "--to", "2026-03-02", "--dry-run", ics},
		{"decisions", "--value", "\x1b[2Jnone"},
	} {
		code, out, errs := daymark(t, c[0], append([]string{"--db", db}, c[1:]...)...)
		both := out + errs
		if strings.ContainsAny(both, "\x1b\x07\r\u009b") {
			t.Errorf("%s printed a control character: %q", c[0], both)
		}
		if code == 0 && !strings.Contains(out, "Evil!") && !strings.Contains(out, "Red title bell") && !strings.Contains(out, "Stand-up link done") {
			t.Errorf("%s lost the text around the sequences: %q", c[0], out)
		}
	}
	_, out, _ := daymark(t, "export", "--db", db, "--format", "csv")
	if !strings.Contains(out, "Evil\x1b]0;pwned\x07\x1b[2J\u009b31m\r!") {
		t.Errorf("the CSV lost characters of the name: %q", out)
	}
}
