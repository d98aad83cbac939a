package document_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"daymark/app"
	"daymark/app/apptest"
	"daymark/app/document"
	"daymark/data"
)

func TestOnlyTextThatWouldRunAsAFormulaIsNeutralised(t *testing.T) {
	cases := map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1+1":                     "'+1+1",
		"-2+3":                     "'-2+3",
		"-1, quoted":               "'-1, quoted",
		"@SUM(A1)":                 "'@SUM(A1)",
		"＝1+1":                     "'＝1+1",
		"\tindent":                 "'\tindent",
		"\rreturn":                 "'\rreturn",
		"-2":                       "-2", // a number, which a spreadsheet reads as one
		"+1.5":                     "+1.5",
		"People":                   "People",
		"":                         "",
		"1+1":                      "1+1",
	}
	for in, want := range cases {
		if got := document.Neutral(in); got != want {
			t.Errorf("neutral(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every character of every cell survives, numbers stay numbers, and text
// is quoted where it must be: a CSV read back gives what was written, but
// for the ' in front of a formula.
func TestCSVKeepsEveryCharacterAndNumbersStayNumbers(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	day := data.NewDay(data.NewDate(2026, 11, 20))
	day.Note = "carriage\rreturn, line\nfeed, both\r\n, \"quotes\", tab\t, and 🚀"
	day.Planned = map[int64]int{dims[0].ID: 90}
	if err := store.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	feeling, confidence := -2, 7
	decisions := []document.Decision{{Date: "2026-11-20", Title: "=1+1", Feeling: &feeling, Confidence: &confidence, Situation: day.Note}, {Date: "2026-11-21", Title: "-1", Feeling: nil}}

	var days, ds bytes.Buffer
	if err := document.ExportDaysCSV(ctx, store, &days); err != nil {
		t.Fatal(err)
	}
	if err := document.WriteDecisionsCSV(&ds, decisions); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(days.String(), `2026-11-20,My self,90,0,"carriage`+"\r"+`return`) {
		t.Errorf("numbers are not bare or the note lost its carriage return:\n%q", days.String())
	}
	if !strings.Contains(ds.String(), `2026-11-20,'=1+1,,-2,7,`) || !strings.Contains(ds.String(), "2026-11-21,-1,,,,") {
		t.Errorf("decisions:\n%q", ds.String())
	}
	raw := days.String()
	if !strings.Contains(raw, `"`+strings.ReplaceAll(day.Note, `"`, `""`)+`"`) {
		t.Errorf("the note is not in the file as it was: %q", raw)
	}
	rows, err := csv.NewReader(&days).ReadAll()
	if err != nil || len(rows) != 5 || rows[1][2] != "90" {
		t.Fatalf("%q, %v", rows, err)
	}
}

func TestExportDaysCSV(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	dims := app.NewDimensions(store)
	evil := data.Dimension{Name: "=cmd|'/c calc'!A1"}
	if err := dims.Create(ctx, &evil); err != nil {
		t.Fatal(err)
	}
	all, err := dims.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	day := data.NewDay(data.NewDate(2026, 11, 20))
	day.Note = "-1, \"quoted\",\nand a second line"
	day.Planned = map[int64]int{all[1].ID: 90, evil.ID: 15}
	day.Actual = map[int64]int{all[1].ID: 105}
	if err := store.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}

	var buf bytes.Buffer
	if err := document.ExportDaysCSV(ctx, store, &buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\r\n") {
		t.Error("rows do not end with CRLF (RFC 4180)")
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 6 || strings.Join(rows[0], ",") != "date,dimension,planned_minutes,actual_minutes,note" {
		t.Fatalf("rows = %q", rows)
	}
	people := rows[2]
	if people[0] != "2026-11-20" || people[1] != "People" || people[2] != "90" || people[3] != "105" || people[4] != "'-1, \"quoted\",\nand a second line" {
		t.Errorf("People row = %q", people)
	}
	last := rows[5]
	if last[1] != "'=cmd|'/c calc'!A1" || last[2] != "15" {
		t.Errorf("the formula-like name came out as %q", last)
	}
}

func TestExportValuesCSV(t *testing.T) {
	store := apptest.OpenStore(t)
	addValues(t, store)
	var buf bytes.Buffer
	if err := document.ExportValuesCSV(context.Background(), store, &buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || strings.Join(rows[0], ",") != "kind,rank,name,meaning,behaviours,slippery,archived" {
		t.Fatalf("rows = %q", rows)
	}
	if r := rows[1]; r[0] != "personal" || r[1] != "1" || r[2] != "Trust" || r[4] != "share bad news early\nadmit mistakes" || r[6] != "false" {
		t.Errorf("Trust = %q", r)
	}
	if r := rows[2]; r[2] != "Équité & “fairness”" || r[6] != "true" {
		t.Errorf("the archived value = %q", r)
	}
}
