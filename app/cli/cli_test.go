package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"daymark/data"
)

// daymark runs a command in-process and returns its exit status and output.
func daymark(t *testing.T, name string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := Run(context.Background(), name, args, "", &out, &errs)
	return code, out.String(), errs.String()
}

// sample makes a database with two weeks of sample days.
func sample(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "sample.db")
	if code, _, errs := daymark(t, "demo", "--db", db, "--days", "14"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	return db
}

func TestDemoFillsANewDatabaseOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sample.db")
	code, out, errs := daymark(t, "demo", "--db", db, "--days", "14")
	if code != 0 || !strings.Contains(out, "Wrote 14 sample days") {
		t.Fatalf("demo: exit %d, %q, %q", code, out, errs)
	}
	code, _, errs = daymark(t, "demo", "--db", db)
	if code != 1 || !strings.Contains(errs, "already holds data") {
		t.Errorf("a second demo: exit %d, %q", code, errs)
	}
}

func TestTheDatabaseComesFromTheEnvironmentWhenNoFlagIsGiven(t *testing.T) {
	db := filepath.Join(t.TempDir(), "from-env.db")
	t.Setenv("DAYMARK_DB", db)
	if code, out, errs := daymark(t, "demo", "--days", "2"); code != 0 || !strings.Contains(out, db) {
		t.Errorf("demo with DAYMARK_DB: exit %d, %q, %q", code, out, errs)
	}
	other := filepath.Join(t.TempDir(), "from-flag.db")
	if code, out, _ := daymark(t, "demo", "--db", other, "--days", "2"); code != 0 || !strings.Contains(out, other) {
		t.Errorf("--db does not win over DAYMARK_DB: %q", out)
	}
}

func TestExportImportRoundTripThroughFiles(t *testing.T) {
	db := sample(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "first.json")
	if code, _, errs := daymark(t, "export", "--db", db, "--out", first); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	if info, _ := os.Stat(first); info.Mode().Perm() != 0o600 {
		t.Errorf("export mode = %v", info.Mode().Perm())
	}
	copyDB := filepath.Join(dir, "copy.db")
	code, out, errs := daymark(t, "import", "--db", copyDB, first)
	if code != 0 || !strings.Contains(out, "Imported 4 dimensions and 14 days") {
		t.Fatalf("import: exit %d, %q, %q", code, out, errs)
	}
	code, second, _ := daymark(t, "export", "--db", copyDB) // to stdout
	if code != 0 {
		t.Fatal("export to stdout failed")
	}
	a, _ := os.ReadFile(first)
	var docA, docB map[string]any
	json.Unmarshal(a, &docA)
	json.Unmarshal([]byte(second), &docB)
	delete(docA, "exported_at")
	delete(docB, "exported_at")
	ja, _ := json.Marshal(docA)
	jb, _ := json.Marshal(docB)
	if string(ja) != string(jb) || len(docA["days"].([]any)) != 14 {
		t.Error("the export of the imported copy differs from the original export")
	}

	code, _, errs = daymark(t, "import", "--db", copyDB, first)
	if code != 1 || !strings.Contains(errs, "--replace") {
		t.Errorf("import into a database with data: exit %d, %q", code, errs)
	}
	code, out, _ = daymark(t, "import", "--db", copyDB, "--replace", first)
	if code != 0 || !strings.Contains(out, "backup") {
		t.Errorf("import --replace: exit %d, %q", code, out)
	}
}

func TestExportCSV(t *testing.T) {
	db := sample(t)
	code, out, errs := daymark(t, "export", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatal(errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\r\n")
	if lines[0] != "date,dimension,planned_minutes,actual_minutes,note" || len(lines) != 1+14*4 {
		t.Errorf("%d lines, first %q", len(lines), lines[0])
	}
}

func TestBackupRestoreAndCheck(t *testing.T) {
	db := sample(t)
	code, out, errs := daymark(t, "backup", "--db", db)
	if code != 0 || !strings.Contains(out, filepath.Join(filepath.Dir(db), "backups")) {
		t.Fatalf("backup: exit %d, %q, %q", code, out, errs)
	}
	list, _ := data.Backups(db)
	if len(list) != 1 || list[0].Reason != "manual" {
		t.Fatalf("backups = %+v", list)
	}
	out2 := filepath.Join(t.TempDir(), "mine.db")
	if code, _, errs := daymark(t, "backup", "--db", db, "--out", out2); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := daymark(t, "backup", "--db", db, "--out", out2); code != 1 || !strings.Contains(errs, "already exists") {
		t.Errorf("backup over an existing file: exit %d, %q", code, errs)
	}

	// Change the data, then restore the backup.
	s, _ := data.Open(db)
	ctx := context.Background()
	today := data.Today()
	before, _ := s.Day(ctx, today)
	s.SaveDay(ctx, data.NewDay(today))
	s.Close()
	code, out, errs = daymark(t, "restore", "--db", db, list[0].Path)
	if code != 0 || !strings.Contains(out, "before-restore") {
		t.Fatalf("restore: exit %d, %q, %q", code, out, errs)
	}
	s, _ = data.Open(db)
	after, _ := s.Day(ctx, today)
	s.Close()
	if !after.Equal(before) {
		t.Errorf("restore brought back %+v, want %+v", after, before)
	}

	code, out, _ = daymark(t, "check", "--db", db)
	if code != 0 || !strings.Contains(out, "is sound: schema") || !strings.Contains(out, "14 days") {
		t.Errorf("check: exit %d, %q", code, out)
	}
}

func TestCheckFailsOnWhatIsNotASoundDatabase(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	os.WriteFile(garbage, bytes.Repeat([]byte("garbage!"), 1000), 0o600)
	missing := filepath.Join(dir, "missing.db")
	// A Daymark file with a page of its data overwritten.
	damaged := sample(t)
	b, _ := os.ReadFile(damaged)
	for i := 4096 * 2; i < 4096*3 && i < len(b); i++ {
		b[i] = 0xA5
	}
	os.WriteFile(damaged, b, 0o600)
	os.Remove(damaged + "-wal")
	os.Remove(damaged + "-shm")
	for _, c := range []struct{ db, want string }{
		{garbage, "not a Daymark database"},
		{missing, "there is no database at"},
		{damaged, "damaged"},
	} {
		code, _, errs := daymark(t, "check", "--db", c.db)
		if code != 1 || !strings.Contains(errs, c.want) {
			t.Errorf("check %s: exit %d, %q; want 1 saying %q", filepath.Base(c.db), code, errs, c.want)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("check created the missing database")
	}
}

func TestBadCommandLinesWriteNothing(t *testing.T) {
	dir := t.TempDir()
	db := sample(t)
	out := filepath.Join(dir, "out.json")
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte("not json"), 0o600)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"demo", "--days", "0", "--db", filepath.Join(dir, "a.db")}, 1, "--days must be between 1"},
		{[]string{"demo", "--days", "many"}, 2, "invalid value"},
		{[]string{"demo", "--db", filepath.Join(dir, "b.db"), "extra"}, 2, "unexpected \"extra\""},
		{[]string{"demo", "--db", dir}, 1, "is a folder"},
		{[]string{"export", "--db", db, "--format", "xml", "--out", out}, 1, "--format is json or csv"},
		{[]string{"export", "--db", filepath.Join(dir, "none.db"), "--out", out}, 1, "there is no database"},
		{[]string{"import", "--db", db}, 2, "which file?"},
		{[]string{"import", "--db", db, filepath.Join(dir, "none.json")}, 1, "cannot read"},
		{[]string{"restore", "--db", db, filepath.Join(dir, "none.db")}, 1, "there is no file"},
		{[]string{"restore", "--db", filepath.Join(dir, "new.db"), bad}, 1, "not a Daymark database"},
		{[]string{"import", "--db", filepath.Join(dir, "new.db"), bad}, 1, "line 1, column 2: the JSON is malformed"},
	}
	for _, c := range cases {
		code, _, errs := daymark(t, c.args[0], c.args[1:]...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d saying %q", c.args, code, errs, c.code, c.want)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		t.Errorf("a failed command left %s", e.Name())
	}
	if list, _ := data.Backups(db); len(list) != 0 {
		t.Errorf("failed commands made backups: %v", list)
	}
}

func TestEveryCommandExplainsItself(t *testing.T) {
	for name := range commands {
		code, _, errs := daymark(t, name, "--help")
		if code != 0 || !strings.Contains(errs, "Usage: daymark "+name) || !strings.Contains(errs, "-db") {
			t.Errorf("%s --help: exit %d, %q", name, code, errs)
		}
	}
}

func TestBalanceCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "balance.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dims, _ := s.Dimensions(ctx)
	me, people := dims[0].ID, dims[1].ID
	s.SaveDays(ctx, []data.Day{
		{Date: data.NewDate(2026, 3, 1), Planned: map[int64]int{me: 120, people: 60}, Actual: map[int64]int{me: 100, people: 90}},
		{Date: data.NewDate(2026, 3, 3), Planned: map[int64]int{me: 60}, Actual: map[int64]int{}},
		{Date: data.NewDate(2026, 3, 5), Planned: map[int64]int{}, Actual: map[int64]int{people: 30}},
	})
	s.SaveTarget(ctx, data.Target{From: data.NewDate(2026, 2, 1), Minutes: map[int64]int{me: 100}})
	s.SaveTarget(ctx, data.Target{From: data.NewDate(2026, 3, 3), Minutes: map[int64]int{me: 50, people: 20}})
	s.Close()

	code, out, errs := daymark(t, "balance", "--db", db, "--from", "2026-03-01", "--to", "2026-03-04", "--format", "json")
	if code != 0 {
		t.Fatal(errs)
	}
	var doc struct {
		From, To   string
		Days       int
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
	if doc.From != "2026-03-01" || doc.To != "2026-03-04" || doc.Days != 4 || len(doc.Dimensions) != 4 {
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
	if code != 0 || !strings.Contains(out, "Balance from 2026-03-01 to 2026-03-04 (4 days)") || !strings.Contains(out, "My self: 50 min/day below target") {
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
	json.Unmarshal([]byte(out), &uneasy)
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
	md, _ := os.ReadFile(filepath.Join(dir, "brief.md"))
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

// calendar is the repository's sample calendar; the person of the
// fixtures lives in London.
func calendar(t *testing.T, name string) string {
	t.Helper()
	zone, _ = time.LoadLocation("Europe/London")
	t.Cleanup(func() { zone = time.Local })
	return filepath.Join("..", "..", "testdata", name)
}

func TestImportDryRunPrintsThePreviewAndWritesNothing(t *testing.T) {
	db := sample(t)
	ics := calendar(t, "work.ics")
	store, _ := data.Open(db)
	ctx := context.Background()
	before, _ := store.Contents(ctx)
	rev, _ := store.Revision(ctx)
	store.Close()
	code, out, errs := daymark(t, "import", "--db", db, "--from", "2026-10-01", "--to", "2026-10-31", "--dry-run", ics)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"work.ics: the calendar “robin@daymark.test”", "Mon 5 Oct 2026", "People         0 → 30", "10:00–10:30  1:1 Sam / Robin  30 min  People  title contains “1:1”",
		"Matched no rule: skipped", "Tue 6 Oct 15:00–16:00   Vendor pitch: analytics suite  declined", "Dry run: nothing was written."} {
		if !strings.Contains(out, want) {
			t.Errorf("the dry run does not say %q:\n%s", want, out)
		}
	}
	store, _ = data.Open(db)
	defer store.Close()
	after, _ := store.Contents(ctx)
	if r, _ := store.Revision(ctx); r != rev || len(after.ImportedEvents) != 0 || len(after.Days) != len(before.Days) {
		t.Errorf("a dry run wrote: revision %d → %d, %d events remembered", rev, r, len(after.ImportedEvents))
	}
	if list, _ := data.Backups(db); len(list) != 0 {
		t.Errorf("a dry run made a backup: %v", list)
	}

	none := filepath.Join(t.TempDir(), "none.db")
	if code, _, errs := daymark(t, "import", "--db", none, "--from", "2026-10-01", "--to", "2026-10-31", "--dry-run", ics); code != 1 || !strings.Contains(errs, "there is no database") {
		t.Errorf("a dry run on no database: exit %d, %q", code, errs)
	}
	if _, err := os.Stat(none); err == nil {
		t.Error("a dry run created a database")
	}
}

func TestImportingACalendarUsesTheSavedRulesAndCountsNothingTwice(t *testing.T) {
	db := sample(t)
	ics := calendar(t, "work.ics")
	store, _ := data.Open(db)
	ctx := context.Background()
	rules, _ := store.ImportRules(ctx)
	dims, _ := store.Dimensions(ctx)
	rules.Rules = append(rules.Rules, data.Rule{Field: data.FieldTitle, Op: data.OpContains, Pattern: "staff meeting", DimensionID: dims[2].ID})
	if err := store.SaveImportRules(ctx, rules); err != nil {
		t.Fatal(err)
	}
	store.Close()
	var outputs []string
	for i := 0; i < 2; i++ {
		code, out, errs := daymark(t, "import", "--db", db, "--from", "2026-10-01", "--to", "2026-10-31", ics)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(out, "Set the actual minutes of 12 days in") || !strings.Contains(out, "What it held before is in the backup") {
			t.Errorf("import %d says:\n%s", i+1, out)
		}
		outputs = append(outputs, out[:strings.Index(out, "\nSet the actual minutes")])
	}
	if !strings.Contains(outputs[0], "Organisational improvement  0 → 60") || !strings.Contains(outputs[1], "Organisational improvement  60 → 60") {
		t.Errorf("the staff meeting of 6 October, imported then imported again:\n%s\n---\n%s", outputs[0], outputs[1])
	}
	store, _ = data.Open(db)
	defer store.Close()
	day, _ := store.Day(ctx, data.NewDate(2026, 10, 8))
	if day.Actual[dims[3].ID] != 135 || day.Actual[dims[0].ID] != 15 {
		t.Errorf("8 October after importing twice: %v", day.Actual)
	}
}

func TestImportingATimeTrackerAndTheMistakesOfACommandLine(t *testing.T) {
	db := sample(t)
	csv := calendar(t, "toggl-detailed.csv")
	code, out, errs := daymark(t, "import", "--db", db, "--from", "2026-10-05", "--to", "2026-10-07", "--replace", csv)
	if code != 0 || !strings.Contains(out, "toggl-detailed.csv: a Toggl Track export") || !strings.Contains(out, "typed by hand on these days are replaced") {
		t.Errorf("exit %d: %s\n%s", code, errs, out)
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{csv}, "say which days to fill from " + csv + ": --from YYYY-MM-DD --to YYYY-MM-DD"},
		{[]string{"--from", "2026-10-05", "--to", "2026-10-32", csv}, "--to: “2026-10-32” is not a date"},
		{[]string{"--from", "2026-10-05", "--to", "2026-10-01", csv}, "before"},
		{[]string{"--from", "2026-10-05", "--to", "2026-10-06", "--dry-run", filepath.Join("..", "..", "testdata", "missing.ics")}, "cannot read"},
	}
	for _, c := range cases {
		code, _, errs := daymark(t, "import", append([]string{"--db", db}, c.args...)...)
		if code != 1 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, %q, want %q", c.args, code, errs, c.want)
		}
	}
	export := filepath.Join(t.TempDir(), "all.json")
	daymark(t, "export", "--db", db, "--out", export)
	if code, _, errs := daymark(t, "import", "--db", db, "--from", "2026-10-05", "--to", "2026-10-06", export); code != 1 || !strings.Contains(errs, "is a Daymark export: --from, --to and --dry-run are for calendars and time trackers") {
		t.Errorf("a JSON export with --from: exit %d, %q", code, errs)
	}
}
