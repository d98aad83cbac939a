package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"daymark/app/apptest"
	"daymark/data"
)

// The import command: calendars and time trackers, dry runs, and the
// mistakes of a command line.

// calendar is the repository's sample calendar; the person of the
// fixtures lives in London.
func calendar(t *testing.T, name string) string {
	t.Helper()
	apptest.Swap(t, &zone, apptest.London)
	return apptest.Testdata(t, name)
}

func TestImportDryRunPrintsThePreviewAndWritesNothing(t *testing.T) {
	db := sample(t)
	ics := calendar(t, "work.ics")
	store, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	before, err := store.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := store.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
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
	store, err = data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	after, err := store.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
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
	store, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	rules, err := store.ImportRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
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
	store, err = data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	day, err := store.Day(ctx, data.NewDate(2026, 10, 8))
	if err != nil {
		t.Fatal(err)
	}
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
		{[]string{"--from", "2026-10-05", "--to", "2026-10-06", "--dry-run", apptest.Testdata(t, "missing.ics")}, "cannot read"},
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

// A calendar with lines that cannot be read: the output says how many
// events were read and names every line skipped; a file from which nothing
// can be read is refused with its line, and changes nothing.
func TestImportNamesEveryLineItSkipsAndRefusesWithTheLine(t *testing.T) {
	db := sample(t)
	code, out, errs := daymark(t, "import", "--db", db, "--from", "2026-10-01", "--to", "2026-10-31", "--dry-run", calendar(t, filepath.Join("calendars", "stray-lines.ics")))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"stray-lines.ics: the calendar “Home”, Thu 1 Oct 2026 to Sat 31 Oct 2026\n3 events read; 3 lines skipped.\n",
		"\nProblems in the file\n  line 10: 'X-APPLE-RADIUS=49.9…' is not a calendar line; skipped\n  line 17: 'X-APPLE-RADIUS=120.5' is not a calendar line; skipped\n  line 24: 'this line is not a …' is not a calendar line; skipped\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the dry run does not say %q:\n%s", want, out)
		}
	}
	code, out, errs = daymark(t, "import", "--db", db, "--from", "2026-10-01", "--to", "2026-10-31", calendar(t, filepath.Join("calendars", "refused-no-readable-event.ics")))
	if code != 1 || out != "" || !strings.Contains(errs, "no event of the calendar could be read: line 4: the event “No start” cannot be read: it has no start (DTSTART)") {
		t.Errorf("exit %d, %q, %q", code, out, errs)
	}
}
