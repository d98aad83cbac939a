package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSyncFromTheCommandLine(t *testing.T) {
	work := sample(t)
	dir := t.TempDir()
	home := filepath.Join(t.TempDir(), "home.db") // not there yet: made as a copy of the folder
	code, out, errs := daymark(t, "sync", "--db", work, "--folder", dir)
	if code != 0 || !strings.Contains(out, "Synced "+work+" with "+dir) || !strings.Contains(out, "received 0 changes.") ||
		!strings.Contains(out, "No conflicts.") || !strings.Contains(out, "The folder is remembered: next time, daymark sync is enough.") {
		t.Fatalf("work's first round: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = daymark(t, "sync", "--db", home, "--folder", dir, "--format", "json")
	var rep map[string]int
	if err := json.Unmarshal([]byte(out), &rep); code != 0 || err != nil || rep["received"] == 0 || rep["skipped"] != 0 || rep["conflicts"] != 0 || len(rep) != 4 {
		t.Fatalf("home's first round: exit %d %q %s %v", code, out, errs, err)
	}
	_, a, _ := daymark(t, "export", "--db", work)
	_, b, _ := daymark(t, "export", "--db", home)
	if withoutTime(a) != withoutTime(b) {
		t.Fatal("the new database is not a copy of what the folder holds")
	}

	// The same day changed on both: a conflict, listed and settled.
	day := strings.Split(strings.Split(a, `"date": "`)[1], `"`)[0]
	daymark(t, "day", "--db", work, day, "--note", "from work")
	daymark(t, "day", "--db", home, day, "--note", "from home")
	daymark(t, "sync", "--db", work) // the folder remembered
	if code, out, errs := daymark(t, "sync", "--db", home); code != 0 || !strings.Contains(out, "1 conflict not settled: see daymark sync --conflicts.") {
		t.Fatalf("home's round: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = daymark(t, "sync", "--db", home, "--conflicts")
	if code != 0 || !strings.Contains(out, "1 conflict: the value each field holds here") || !strings.Contains(out, ": the note\n     here: “from home”\n     the other, set ") ||
		!strings.Contains(out, ": “from work”") {
		t.Fatalf("the conflicts:\n%s", out)
	}
	_, out, _ = daymark(t, "sync", "--db", home, "--conflicts", "--format", "json")
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 || list[0]["here"] != "“from home”" || list[0]["field"] != "note" {
		t.Fatalf("the conflicts as JSON: %v %s", err, out)
	}
	id := strings.TrimSuffix(strings.Split(out, `"id": `)[1][:2], ",")
	if code, out, errs := daymark(t, "sync", "--db", home, "--take", id); code != 0 || !strings.Contains(out, ": took “from work” (was “from home”).") {
		t.Fatalf("take: exit %d %s%s", code, out, errs)
	}
	daymark(t, "sync", "--db", home)
	daymark(t, "sync", "--db", work)
	if _, out, _ := daymark(t, "day", "--db", work, day); !strings.Contains(out, "from work") {
		t.Errorf("work's day: %s", out)
	}
	if _, out, _ := daymark(t, "sync", "--db", work, "--conflicts"); out != "No conflicts.\n" {
		t.Errorf("conflicts left: %q", out)
	}
}

func TestSyncRefusesWithASentenceAndChangesNothing(t *testing.T) {
	work := sample(t)
	dir := t.TempDir()
	missing := filepath.Join(t.TempDir(), "new.db")
	_, before, _ := daymark(t, "export", "--db", work)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--db", work}, "no sync folder is chosen for " + work + " yet: give the folder your sync service shares with --folder DIR"},
		{[]string{"--db", work, "--folder", filepath.Dir(work)}, "is the database's own folder"},
		{[]string{"--db", work, "--folder", filepath.Dir(filepath.Dir(work))}, "holds the database"},
		{[]string{"--db", work, "--folder", filepath.Join(dir, "nope")}, "there is no folder at"},
		{[]string{"--db", work, "--folder", dir, "--format", "xml"}, "--format is text or json"},
		{[]string{"--db", work, "--conflicts", "--folder", dir}, "--folder goes with a round"},
		{[]string{"--db", work, "--take", "1", "--keep", "1"}, "give one of them"},
		{[]string{"--db", work, "--take", "7"}, "there is no conflict 7"},
		{[]string{"--db", missing}, "there is no database at " + missing + " yet: give the sync folder with --folder DIR"},
		{[]string{"--db", missing, "--folder", filepath.Dir(missing)}, "is the database's own folder"},
		{[]string{"--db", missing, "--conflicts"}, "there is no database at"},
	} {
		code, out, errs := daymark(t, "sync", c.args...)
		if code != 1 || out != "" || !strings.Contains(errs, c.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("sync %v: exit %d, %q %q; want %q", c.args, code, out, errs, c.want)
		}
	}
	if _, after, _ := daymark(t, "export", "--db", work); withoutTime(after) != withoutTime(before) {
		t.Error("a refused sync changed the database")
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("a refused sync made a database")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused sync wrote to the folder: %v", entries)
	}
}

// withoutTime returns an export without the line of when it was made.
func withoutTime(export string) string {
	var lines []string
	for _, l := range strings.Split(export, "\n") {
		if !strings.Contains(l, `"exported_at"`) {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
