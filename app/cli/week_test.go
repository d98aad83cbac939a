package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"daymark/data"
)

// weekDB is a database with the week of Monday 2 March 2026 partly
// planned and recorded from the command line, and a target.
func weekDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "week.db")
	for _, args := range [][]string{
		{"--db", db, "2026-03-02", "--plan", "People=3h", "--plan", "My self=1h", "--actual", "People=3h30"},
		{"--db", db, "2026-03-04", "--actual", "my self=45m", "--note", "offsite"},
		{"--db", db, "2026-03-08", "--plan", "Value management=30m"},
		{"--db", db, "2026-03-09", "--plan", "People=8h"}, // the next Monday: not in the week
	} {
		if code, _, errs := daymark(t, "day", args...); code != 0 {
			t.Fatalf("day %v: %s", args, errs)
		}
	}
	store, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	dims, err := store.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SaveTarget(context.Background(), data.Target{From: data.NewDate(2026, 3, 4), Minutes: map[int64]int{dims[0].ID: 60, dims[1].ID: 120}}); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestTheWeekFromTheCommandLine(t *testing.T) {
	db := weekDB(t)
	code, out, errs := daymark(t, "week", "--db", db, "2026-03-05", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc weekJSON
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	want := weekJSON{From: "2026-03-02", To: "2026-03-08", Days: []weekDayJSON{
		{Date: "2026-03-02", Planned: map[string]int{"People": 180, "My self": 60}, Actual: map[string]int{"People": 210}},
		{Date: "2026-03-03", Planned: map[string]int{}, Actual: map[string]int{}},
		{Date: "2026-03-04", Planned: map[string]int{}, Actual: map[string]int{"My self": 45}},
		{Date: "2026-03-05", Planned: map[string]int{}, Actual: map[string]int{}},
		{Date: "2026-03-06", Planned: map[string]int{}, Actual: map[string]int{}},
		{Date: "2026-03-07", Planned: map[string]int{}, Actual: map[string]int{}},
		{Date: "2026-03-08", Planned: map[string]int{"Value management": 30}, Actual: map[string]int{}},
	}, Totals: weekTotalsJSON{
		Planned: map[string]int{"People": 180, "My self": 60, "Value management": 30},
		Actual:  map[string]int{"People": 210, "My self": 45},
		Target:  map[string]int{"My self": 5 * 60, "People": 5 * 120}, // from Wednesday
	}}
	if !reflect.DeepEqual(doc, want) {
		t.Errorf("week as JSON:\n%+v\nwant\n%+v", doc, want)
	}
	if !strings.Contains(out, `"totals": {`) || !strings.Contains(out, `"target": {`) {
		t.Errorf("JSON field names: %s", out)
	}

	_, out, _ = daymark(t, "week", "--db", db, "2026-03-05")
	for _, line := range []string{
		"Week of 2 Mar 2026 (weeks start on Monday)\n7 days, 2 Mar to 8 Mar 2026; 5 days have no actual time recorded\n",
		"Mon 2   Tue 3  Wed 4  Thu 5  Fri 6  Sat 7  Sun 8  Week    Target",
		"People                      planned  3h      –      –      –      –      –      –      3h      10h",
		"                            actual   3h 30m  –      –      –      –      –      –      3h 30m",
		"Total                       planned  4h      –      –      –      –      –      30m    4h 30m",
		"My self: 7m a day below target in the week of 2 Mar 2026.",
	} {
		if !strings.Contains(out, line) {
			t.Errorf("the text lacks %q:\n%s", line, out)
		}
	}
	if _, out, _ = daymark(t, "week", "--db", db, "2026-03-05", "--first-day", "Sunday", "--format", "json"); !strings.Contains(out, `"from": "2026-03-01"`) || !strings.Contains(out, `"to": "2026-03-07"`) {
		t.Errorf("a week from Sunday: %s", out)
	}
}

func TestApplyingTheIdealWeekFromTheCommandLine(t *testing.T) {
	db := weekDB(t)
	code, out, errs := daymark(t, "week", "--db", db, "2026-03-06", "--apply-ideal")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, line := range []string{
		"Planning Monday 2 March to Sunday 8 March 2026 from the targets in force from 4 March 2026 (no ideal week is set yet: the same minutes each day):\n",
		"Mon 2 Mar  kept: it has a plan already (--replace replaces it)\n",
		"Tue 3 Mar  nothing: neither an ideal week nor targets were in force then\n",
		"Wed 4 Mar  My self 1h, People 2h\n",
		"Sun 8 Mar  kept: it has a plan already",
		"Set the plans of 4 days in " + db,
	} {
		if !strings.Contains(out, line) {
			t.Errorf("the output lacks %q:\n%s", line, out)
		}
	}
	_, out, _ = daymark(t, "day", "--db", db, "2026-03-04", "--format", "json")
	var d dayJSON
	if json.Unmarshal([]byte(out), &d); d.Planned["People"] != 120 || d.Actual["My self"] != 45 || d.Note != "offsite" {
		t.Errorf("Wednesday after applying: %+v", d)
	}
	if _, out, _ = daymark(t, "week", "--db", db, "2026-03-06", "--apply-ideal"); !strings.Contains(out, "\nNothing was set.\n") {
		t.Errorf("applying again:\n%s", out)
	}
	code, out, _ = daymark(t, "week", "--db", db, "2026-03-02", "--apply-ideal", "--replace", "--format", "json")
	var applied weekAppliedJSON
	if err := json.Unmarshal([]byte(out), &applied); code != 0 || err != nil || applied.Days[0].Result != "no source" || applied.Days[2].Planned["People"] != 120 ||
		applied.Days[6].Result != "filled" || applied.Days[6].Planned["My self"] != 60 {
		t.Errorf("replacing, as JSON: %s", out)
	}
}

func TestTheWeekRefusesWithASentenceAndChangesNothing(t *testing.T) {
	db := weekDB(t)
	_, before, _ := daymark(t, "export", "--db", db)
	empty := filepath.Join(t.TempDir(), "empty.db")
	if code, _, errs := daymark(t, "day", "--db", empty, "2026-03-02", "--note", "x"); code != 0 {
		t.Fatal(errs)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--db", db, "--replace"}, "--replace goes with --apply-ideal: daymark week DATE --apply-ideal --replace"},
		{[]string{"--db", db, "--apply-ideal"}, "say which week to plan: daymark week DATE --apply-ideal"},
		{[]string{"--db", db, "--first-day", "tuesday"}, "--first-day is monday or sunday, not \"tuesday\""},
		{[]string{"--db", db, "--format", "csv"}, "--format is text or json, not \"csv\""},
		{[]string{"--db", db, "2026-02-30"}, "“2026-02-30” is not a date"},
		{[]string{"--db", db, "2999-12-31"}, "the week of 2999-12-31 runs past the dates Daymark keeps"},
		{[]string{"--db", filepath.Join(t.TempDir(), "none.db"), "2026-03-02"}, "there is no database at"},
		{[]string{"--db", empty, "2026-03-02", "--apply-ideal"}, "there is no ideal week yet, and no targets to start it from"},
	} {
		code, out, errs := daymark(t, "week", c.args...)
		if code != 1 || !strings.Contains(errs, c.want) || out != "" || !strings.HasPrefix(errs, "daymark week: ") {
			t.Errorf("%v: exit %d, %q %q; want status 1 and %q", c.args, code, out, errs, c.want)
		}
	}
	if _, after, _ := daymark(t, "export", "--db", db); after[strings.Index(after, `"dimensions"`):] != before[strings.Index(before, `"dimensions"`):] {
		t.Error("a refused command changed the database")
	}
	if code, _, errs := daymark(t, "week", "--help"); code != 0 || !strings.Contains(errs, "--first-day") || !strings.Contains(errs, "monday or sunday") {
		t.Errorf("--help: %d %s", code, errs)
	}
}
