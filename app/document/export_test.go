package document_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/app/capture"
	"daymark/app/document"
	"daymark/app/timeimport"
	"daymark/app/week"
	"daymark/data"
)

// addWeek gives a store an ideal week with a different weekend, and a
// weekly review of the week the timer ran in that moved the focus and
// carried an action on.
func addWeek(t testing.TB, store *data.Store) {
	t.Helper()
	ctx := context.Background()
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w := week.NewPlanner(store)
	w.Now = func() time.Time { return time.Date(2026, 10, 9, 16, 30, 0, 0, apptest.London) }
	ideal := data.NewIdealWeek(data.NewDate(2026, 1, 5))
	for day := time.Monday; day <= time.Friday; day++ {
		ideal.Minutes[day] = map[int64]int{dims[0].ID: 60, dims[1].ID: 300}
	}
	ideal.Minutes[time.Saturday] = map[int64]int{dims[0].ID: 600}
	if err := w.SaveIdealWeek(ctx, ideal); err != nil {
		t.Fatal(err)
	}
	d, err := w.Draft(ctx, week.Of(data.NewDate(2026, 10, 9), time.Monday))
	if err != nil {
		t.Fatal(err)
	}
	answers := week.ReviewAnswers{Answers: map[int64]string{d.Questions[0].Prompt.ID: "Mostly — “yes”.\nNot in hiring."},
		Actions: map[int64]week.ActionChoice{d.Actions[0].ID: {Due: data.NewDate(2026, 10, 18)}},
		Focus:   week.FocusChoice{DimensionID: dims[1].ID, Reason: "new hires\nneed time"}, Notes: "A week of 🚀 releases"}
	if _, err := w.SaveReview(ctx, d, answers); err != nil {
		t.Fatal(err)
	}
}

// addTimer gives a store an interval timed across midnight, over one of
// the imported meetings, and a timer running with a note.
func addTimer(t testing.TB, store *data.Store) {
	t.Helper()
	ctx := context.Background()
	tm := capture.NewTimer(store)
	tm.Location, tm.Now = apptest.London, func() time.Time { return time.Date(2026, 10, 9, 8, 0, 0, 0, apptest.London) }
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tm.Correct(ctx, data.Interval{DimensionID: dims[1].ID, Start: time.Date(2026, 10, 5, 22, 0, 0, 0, apptest.London), End: time.Date(2026, 10, 6, 10, 30, 0, 0, apptest.London), Note: "release “night”"}); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.Start(ctx, dims[0].ID, time.Date(2026, 10, 9, 7, 15, 0, 0, apptest.London), "run"); err != nil {
		t.Fatal(err)
	}
}

// addImports gives a store rules of the person's, a tracker mapping, and a
// calendar imported with them.
func addImports(t testing.TB, store *data.Store) {
	t.Helper()
	ctx := context.Background()
	ti := timeimport.NewImporter(store)
	ti.Location = apptest.London
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rules, err := ti.Rules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rules.Rules = append(rules.Rules, data.Rule{Field: data.FieldOrganiser, Op: data.OpContains, Pattern: "dana@", DimensionID: 0})
	rules.Mappings = []data.Mapping{{Kind: data.MappingTag, Name: "deep work", DimensionID: dims[1].ID}, {Kind: data.MappingProject, Name: "Admin"}}
	rules.AllDay, rules.AllDayMinutes, rules.Emails, rules.Unmatched = true, 360, []string{"robin@daymark.test"}, dims[2].ID
	if err := ti.SaveRules(ctx, rules); err != nil {
		t.Fatal(err)
	}
	p, err := ti.Preview(ctx, "work.ics", bytes.NewReader(apptest.Fixture(t, "work.ics")), timeimport.PreviewRequest{From: data.NewDate(2026, 10, 1), To: data.NewDate(2026, 10, 10), Keep: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ti.Apply(ctx, p); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(data.BackupFolder(store.Path())) // the one Apply made: tests count backups from here
}

var exportedAt = regexp.MustCompile(`"exported_at": "[^"]*"`)

func TestExportImportExportIsLossless(t *testing.T) {
	first := exportString(t, richStore(t))
	for _, want := range []string{`"format": "daymark"`, fmt.Sprintf(`"version": %d`, document.ExportVersion), `"date": "2024-02-29"`, `"effective_from": "2024-01-01"`, `"dimension": "Team & “friends”"`, `"Team & “friends”": 240`, `"archived": true`, `"colour": "#123456"`,
		`"kind": "organisational"`, `"slippery": [`, `"personal": "Trust"`, `"alignment_history": [`, `"prompt": "What did I avoid this week?"`, `"parent": "Organisation"`, `"first": "Organisation"`, `"second": "Team"`,
		`"title": "Delay the launch"`, `"feeling": -2`, `"confidence": null`, `"review_on": ""`, `"options": [`,
		`"coach": "Ana"`, `"due": "2025-04-24"`, `"done": "2025-04-20"`,
		`"import_rules": [`, `"pattern": "dana@"`, `"kind": "tag"`, `"all_day_minutes": 360`, `"emails": [`, `"uid": "one-to-one-sam@daymark.test"`,
		`"occurrence": "20261005T090000Z"`, `"start": "2026-10-05T09:00:00Z"`, `"imported_minutes": [`,
		`"timed_intervals": [`, `"start": "2026-10-05T21:00:00Z"`, `"end": "2026-10-06T09:30:00Z"`, `"note": "release “night”"`, `"2026-10-06": 630`, `"end": ""`,
		`"ideal_weeks": [`, `"effective_from": "2026-01-05"`, `"saturday": {`, `"weekly_reviews": [`, `"from": "2026-10-05"`, `"saved_at": "2026-10-09T15:30:00Z"`,
		`"carried_to": "2026-10-18"`, `"notes": "A week of 🚀 releases"`, `"reason": "new hires\nneed time"`, `"target": {`} {
		if !strings.Contains(first, want) {
			t.Errorf("the export lacks %s:\n%s", want, first[:min(len(first), 1500)])
		}
	}
	again := apptest.OpenStore(t)
	sum, err := document.ImportJSON(context.Background(), again, strings.NewReader(first), false)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Dimensions != 6 || sum.Days != 8 || sum.Backup != "" { // 3 typed, 4 filled from the calendar, 1 timed
		t.Errorf("summary = %+v", sum)
	}
	if second := exportString(t, again); second != first {
		t.Errorf("the second export differs from the first:\n%s\n---\n%s", first, second)
	}
}

func TestAVersion1ExportStillImports(t *testing.T) {
	v1 := `{"format": "daymark", "version": 1, "exported_at": "2026-01-01T00:00:00Z",
		"dimensions": [{"name": "Me", "description": "", "colour": "#D97706", "position": 1, "archived": false}],
		"days": [{"date": "2025-12-31", "note": "", "planned": {"Me": 60}, "actual": {}}]}`
	store := apptest.OpenStore(t)
	if _, err := document.ImportJSON(context.Background(), store, strings.NewReader(v1), false); err != nil {
		t.Fatal(err)
	}
	if out := exportString(t, store); !strings.Contains(out, fmt.Sprintf(`"version": %d`, document.ExportVersion)) || !strings.Contains(out, `"targets": []`) || !strings.Contains(out, `"Me": 60`) {
		t.Errorf("re-exported as:\n%s", out)
	}
}

func TestAnExportFromBeforeTimeImportsGetsTheStarterRules(t *testing.T) {
	v5 := complete(t, `{"format": "daymark", "version": 5,
		"dimensions": [{"name": "People", "description": "", "colour": "#2563EB", "position": 1, "archived": false},
			{"name": "Value management", "description": "", "colour": "#9333EA", "position": 2, "archived": false}]}`)
	store := apptest.OpenStore(t)
	if _, err := document.ImportJSON(context.Background(), store, strings.NewReader(v5), false); err != nil {
		t.Fatal(err)
	}
	rules, err := store.ImportRules(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	dims, err := store.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := data.StarterRules(dims); len(rules.Rules) == 0 || !rules.Equal(want) {
		t.Errorf("rules after importing version 5: %+v", rules)
	}
}

func TestExportedAtIsRFC3339(t *testing.T) {
	var doc document.Export
	var buf bytes.Buffer
	if err := document.ExportJSON(context.Background(), apptest.OpenStore(t), &buf); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if at, err := time.Parse(time.RFC3339, doc.ExportedAt); err != nil || time.Since(at) > time.Minute {
		t.Errorf("exported_at = %q, %v", doc.ExportedAt, err)
	}
	if len(doc.Dimensions) != 4 || doc.Days == nil {
		t.Errorf("an empty database exports %+v", doc)
	}
}

func TestImportIntoADatabaseWithDataNeedsReplaceAndBacksUpFirst(t *testing.T) {
	ctx := context.Background()
	export := exportString(t, richStore(t))
	target := apptest.OpenStore(t)
	dims, err := target.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mine := data.NewDay(data.NewDate(2026, 5, 5))
	mine.Planned[dims[0].ID] = 77
	if err := target.SaveDay(ctx, mine); err != nil {
		t.Fatal(err)
	}
	before := exportString(t, target)

	_, err = document.ImportJSON(ctx, target, strings.NewReader(export), false)
	if data.ErrorCode(err) != data.EConflict || !strings.Contains(data.ErrorMessage(err), "--replace") {
		t.Fatalf("import without --replace: %v", err)
	}
	if exportString(t, target) != before {
		t.Fatal("a refused import changed the database")
	}

	sum, err := document.ImportJSON(ctx, target, strings.NewReader(export), true)
	if err != nil {
		t.Fatal(err)
	}
	if exportString(t, target) != export {
		t.Error("--replace did not make the database hold the file")
	}
	backup, err := data.Open(sum.Backup)
	if err != nil {
		t.Fatalf("the backup made first (%q): %v", sum.Backup, err)
	}
	defer backup.Close()
	if day, _ := backup.Day(ctx, mine.Date); day.Planned[dims[0].ID] != 77 {
		t.Errorf("the backup holds %+v, not the replaced data", day)
	}
}

func TestBadImportsSayWhereAndChangeNothing(t *testing.T) {
	ctx := context.Background()
	good := exportString(t, richStore(t))
	cases := []struct {
		name, file, want string
	}{
		{"empty", "", "the file is empty"},
		{"not JSON", "hello", "line 1, column 1: the JSON is malformed"},
		{"cut short", good[:len(good)/2], "the file ends in the middle of the export"},
		{"syntax error on line 3", "{\n  \"format\": \"daymark\",\n  \"version\": 1,,\n}", "line 3, column 16: the JSON is malformed"},
		{"another format", `{"format": "toggl", "version": 1}`, `its "format" is "toggl"`},
		{"unknown version", `{"format": "daymark", "version": 99}`, fmt.Sprintf("the export is version 99; this Daymark reads versions 1 to %d", document.ExportVersion)},
		{"unknown field", `{"format": "daymark", "version": 1, "colour_scheme": 1}`, `there is no field "colour_scheme"`},
		{"minutes as text", `{"format": "daymark", "version": 1, "dimensions": [{"name": "A", "colour": "#000000"}], "days": [{"date": "2026-01-01", "planned": {"A": "lots"}}]}`, "line 1, column 144: “days.planned” should be a whole number, not string"},
		{"over 1440", `{"format": "daymark", "version": 1, "dimensions": [{"name": "A", "colour": "#000000"}, {"name": "B", "colour": "#000000"}], "days": [{"date": "2026-01-01"}, {"date": "2026-01-02", "planned": {"A": 1000, "B": 500}}]}`, "days[1] (2026-01-02): planned minutes add up to 1500, more than the 1440 in a day"},
		{"unknown dimension", `{"format": "daymark", "version": 1, "dimensions": [{"name": "People", "colour": "#000000"}], "days": [{"date": "2026-01-01", "actual": {"Peple": 30}}]}`, "days[0] (2026-01-01): actual names “Peple”, which is not one of the file's dimensions"},
		{"bad date", `{"format": "daymark", "version": 1, "days": [{"date": "2026-02-30"}]}`, "days[0]: “2026-02-30” is not a date"},
		{"duplicate date", `{"format": "daymark", "version": 1, "days": [{"date": "2026-01-01"}, {"date": "2026-01-01"}]}`, "days[1] (2026-01-01): the date 2026-01-01 is there twice"},
		{"duplicate dimension", `{"format": "daymark", "version": 1, "dimensions": [{"name": "A", "colour": "#000000"}, {"name": "a", "colour": "#000000"}]}`, "dimensions[1] (a): the name “a” is used twice"},
		{"negative minutes", `{"format": "daymark", "version": 1, "dimensions": [{"name": "A", "colour": "#000000"}], "days": [{"date": "2026-01-01", "planned": {"A": -5}}]}`, "line 1, column 138: days[0].planned of “A”: -5 minutes is not a time within a day (0 to 1440 minutes)"},
		{"trailing data", good + "{}", "there is more after the end of the export"},
		{"a list, not an object", `[1, 2]`, "the export should be an object, not array"},
		{"target over 1440", `{"format": "daymark", "version": 2, "dimensions": [{"name": "A", "colour": "#000000"}, {"name": "B", "colour": "#000000"}], "targets": [{"effective_from": "2026-01-01", "minutes": {"A": 1000, "B": 500}}]}`, "targets[0] (2026-01-01): the targets add up to 1500 minutes"},
		{"a session without a date", `{"format": "daymark", "version": 5, "sessions": [{"date": "", "coach": "Ana"}]}`, "sessions[0]: date: “” is not a date"},
		{"an action without text", `{"format": "daymark", "version": 5, "sessions": [{"date": "2026-01-01", "actions": [{"text": " "}]}]}`, "sessions[0] (2026-01-01): Action 1: say what is to be done"},
		{"a decision naming an unknown value", `{"format": "daymark", "version": 4, "decisions": [{"date": "2026-01-01", "title": "Hire", "honoured": [{"kind": "personal", "name": "Grit"}]}]}`, "decisions[0] (Hire): “Grit” is not one of the file's personal values"},
		{"a decision without a title", `{"format": "daymark", "version": 4, "decisions": [{"date": "2026-01-01", "title": ""}]}`, "decisions[0]: Title: a decision needs a title"},
		{"a feeling out of range", `{"format": "daymark", "version": 4, "decisions": [{"date": "2026-01-01", "title": "x", "feeling": 5}]}`, "decisions[0] (x): Feeling: from −2"},
		{"rating an unknown value", `{"format": "daymark", "version": 3, "values": [{"kind": "personal", "name": "Trust"}], "alignment": [{"personal": "Trust", "organisational": "Speed", "rating": 1}]}`, "alignment[0]: “Speed” is not one of the file's organisational values"},
		{"a rating out of range", `{"format": "daymark", "version": 3, "values": [{"kind": "personal", "name": "Trust"}, {"kind": "organisational", "name": "Speed"}], "alignment": [{"personal": "Trust", "organisational": "Speed", "rating": 5}]}`, "alignment[0]: a rating is from −2 (in conflict) to +2 (strongly aligned), not 5"},
		{"a value of no kind", `{"format": "daymark", "version": 3, "values": [{"kind": "team", "name": "Trust"}]}`, "values[0] (Trust): a value is personal or organisational, not \"team\""},
		{"an answer to an unknown prompt", `{"format": "daymark", "version": 3, "reflections": [{"date": "2026-01-01", "prompt": "Why?", "answer": "Because"}]}`, "reflections[0]: it answers “Why?”, which is not one of the file's prompts"},
		{"a context inside a missing one", `{"format": "daymark", "version": 3, "contexts": [{"name": "Team", "parent": "Org"}]}`, "contexts[0] (Team): it sits in “Org”, which is not one of the file's contexts"},
		{"a rule that is not a pattern", `{"format": "daymark", "version": 6, "import_rules": [{"field": "title", "op": "pattern", "pattern": "(", "dimension": ""}]}`, "import_rules[0]: Rule 1: “(” is not a pattern"},
		{"a rule naming an unknown dimension", `{"format": "daymark", "version": 6, "import_rules": [{"field": "title", "op": "contains", "pattern": "1:1", "dimension": "Peple"}]}`, "import_rules[0]: it names “Peple”, which is not one of the file's dimensions"},
		{"an imported event at no time", `{"format": "daymark", "version": 6, "imported_events": [{"source": "w", "uid": "a", "date": "2026-01-01", "start": "9am", "end": "", "dimension": ""}]}`, "imported_events[0]: “9am” is not a time"},
		{"an imported event of no dimension", `{"format": "daymark", "version": 6, "imported_events": [{"source": "w", "uid": "a", "date": "2026-01-01", "start": "2026-01-01T09:00:00Z", "end": "2026-01-01T10:00:00Z", "title": "x", "dimension": ""}]}`, "imported_events[0] (x): it names no dimension"},
		{"two timers running", `{"format": "daymark", "version": 7, "dimensions": [{"name": "A", "colour": "#000000"}], "timed_intervals": [{"id": "00000000000000000000000000000001", "dimension": "A", "start": "2026-01-01T09:00:00Z", "end": "", "note": "", "minutes": {}}, {"id": "00000000000000000000000000000002", "dimension": "A", "start": "2026-01-01T10:00:00Z", "end": "", "note": "", "minutes": {}}]}`, "timed_intervals[1] (2026-01-01T10:00:00Z): two timers run at once"},
		{"timed minutes outside the day's actual minutes", `{"format": "daymark", "version": 7, "dimensions": [{"name": "A", "colour": "#000000"}], "days": [{"date": "2026-01-01", "actual": {"A": 30}}], "timed_intervals": [{"id": "00000000000000000000000000000001", "dimension": "A", "start": "2026-01-01T09:00:00Z", "end": "2026-01-01T10:00:00Z", "note": "", "minutes": {"2026-01-01": 60}}]}`, "days[0] (2026-01-01): 1h of the actual time were timed, but the actual minutes say 30m"},
		{"an interval of no dimension of the file", `{"format": "daymark", "version": 7, "timed_intervals": [{"id": "00000000000000000000000000000001", "dimension": "B", "start": "2026-01-01T09:00:00Z", "end": "", "note": "", "minutes": {}}]}`, "timed_intervals[0]: it names “B”, which is not one of the file's dimensions"},
		{"an interval at no time", `{"format": "daymark", "version": 7, "dimensions": [{"name": "A", "colour": "#000000"}], "timed_intervals": [{"id": "00000000000000000000000000000001", "dimension": "A", "start": "9:00", "end": "", "note": "", "minutes": {}}]}`, "timed_intervals[0]: “9:00” is not a time"},
		{"an ideal day that is no day", `{"format": "daymark", "version": 8, "ideal_weeks": [{"effective_from": "2026-01-05", "days": {"mondy": {}}}]}`, "ideal_weeks[0] (2026-01-05): “mondy” is not a day of the week: write monday, tuesday … sunday"},
		{"an ideal day over 1440", `{"format": "daymark", "version": 8, "dimensions": [{"name": "A", "colour": "#000000"}], "ideal_weeks": [{"effective_from": "2026-01-05", "days": {"sunday": {"A": 1441}}}]}`, "ideal_weeks[0] (2026-01-05): the ideal Sunday adds up to 1441 minutes"},
		{"a review of eight days", `{"format": "daymark", "version": 8, "weekly_reviews": [{"from": "2026-01-05", "to": "2026-01-12", "saved_at": "2026-01-09T16:00:00Z"}]}`, "weekly_reviews[0] (2026-01-05): a review looks back on a week: seven days from 2026-01-05 to 2026-01-11, not to 2026-01-12"},
		{"a review's focus on no dimension of the file", `{"format": "daymark", "version": 8, "weekly_reviews": [{"from": "2026-01-05", "to": "2026-01-11", "saved_at": "2026-01-09T16:00:00Z", "focus": {"dimension": "B"}}]}`, "weekly_reviews[0] (2026-01-05): focus names “B”, which is not one of the file's dimensions"},
		{"a review saved at no time", `{"format": "daymark", "version": 8, "weekly_reviews": [{"from": "2026-01-05", "to": "2026-01-11", "saved_at": "Friday"}]}`, "weekly_reviews[0] (2026-01-05): saved_at: “Friday” is not a time"},
		{"a review's figures naming no dimension of theirs", `{"format": "daymark", "version": 8, "weekly_reviews": [{"from": "2026-01-05", "to": "2026-01-11", "saved_at": "2026-01-09T16:00:00Z", "figures": {"dimensions": [], "days": [{"date": "2026-01-05", "actual": {"A": 5}}]}}]}`, "weekly_reviews[0] (2026-01-05): Figures: 2026-01-05: actual names “A”, which is not one of the figures' dimensions"},
		{"a week reviewed twice", `{"format": "daymark", "version": 8, "weekly_reviews": [{"from": "2026-01-05", "to": "2026-01-11", "saved_at": "2026-01-09T16:00:00Z"}, {"from": "2026-01-05", "to": "2026-01-11", "saved_at": "2026-01-10T16:00:00Z"}]}`, "weekly_reviews[1] (2026-01-05): the week of 2026-01-05 is reviewed twice"},
		{"focus on an unknown dimension", `{"format": "daymark", "version": 2, "dimensions": [{"name": "A", "colour": "#000000"}], "focus": [{"started": "2026-01-01", "dimension": "B"}]}`, "focus[0] (2026-01-01): it names “B”, which is not one of the file's dimensions"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(c.want, "line ") { // positions are those of the file as written
				c.file = complete(t, c.file)
			}
			store := richStore(t)
			before := exportString(t, store)
			rev, err := store.Revision(ctx)
			if err != nil {
				t.Fatal(err)
			}
			_, err = document.ImportJSON(ctx, store, strings.NewReader(c.file), true)
			if err == nil || !strings.Contains(data.ErrorMessage(err), c.want) {
				t.Errorf("error = %v\nwant one saying %q", err, c.want)
			}
			if exportString(t, store) != before {
				t.Error("the database changed")
			}
			if r, _ := store.Revision(ctx); r != rev {
				t.Error("the revision changed")
			}
			if list, _ := data.Backups(store.Path()); len(list) != 0 {
				t.Errorf("a refused file made a backup: %v", list)
			}
		})
	}
}
