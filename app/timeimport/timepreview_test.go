package timeimport

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"daymark/app"
	"daymark/app/apptest"
	"daymark/data"
)

var october = PreviewRequest{From: data.NewDate(2026, 10, 1), To: data.NewDate(2026, 10, 31), Keep: true}

// Dimensions of the fixtures, by index.
const (
	mySelf = iota
	people
	orgImprovement
	valueManagement
)

func TestThePreviewSplitsAtMidnightSharesOverlapsAndWritesNothing(t *testing.T) {
	ti, dims := importer(t)
	p := preview(t, ti, "work.ics", october)
	cases := []struct {
		date data.Date
		want map[int64]int
	}{
		{data.NewDate(2026, 10, 5), minutes(dims, people, 30)},                       // 1:1 Sam
		{data.NewDate(2026, 10, 6), minutes(dims, orgImprovement, 60)},               // the staff meeting; the pitch was declined
		{data.NewDate(2026, 10, 8), minutes(dims, valueManagement, 135, mySelf, 15)}, // roadmap, customer and lunch overlap; New York sync
		{data.NewDate(2026, 10, 14), minutes(dims, people, 45, valueManagement, 30)}, // Priya; the launch call until midnight
		{data.NewDate(2026, 10, 15), minutes(dims, valueManagement, 90)},             // the launch call after midnight; the sync
		{data.NewDate(2026, 10, 22), minutes(dims, orgImprovement, 60, valueManagement, 60)},
		{data.NewDate(2026, 10, 24), minutes(dims, orgImprovement, 60)},  // release night, 23:00 to midnight
		{data.NewDate(2026, 10, 25), minutes(dims, orgImprovement, 240)}, // and midnight to 3:00, with the hour 1:00 twice
	}
	for _, c := range cases {
		if got := previewDay(t, p, c.date).After; !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.date, got, c.want)
		}
	}
	for _, d := range []data.Date{data.NewDate(2026, 10, 13), data.NewDate(2026, 10, 20), data.NewDate(2026, 10, 27)} {
		for _, day := range p.Days {
			if day.Date == d {
				t.Errorf("%s has minutes, but its staff meeting was cancelled or moved: %v", d, day.After)
			}
		}
	}
	overlap := previewDay(t, p, data.NewDate(2026, 10, 8))
	shares := map[string]float64{}
	for _, it := range overlap.Items {
		shares[it.Title] = it.Minutes
	}
	if shares["Roadmap review"] != 30 || shares["Lunch with Alex"] != 15 || shares["Customer call: Acme renewal"] != 45 {
		t.Errorf("overlapping events count %v", shares)
	}
	var unmatched []string
	for _, it := range p.Unmatched {
		unmatched = append(unmatched, it.Title)
	}
	if got := strings.Join(unmatched, ", "); got != "Gym" {
		t.Errorf("matched no rule: %s", got)
	}
	if c, _ := ti.store.Contents(context.Background()); len(c.Days) != 0 || len(c.ImportedEvents) != 0 {
		t.Error("the preview wrote to the database")
	}
}

func TestApplyingFillsTheBalanceAndImportingAgainCountsNothingTwice(t *testing.T) {
	ti, dims := importer(t)
	ctx := context.Background()
	p := preview(t, ti, "work.ics", october)
	res, err := ti.Apply(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if res.Days != len(p.Days) || res.Backup == "" {
		t.Errorf("result %+v: %d days expected, and a backup (the rules were changed)", res, len(p.Days))
	}
	balance, err := app.NewBalancer(ti.store).Balance(ctx, app.Range{From: october.From, To: october.To})
	if err != nil {
		t.Fatal(err)
	}
	people := balance.Rows[1]
	if people.Actual != 30*5-30+45*2+60 { // four Mondays of Sam, Priya twice, the interview
		t.Errorf("People in October: %d actual minutes", people.Actual)
	}
	before, err := ti.store.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// The same file again, and an overlapping one under another name.
	if _, err := ti.Apply(ctx, preview(t, ti, "work.ics", october)); err != nil {
		t.Fatal(err)
	}
	copyOf := strings.Replace(string(apptest.Fixture(t, "work.ics")), "X-WR-CALNAME:robin@daymark.test", "X-WR-CALNAME:Work (copy)", 1)
	p2, err := ti.Preview(ctx, "copy.ics", strings.NewReader(copyOf), PreviewRequest{From: data.NewDate(2026, 10, 15), To: data.NewDate(2026, 11, 6), Keep: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ti.Apply(ctx, p2); err != nil {
		t.Fatal(err)
	}
	after, err := ti.store.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range before.Days {
		for _, e := range after.Days {
			if d.Date == e.Date && !d.Equal(e) {
				t.Errorf("%s changed on importing again: %v → %v", d.Date, d.Actual, e.Actual)
			}
		}
	}
	if n := len(after.Days); n <= len(before.Days) {
		t.Errorf("the copy's November days were not added: %d days", n)
	}
	for _, day := range p2.Days {
		if day.Changed() && day.Date.Before(data.NewDate(2026, 11, 1)) {
			t.Errorf("the preview of the copy changes %s: %v → %v", day.Date, day.Before, day.After)
		}
	}
	_ = dims
}

func TestTypedMinutesAreKeptOrReplacedAsThePersonChooses(t *testing.T) {
	ti, dims := importer(t)
	ctx := context.Background()
	monday := data.NewDate(2026, 10, 5)
	typed := data.NewDay(monday)
	typed.Note = "gym and a short 1:1"
	typed.Planned = minutes(dims, people, 60)
	typed.Actual = minutes(dims, mySelf, 120, people, 10)
	if err := ti.store.SaveDay(ctx, typed); err != nil {
		t.Fatal(err)
	}

	keep := preview(t, ti, "work.ics", october)
	day := previewDay(t, keep, monday)
	if !reflect.DeepEqual(day.After, minutes(dims, mySelf, 120, people, 10)) || !day.Kept[dims[people].ID] || day.Events[dims[people].ID] != 30 {
		t.Errorf("keeping: %v (kept %v, events %v)", day.After, day.Kept, day.Events)
	}

	replace := october
	replace.Keep = false
	p := preview(t, ti, "work.ics", replace)
	if got := previewDay(t, p, monday).After; !reflect.DeepEqual(got, minutes(dims, people, 30)) {
		t.Errorf("replacing: %v", got)
	}
	if _, err := ti.Apply(ctx, p); err != nil {
		t.Fatal(err)
	}
	stored, err := ti.store.Day(ctx, monday)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(stored.Actual, minutes(dims, people, 30)) || stored.Note != typed.Note || !reflect.DeepEqual(stored.Planned, typed.Planned) {
		t.Errorf("after replacing: %+v (the plan and the note stay)", stored)
	}

	// Typed again after the import: People 50 differs from the 30 the
	// import set, so keeping keeps it; My self was never imported.
	stored.Actual = minutes(dims, people, 50, mySelf, 60)
	if err := ti.store.SaveDay(ctx, stored); err != nil {
		t.Fatal(err)
	}
	day = previewDay(t, preview(t, ti, "work.ics", october), monday)
	if !reflect.DeepEqual(day.After, minutes(dims, people, 50, mySelf, 60)) {
		t.Errorf("keeping what was typed after an import: %v", day.After)
	}
	stored.Actual = minutes(dims, people, 30, mySelf, 60) // back to the imported 30: the import's again
	if err := ti.store.SaveDay(ctx, stored); err != nil {
		t.Fatal(err)
	}
	day = previewDay(t, preview(t, ti, "work.ics", october), monday)
	if day.Kept[dims[people].ID] || !day.Kept[dims[mySelf].ID] {
		t.Errorf("kept %v: only My self was typed", day.Kept)
	}
}

func TestADayNeverHoldsMoreThan1440Minutes(t *testing.T) {
	ti, dims := importer(t)
	ctx := context.Background()
	var ics strings.Builder
	if _, err := ics.WriteString("BEGIN:VCALENDAR\r\n"); err != nil {
		t.Fatal(err)
	}
	event := func(uid, title, start, end string) {
		if _, err := ics.WriteString("BEGIN:VEVENT\r\nUID:" + uid + "\r\nSUMMARY:" + title + "\r\nDTSTART;TZID=Europe/London:" + start + "\r\nDTEND;TZID=Europe/London:" + end + "\r\nEND:VEVENT\r\n"); err != nil {
			t.Fatal(err)
		}
	}
	// Three events over the whole of 5 October, and the whole of 25
	// October, a day of 25 hours in London.
	event("a", "Roadmap", "20261005T000000", "20261006T000000")
	event("b", "1:1 all day", "20261005T000000", "20261006T000000")
	event("c", "Lunch", "20261005T000000", "20261006T000000")
	event("d", "Roadmap", "20261025T000000", "20261026T000000")
	if _, err := ics.WriteString("END:VCALENDAR\r\n"); err != nil {
		t.Fatal(err)
	}
	typed := data.NewDay(data.NewDate(2026, 10, 25))
	typed.Actual = minutes(dims, mySelf, 600)
	if err := ti.store.SaveDay(ctx, typed); err != nil {
		t.Fatal(err)
	}

	for _, keep := range []bool{true, false} {
		p, err := ti.Preview(ctx, "long.ics", strings.NewReader(ics.String()), PreviewRequest{From: october.From, To: october.To, Keep: keep})
		if err != nil {
			t.Fatal(err)
		}
		five := previewDay(t, p, data.NewDate(2026, 10, 5))
		if !reflect.DeepEqual(five.After, minutes(dims, valueManagement, 480, people, 480, mySelf, 480)) {
			t.Errorf("three events all day: %v", five.After)
		}
		long := previewDay(t, p, data.NewDate(2026, 10, 25))
		total := 0
		for _, m := range long.After {
			total += m
		}
		if total != 1440 || keep && (long.After[dims[mySelf].ID] != 600 || long.Trimmed != 660) || !keep && long.Trimmed != 60 {
			t.Errorf("keep=%v, the day of 25 hours: %v, %d trimmed", keep, long.After, long.Trimmed)
		}
		if _, err := ti.Apply(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
}

func TestTimeTrackersAreReadThroughTheMappings(t *testing.T) {
	for _, file := range []string{"toggl-detailed.csv", "clockify-detailed.csv"} {
		t.Run(file, func(t *testing.T) {
			ti, dims := importer(t)
			p := preview(t, ti, file, october)
			if kind := map[string]string{"toggl-detailed.csv": KindToggl, "clockify-detailed.csv": KindClockify}[file]; p.Kind != kind || p.Source != kind {
				t.Errorf("kind %q, source %q", p.Kind, p.Source)
			}
			// Hiring 45 and the 1:1 tag 30 → People; Strategy 120; Admin is
			// skipped by its mapping; Reading is mapped to nothing.
			if got := previewDay(t, p, data.NewDate(2026, 10, 5)).After; !reflect.DeepEqual(got, minutes(dims, people, 75, valueManagement, 120)) {
				t.Errorf("5 October: %v", got)
			}
			late := data.NewDate(2026, 10, 6)
			if file == "clockify-detailed.csv" {
				late = data.NewDate(2026, 10, 13)
			}
			if a, b := previewDay(t, p, late).After, previewDay(t, p, late.AddDays(1)).After; a[dims[valueManagement].ID] != 45 || b[dims[valueManagement].ID] != 45 {
				t.Errorf("the late entry across midnight: %v then %v", a, b)
			}
			if len(p.RuleSkips) != 1 || p.RuleSkips[0].Title != "Expenses" {
				t.Errorf("skipped by a mapping: %+v", p.RuleSkips)
			}
			if file == "toggl-detailed.csv" {
				if len(p.Unmatched) != 1 || p.Unmatched[0].Project != "Reading" {
					t.Errorf("unmatched: %+v", p.Unmatched)
				}
				if len(p.Skipped) != 1 || p.Skipped[0].Reason != SkipSomeone {
					t.Errorf("someone else's entry: %+v", p.Skipped)
				}
			}
			ctx := context.Background()
			for i := 0; i < 2; i++ {
				if _, err := ti.Apply(ctx, preview(t, ti, file, october)); err != nil {
					t.Fatal(err)
				}
			}
			day, err := ti.store.Day(ctx, data.NewDate(2026, 10, 5))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(day.Actual, minutes(dims, people, 75, valueManagement, 120)) {
				t.Errorf("after importing twice: %v", day.Actual)
			}
		})
	}
}

func TestTrackerExportsWithoutTheColumnsAreRefused(t *testing.T) {
	ti, _ := importer(t)
	cases := []struct{ csv, want string }{
		{"Name,Hours\nA,1\n", "this CSV is not a detailed export of Toggl Track or Clockify"},
		{"Start date,Start time,Duration\n2026-10-05,9:00,soon\n", "no entry of the CSV could be read: line 2: the entry without a title cannot be read: “soon” is not a duration (h:mm:ss)"},
		{"Start date,Start time,Duration,Description\n2026-13-05,9:00,1:00,Plan\n", "line 2: the entry “Plan” cannot be read: its start: “2026-13-05” is not a date"},
		{"Start date,Start time,Duration\n\"2026-10-05,9:00,1:00\n", "no entry of the CSV could be read: line 2: the row is not CSV (extraneous or missing \" in quoted-field)"},
		{"Start \"date\",Start time,Duration\n2026-10-05,9:00,1:00\n", "line 1, column 7: the CSV's header is malformed"},
		{"Start date,Start time,Duration\n\n", "the export holds no entries: it has only its header"},
		{`{"format": "daymark"}`, "export.json is a Daymark export"},
	}
	for _, c := range cases {
		name := "t.csv"
		if strings.HasPrefix(c.csv, "{") {
			name = "export.json"
		}
		_, err := ti.Preview(context.Background(), name, strings.NewReader(c.csv), october)
		if err == nil || !strings.Contains(data.ErrorMessage(err), c.want) {
			t.Errorf("error = %v, want %q", err, c.want)
		}
	}
}

func TestSlashDatesAreReadDayFirstWhenADaySaysSo(t *testing.T) {
	ti, dims := importer(t)
	csv := "Project,Start Date,Start Time,End Date,End Time\nHiring,05/10/2026,09:00,05/10/2026,10:00\nHiring,20/10/2026,09:00,20/10/2026,10:00\n"
	p, err := ti.Preview(context.Background(), "c.csv", strings.NewReader(csv), october)
	if err != nil {
		t.Fatal(err)
	}
	if got := previewDay(t, p, data.NewDate(2026, 10, 5)).After; got[dims[people].ID] != 60 {
		t.Errorf("5 October: %v", got)
	}
	ambiguous := "Project,Start Date,Start Time,End Date,End Time\nHiring,10/05/2026,09:00,10/05/2026,10:00\n"
	p, err = ti.Preview(context.Background(), "c.csv", strings.NewReader(ambiguous), october)
	if err != nil || len(p.Notes) != 1 || !strings.Contains(p.Notes[0], "month first") {
		t.Errorf("%v, notes %q", err, p.Notes)
	}
}

func TestPreviewRefusesABadRangeBeforeReading(t *testing.T) {
	ti, _ := importer(t)
	_, err := ti.Preview(context.Background(), "work.ics", bytes.NewReader(nil), PreviewRequest{From: data.NewDate(2026, 10, 31), To: data.NewDate(2026, 10, 1)})
	if err == nil || !strings.Contains(data.ErrorMessage(err), "the range ends (2026-10-01) before it starts (2026-10-31)") {
		t.Errorf("error = %v", err)
	}
	_ = time.UTC
}
