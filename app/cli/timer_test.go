package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"daymark/data"
)

// yesterdayAt writes a local time of yesterday as --at takes it.
func yesterdayAt(clock string) string {
	return data.DateOf(time.Now()).AddDays(-1).String() + "T" + clock
}

func TestTheTimerFromTheCommandLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "timer.db")
	day := data.DateOf(time.Now()).AddDays(-1).String()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"start", "--db", db, "People", "--at", yesterdayAt("10:00"), "--note", "one-to-ones"}, "Started People at "},
		{[]string{"start", "--db", db, "  my SELF ", "--at", yesterdayAt("11:00")}, "Switched from People (1h) to My self at "},
		{[]string{"stop", "--db", db, "--at", yesterdayAt("11:30")}, "Stopped My self at "},
		{[]string{"status", "--db", db}, "No timer is running."},
		{[]string{"list", "--db", db, "--from", day, "--to", day}, "10:00–11:00  People   1h  one-to-ones"},
	} {
		code, out, errs := daymark(t, "timer", c.args...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Fatalf("timer %s: exit %d, %q %q; want %q", strings.Join(c.args, " "), code, out, errs, c.want)
		}
	}
	_, out, _ := daymark(t, "timer", "list", "--db", db, "--from", day, "--to", day, "--format", "json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 2 || rows[0]["minutes"] != 60.0 || rows[1]["dimension"] != "My self" || rows[1]["minutes"] != 30.0 {
		t.Errorf("list as JSON: %v %s", err, out)
	}
	if _, out, _ := daymark(t, "timer", "list", "--db", db, "--from", day, "--to", day, "--format", "csv"); !strings.HasPrefix(out, "date,dimension,start,end,minutes,note,id\r\n"+day+",People,") {
		t.Errorf("list as CSV: %q", out)
	}
	if _, out, _ := daymark(t, "day", "--db", db, day, "--format", "json"); !strings.Contains(out, `"actual": {
    "My self": 30,
    "People": 60
  },
  "timed": {
    "My self": 30,
    "People": 60
  },
  "running": null`) {
		t.Errorf("day as JSON: %s", out)
	}

	if code, _, errs := daymark(t, "timer", "start", "--db", db, "Organisational improvement"); code != 0 || errs != "" {
		t.Fatalf("start now: %d %s", code, errs)
	}
	_, out, _ = daymark(t, "timer", "status", "--db", db, "--format", "json")
	var st map[string]any
	if err := json.Unmarshal([]byte(out), &st); err != nil || st["running"] != true || st["dimension"] != "Organisational improvement" || st["minutes"] != 0.0 || !strings.Contains(out, `"started": "`) {
		t.Errorf("status as JSON: %s", out)
	}
}

func TestTimerAndDayRefuseWithASentenceAndChangeNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "timer.db")
	day := data.DateOf(time.Now()).AddDays(-1).String()
	setup := [][]string{
		{"day", "--db", db, day, "--actual", "People=20m"},
		{"timer", "start", "--db", db, "People", "--at", yesterdayAt("09:00")},
		{"timer", "stop", "--db", db, "--at", yesterdayAt("10:00")},
		{"timer", "start", "--db", db, "Value management", "--at", yesterdayAt("12:00")},
	}
	for _, args := range setup {
		if code, _, errs := daymark(t, args[0], args[1:]...); code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
	}
	_, before, _ := daymark(t, "export", "--db", db)
	tomorrow := data.DateOf(time.Now()).AddDays(1).String() + "T09:00"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"timer", "start", "--db", db, "Peple"}, "there is no dimension named “Peple”: the dimensions are “My self”, “People”, “Organisational improvement”, “Value management”"},
		{[]string{"timer", "start", "--db", db, "People", "--at", tomorrow}, "is in the future"},
		{[]string{"timer", "start", "--db", db, "People", "--at", "25:00"}, "--at: “25:00” is not a time"},
		{[]string{"timer", "start", "--db", db, "People", "--at", yesterdayAt("11:00")}, "Value management has been running since"},
		{[]string{"timer", "stop", "--db", db, "--at", yesterdayAt("11:59")}, "Value management started at"},
		{[]string{"timer", "status", "--db", db, "--format", "xml"}, "--format is text or json, not \"xml\""},
		{[]string{"timer", "list", "--db", db, "--from", day}, "give both --from and --to"},
		{[]string{"day", "--db", db, day, "--actual", "People=30m"}, "--actual People: 1h of People was timed on"},
		{[]string{"day", "--db", db, day, "--plan", "People=20h", "--plan", "My self=5h"}, "planned minutes add up to 1500, more than the 1440 in a day"},
		{[]string{"day", "--db", db, day, "--plan", "People"}, "--plan takes DIMENSION=DURATION, as in --plan People=1h30, not “People”"},
		{[]string{"day", "--db", db, day, "--plan", "Peple=1h"}, "--plan: there is no dimension named “Peple”"},
		{[]string{"day", "--db", db, day, "--plan", "People=1h", "--plan", "people=2h"}, "--plan gives People twice"},
		{[]string{"day", "--db", db, day, "--plan", "People=lots"}, "--plan People: “lots” is not a duration"},
		{[]string{"day", "--db", db, "2026-02-30"}, "“2026-02-30” is not a date"},
	} {
		code, out, errs := daymark(t, c.args[0], c.args[1:]...)
		if code != 1 || !strings.Contains(errs, c.want) || out != "" {
			t.Errorf("%v: exit %d, %q %q; want status 1 and %q", c.args, code, out, errs, c.want)
		}
	}
	if _, after, _ := daymark(t, "export", "--db", db); after[strings.Index(after, `"dimensions"`):] != before[strings.Index(before, `"dimensions"`):] {
		t.Error("a refused command changed the database")
	}
	if code, _, errs := daymark(t, "timer", "stop", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := daymark(t, "timer", "stop", "--db", db); code != 1 || !strings.Contains(errs, "no timer is running") {
		t.Errorf("a second stop: %d %q", code, errs)
	}
	if code, _, errs := daymark(t, "timer", "pause", "--db", db); code != 2 || !strings.Contains(errs, "say which: list, start, status, stop") {
		t.Errorf("an unknown subcommand: %d %q", code, errs)
	}
}

func TestDaySetsOnlyTheFieldsGiven(t *testing.T) {
	db := filepath.Join(t.TempDir(), "day.db")
	for _, args := range [][]string{
		{"--db", db, "2026-03-02", "--plan", "People=1h30", "--actual", "people=45", "--note", "offsite"},
		{"--db", db, "2026-03-02", "--plan", "My self=2h"},
	} {
		if code, _, errs := daymark(t, "day", args...); code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
	}
	code, out, _ := daymark(t, "day", "--db", db, "2026-03-02", "--format", "json")
	var d dayJSON
	if err := json.Unmarshal([]byte(out), &d); code != 0 || err != nil || d.Note != "offsite" || d.Planned["People"] != 90 || d.Planned["My self"] != 120 || d.Actual["People"] != 45 || len(d.Timed) != 0 {
		t.Errorf("the day is %+v (%v)", d, err)
	}
	if _, out, _ := daymark(t, "day", "--db", db, "2026-03-02"); !strings.Contains(out, "Monday 2 March 2026\noffsite") || !strings.Contains(out, "Total") {
		t.Errorf("as text:\n%s", out)
	}
}
