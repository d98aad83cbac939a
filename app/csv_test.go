package app

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"daymark/data"
)

func TestSafeCell(t *testing.T) {
	cases := map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1":                       "'+1",
		"-2":                       "'-2",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\tindent":                 "'\tindent",
		"\rreturn":                 "'\rreturn",
		"People":                   "People",
		"":                         "",
		"1+1":                      "1+1",
	}
	for in, want := range cases {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExportDaysCSV(t *testing.T) {
	store := openStore(t)
	ctx := context.Background()
	dims := NewDimensions(store)
	evil := data.Dimension{Name: "=cmd|'/c calc'!A1"}
	if err := dims.Create(ctx, &evil); err != nil {
		t.Fatal(err)
	}
	all, _ := dims.List(ctx)
	day := data.NewDay(data.NewDate(2026, 11, 20))
	day.Note = "-1, \"quoted\",\nand a second line"
	day.Planned = map[int64]int{all[1].ID: 90, evil.ID: 15}
	day.Actual = map[int64]int{all[1].ID: 105}
	if err := store.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}

	var buf bytes.Buffer
	if err := ExportDaysCSV(ctx, store, &buf); err != nil {
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
	store := openStore(t)
	addValues(t, store)
	var buf bytes.Buffer
	if err := ExportValuesCSV(context.Background(), store, &buf); err != nil {
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
