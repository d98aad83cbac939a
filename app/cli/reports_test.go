package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"daymark/data"
)

// The commands that print or write what the database holds: balance,
// values, decisions and the coaching brief.

func TestBalanceCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "balance.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	me, people := dims[0].ID, dims[1].ID
	if err := s.SaveDays(ctx, []data.Day{
		{Date: data.NewDate(2026, 3, 1), Planned: map[int64]int{me: 120, people: 60}, Actual: map[int64]int{me: 100, people: 90}},
		{Date: data.NewDate(2026, 3, 3), Planned: map[int64]int{me: 60}, Actual: map[int64]int{}},
		{Date: data.NewDate(2026, 3, 5), Planned: map[int64]int{}, Actual: map[int64]int{people: 30}},
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveTarget(ctx, data.Target{From: data.NewDate(2026, 2, 1), Minutes: map[int64]int{me: 100}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveTarget(ctx, data.Target{From: data.NewDate(2026, 3, 3), Minutes: map[int64]int{me: 50, people: 20}}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	code, out, errs := daymark(t, "balance", "--db", db, "--from", "2026-03-01", "--to", "2026-03-04", "--format", "json")
	if code != 0 {
		t.Fatal(errs)
	}
	var doc struct {
		From, To   string
		Days       int
		Planned    int `json:"days_with_plan"`
		Actual     int `json:"days_with_actual"`
		Dimensions []struct {
			Name    string
			Planned int `json:"planned_minutes"`
			Actual  int `json:"actual_minutes"`
			Target  int `json:"target_minutes"`
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	// My self: planned 120+60, actual 100; target 2 days × 100 + 2 days × 50.
	// People: planned 60, actual 90 (the 5th is outside); target 2 days × 20.
	if doc.From != "2026-03-01" || doc.To != "2026-03-04" || doc.Days != 4 || doc.Planned != 2 || doc.Actual != 1 || len(doc.Dimensions) != 4 {
		t.Fatalf("%+v", doc)
	}
	if d := doc.Dimensions[0]; d.Name != "My self" || d.Planned != 180 || d.Actual != 100 || d.Target != 300 {
		t.Errorf("My self = %+v", d)
	}
	if d := doc.Dimensions[1]; d.Planned != 60 || d.Actual != 90 || d.Target != 40 {
		t.Errorf("People = %+v", d)
	}
	for _, key := range []string{`"from"`, `"to"`, `"days"`, `"dimensions"`, `"name"`, `"planned_minutes"`, `"actual_minutes"`, `"target_minutes"`} {
		if !strings.Contains(out, key) {
			t.Errorf("the JSON lacks %s", key)
		}
	}

	code, out, _ = daymark(t, "balance", "--db", db, "--from", "2026-03-01", "--to", "2026-03-04")
	// Only 1 March holds actual time: My self did 100 against that day's
	// target of 100, and planned 180 over the 2 days with a plan.
	if code != 0 || !strings.HasPrefix(out, "Balance of 4 days, 1 Mar to 4 Mar 2026; 3 days have no actual time recorded\n") ||
		!strings.Contains(out, "My self                              1h 30m        1h 40m        1h 40m     0m (0%)        83%\n") ||
		!strings.Contains(out, "Every dimension is on or above its target from 1 Mar to 4 Mar 2026.") {
		t.Errorf("text:\n%s", out)
	}
	code, out, _ = daymark(t, "balance", "--db", db, "--from", "2026-03-01", "--to", "2026-03-04", "--format", "csv")
	if code != 0 || !strings.Contains(out, "My self,180,100,300\r\n") {
		t.Errorf("csv:\n%s", out)
	}
	for _, bad := range [][]string{
		{"--from", "2026-03-05", "--to", "2026-03-01"},
		{"--from", "2026-03-01"},
		{"--from", "March", "--to", "2026-03-01"},
		{"--format", "xml"},
	} {
		if code, _, errs := daymark(t, "balance", append([]string{"--db", db}, bad...)...); code != 1 || errs == "" {
			t.Errorf("balance %v: exit %d", bad, code)
		}
	}
}

func TestValuesCommand(t *testing.T) {
	db := sample(t)
	code, out, errs := daymark(t, "values", "--db", db)
	if code != 0 {
		t.Fatal(errs)
	}
	for _, want := range []string{"Personal values\n  1. Trust: People can rely on what I say and do", "Organisational values\n  1. Speed", "Alignment score: ", "Biggest gaps\n  - "} {
		if !strings.Contains(out, want) {
			t.Errorf("the text lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = daymark(t, "values", "--db", db, "--format", "json")
	var doc struct {
		Personal, Organisational []struct{ Name string }
		Score                    *float64
		Gaps                     []string
	}
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || len(doc.Personal) != 5 || doc.Score == nil || len(doc.Gaps) == 0 {
		t.Errorf("json: %s", out)
	}
	empty := filepath.Join(t.TempDir(), "empty.db")
	daymark(t, "demo", "--db", empty, "--days", "1")
	if code, out, _ = daymark(t, "values", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 {
		t.Errorf("values of a missing database: exit %d", code)
	}
	code, out, _ = daymark(t, "export", "--db", db, "--format", "csv", "--list", "values")
	if code != 0 || !strings.HasPrefix(out, "kind,rank,name,meaning,behaviours,slippery,archived\r\npersonal,1,Trust,") {
		t.Errorf("values CSV:\n%s", out)
	}
	if code, _, errs := daymark(t, "export", "--db", db, "--format", "csv", "--list", "moods"); code != 1 || !strings.Contains(errs, "--list is days, values or decisions") {
		t.Errorf("an unknown list: %d %q", code, errs)
	}
}

func TestDecisionsCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "decisions.db")
	if code, _, errs := daymark(t, "demo", "--db", db, "--days", "120", "--decisions", "40"); code != 0 {
		t.Fatal(errs)
	}
	code, out, errs := daymark(t, "decisions", "--db", db, "--format", "json")
	var all []struct {
		Date     string
		Title    string
		Feeling  *int
		Honoured []struct{ Kind, Name string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &all) != nil || len(all) != 40 {
		t.Fatalf("json: exit %d, %d decisions, %s", code, len(all), errs)
	}
	if all[0].Date < all[39].Date {
		t.Error("not newest first")
	}
	code, out, _ = daymark(t, "decisions", "--db", db, "--feeling", "-2", "--format", "json")
	var uneasy []struct{ Feeling *int }
	if err := json.Unmarshal([]byte(out), &uneasy); err != nil {
		t.Fatal(err)
	}
	for _, d := range uneasy {
		if d.Feeling == nil || *d.Feeling != -2 {
			t.Errorf("--feeling -2 listed %+v", d)
		}
	}
	code, out, _ = daymark(t, "decisions", "--db", db, "--value", "trust")
	if code != 0 || !strings.Contains(out, "Trust") || !strings.HasPrefix(out, "Date") {
		t.Errorf("--value trust:\n%s", out)
	}
	code, out, _ = daymark(t, "decisions", "--db", db, "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "date,title,dimension,feeling,confidence,honoured,compromised,review_on,") || strings.Count(out, "\r\n") < 41 {
		t.Errorf("csv:\n%.300s", out)
	}
	for _, bad := range [][]string{{"--feeling", "3"}, {"--feeling", "bad"}, {"--value", "Nope"}, {"--from", "2026-01-01"}, {"--format", "xml"}} {
		if code, _, errs := daymark(t, "decisions", append([]string{"--db", db}, bad...)...); code != 1 || errs == "" {
			t.Errorf("decisions %v: exit %d", bad, code)
		}
	}
	if code, _, errs := daymark(t, "demo", "--db", filepath.Join(t.TempDir(), "x.db"), "--decisions", "-1"); code != 1 || !strings.Contains(errs, "cannot be negative") {
		t.Errorf("demo --decisions -1: %d %q", code, errs)
	}
}

func TestBriefWritesMarkdownPDFAndChartsIntoANewFolder(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sample.db")
	if code, _, errs := daymark(t, "demo", "--db", db, "--days", "60"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	dir := filepath.Join(t.TempDir(), "for", "ana")
	code, out, errs := daymark(t, "brief", "--db", db, "--out", dir)
	if code != 0 || !strings.Contains(out, "Coaching brief, ") || !strings.Contains(out, "wrote 5 files to "+dir) {
		t.Fatalf("brief: exit %d, %q, %q", code, out, errs)
	}
	md, err := os.ReadFile(filepath.Join(dir, "brief.md"))
	if err != nil {
		t.Fatal(err)
	}
	// The sample's last session was 20 days ago; the next, tomorrow, has questions written.
	since := data.Today().AddDays(-19).Format("2 Jan")
	for _, want := range []string{"# Coaching brief, " + since + " to ", "## Time balance", "## Questions for my coach", "How do I protect improvement time", "](balance-days.png)"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("brief.md lacks %q", want)
		}
	}
	for _, f := range []string{"brief.pdf", "balance-days.png", "balance-shares.png", "balance-average.png"} {
		if info, err := os.Stat(filepath.Join(dir, f)); err != nil || info.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}

	if code, _, errs := daymark(t, "brief", "--db", db, "--out", dir); code != 1 || !strings.Contains(errs, "already holds brief.md") {
		t.Errorf("a second brief into the folder: exit %d, %q", code, errs)
	}
	code, _, errs = daymark(t, "brief", "--db", db, "--out", dir, "--replace", "--from", "2026-01-01", "--to", "2026-01-31")
	if md, _ := os.ReadFile(filepath.Join(dir, "brief.md")); code != 0 || !strings.HasPrefix(string(md), "# Coaching brief, 1 Jan to 31 Jan 2026\n") {
		t.Errorf("--replace with a period: exit %d, %q, %.60q", code, errs, md)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--db", db}, "say where to write the brief with --out DIR"},
		{[]string{"--db", db, "--out", dir, "--from", "2026-02-30", "--to", "2026-03-01"}, "--from: "},
		{[]string{"--db", db, "--out", dir, "--from", "2026-02-01"}, "give both --from and --to"},
		{[]string{"--db", filepath.Join(t.TempDir(), "none.db"), "--out", dir}, "none.db"},
	} {
		if code, _, errs := daymark(t, "brief", c.args...); code != 1 || !strings.Contains(errs, c.want) {
			t.Errorf("brief %q: exit %d, %q, want %q", c.args, code, errs, c.want)
		}
	}
}
