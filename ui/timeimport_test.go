package ui

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/timeimportdialog"
)

var sampleCalendar = filepath.Join("..", "testdata", "work.ics")

// openImport opens the import of file on the days of October 2026. The
// harness is in UTC: 10:00 in London, in October, is 09:00.
func (h *harness) openImport(file string) *timeimportdialog.Dialog {
	h.t.Helper()
	ti := h.w.importTime(file)
	h.settle()
	ti.From.SetText("2026-10-01")
	ti.To.SetText("2026-10-31")
	h.settle()
	return ti
}

// treeText is every line of the preview, in no order.
func treeText(ti *timeimportdialog.Dialog) string {
	var lines []string
	for _, l := range ti.Tree.Text {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestTheFileMenuAndTheDayPlannerLeadToTheCalendarImport(t *testing.T) {
	h := newHarness(t)
	var labels []string
	for _, i := range h.win.MainMenu().Items[0].Items {
		labels = append(labels, i.Label)
	}
	if got := strings.Join(labels, ", "); !strings.Contains(got, "Import calendar or time tracker…, Import rules…") {
		t.Errorf("the File menu: %s", got)
	}
	found := false
	for _, o := range test.LaidOutObjects(h.w.day.content) {
		if b, ok := o.(*control.KeyButton); ok && b.Text == "Fill from a calendar…" {
			found = true
		}
	}
	if !found {
		t.Error("the Day planner has no way to fill actual time from a calendar")
	}
}

func TestACalendarIsPreviewedThenFillsTheBalance(t *testing.T) {
	h := newHarness(t)
	ti := h.openImport(sampleCalendar)
	if !strings.Contains(ti.Summary.Text, "The calendar “robin@daymark.test”: 17 events counted; the actual minutes of 11 days change.") ||
		!strings.Contains(ti.Summary.Text, "4 matched no rule (skipped)") {
		t.Errorf("summary: %q", ti.Summary.Text)
	}
	lines := treeText(ti)
	for _, want := range []string{
		"Mon 5 Oct 2026 · 1 event · 30 minutes more actual time",
		"People: 0 → 30 min",
		"09:00–09:30  1:1 Sam / Robin · 30 min · title contains “1:1”",
		"12:00–13:00  Roadmap review · 30 of its 60 min (it overlaps others) · title contains “roadmap”",
		"Matched no rule: skipped (4)",
		"Tue 6 Oct 14:00–15:00 · Vendor pitch: analytics suite · declined",
	} {
		if !strings.Contains(lines, want) {
			t.Errorf("the preview lacks %q:\n%s", want, lines)
		}
	}
	if !ti.Bar.Hidden {
		t.Error("the progress bar is still shown")
	}
	if c, _ := h.store.Contents(context.Background()); len(c.Days) != 0 {
		t.Error("the preview wrote days")
	}

	if ti.Apply.Disabled() || ti.Apply.Text != "Set 11 days" {
		t.Fatalf("the apply button: %q, disabled %v", ti.Apply.Text, ti.Apply.Disabled())
	}
	test.Tap(ti.Apply)
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "Set the actual minutes of 11 days from work.ics.") {
		t.Errorf("after applying: %q", text)
	}
	if day := h.stored(data.NewDate(2026, 10, 5)); day.Actual[h.dims[1].ID] != 30 {
		t.Errorf("5 October holds %v", day.Actual)
	}
	h.tapButton("Show the balance")
	if h.w.nav.Current != screenBalance || h.w.balance.Label.Text != "1 Oct to 31 Oct 2026" {
		t.Errorf("the balance shows %q (screen %d)", h.w.balance.Label.Text, h.w.nav.Current)
	}
}

func TestKeepingOrReplacingTypedMinutesShowsInThePreview(t *testing.T) {
	h := newHarness(t)
	typed := data.NewDay(data.NewDate(2026, 10, 5))
	typed.Actual = map[int64]int{h.dims[1].ID: 10}
	if err := h.store.SaveDay(context.Background(), typed); err != nil {
		t.Fatal(err)
	}
	ti := h.openImport(sampleCalendar)
	if lines := treeText(ti); !strings.Contains(lines, "People: 10 min typed by hand, kept (the events say 30)") {
		t.Errorf("keeping:\n%s", lines)
	}
	ti.Keep.SetSelected(timeimportdialog.ReplaceTyped)
	h.settle()
	if lines := treeText(ti); !strings.Contains(lines, "People: 10 → 30 min") {
		t.Errorf("replacing:\n%s", lines)
	}
}

func TestAFileThatCannotBeReadSaysWhyAndSetsNothing(t *testing.T) {
	h := newHarness(t)
	bad := filepath.Join(t.TempDir(), "bad.ics")
	if err := os.WriteFile(bad, []byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ti := h.openImport(bad)
	if ti.Summary.Text != "no event of the calendar could be read: line 2: the event without a title is cut short by the end of the file" || !ti.Apply.Disabled() {
		t.Errorf("summary %q, apply disabled %v", ti.Summary.Text, ti.Apply.Disabled())
	}
	if len(ti.Tree.Children[""]) != 0 || ti.Problems.Content.Visible() {
		t.Error("a preview is still shown")
	}
}

// A calendar with a stray line in each event: every event is previewed,
// and the summary says how many lines were skipped, over a compact list
// that names each.
func TestLinesThatCannotBeReadAreListedUnderTheSummary(t *testing.T) {
	h := newHarness(t)
	ti := h.openImport(filepath.Join("..", "testdata", "calendars", "stray-lines.ics"))
	if !strings.HasSuffix(ti.Summary.Text, "\n3 events read; 3 lines skipped:") {
		t.Errorf("summary %q", ti.Summary.Text)
	}
	if !ti.Problems.Content.Visible() || ti.Problems.List.Length() != 3 {
		t.Fatalf("the list of problems: shown %v, %d rows", ti.Problems.Content.Visible(), ti.Problems.List.Length())
	}
	var rows []string
	for _, o := range test.LaidOutObjects(ti.Problems.List) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			rows = append(rows, l.Text)
		}
	}
	if got := strings.Join(rows, "\n"); !strings.HasPrefix(got, "line 10: 'X-APPLE-RADIUS=49.9…' is not a calendar line; skipped\nline 17: 'X-APPLE-RADIUS=120.5' is not a calendar line; skipped") {
		t.Errorf("rows:\n%s", got)
	}
	row := ti.Problems.List.CreateItem().MinSize().Height
	if size := ti.Problems.Content.MinSize(); size.Height < 3*row || size.Height > 3.5*row {
		t.Errorf("the list is %v high, for rows %v high", size.Height, row)
	}
	if lines := treeText(ti); !strings.Contains(lines, "Interview") {
		t.Errorf("the event after the last stray line is not previewed:\n%s", lines)
	}

	// One problem, and something was mended, not skipped: one row, and
	// the summary says nothing was skipped.
	one := h.openImport(filepath.Join("..", "testdata", "calendars", "missing-final-end.ics"))
	if size := one.Problems.Content.MinSize(); !strings.HasSuffix(one.Summary.Text, "\n2 events read:") || one.Problems.List.Length() != 1 || size.Height > 1.5*row {
		t.Errorf("one problem: summary %q, %d rows, %v high", one.Summary.Text, one.Problems.List.Length(), size.Height)
	}

	clean := h.openImport(sampleCalendar)
	if clean.Problems.Content.Visible() || !strings.HasSuffix(clean.Summary.Text, "\n17 events read.") {
		t.Errorf("a clean calendar: problems shown %v, summary %q", clean.Problems.Content.Visible(), clean.Summary.Text)
	}
}

func TestTheRulesEditorValidatesAsYouTypeAndKeepsTheOrder(t *testing.T) {
	h := newHarness(t)
	rules, err := h.store.ImportRules(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e := timeimportdialog.NewRulesEditor(h.dims)
	e.Fill(rules)
	e.AddRule(data.Rule{Field: data.FieldTitle, Op: data.OpPattern})
	last := e.Rules[len(e.Rules)-1]
	test.Type(last.Pattern, "(")
	if err := last.Pattern.Validate(); err == nil || !strings.Contains(err.Error(), "“(” is not a pattern") {
		t.Errorf("the field says %v", err)
	}
	if _, err := e.Read(); err == nil || !strings.Contains(control.Sentence(err), "Rule 12: “(” is not a pattern") {
		t.Errorf("reading says %v", err)
	}
	last.Pattern.SetText("^board")
	last.Field.SetSelected("Attendees")
	if last.Op.Selected != "at least" {
		t.Errorf("attendees are compared with %q", last.Op.Selected)
	}
	last.Field.SetSelected("Title")
	last.Op.SetSelected("matches pattern")
	last.Dim.SetSelected("Value management")
	e.MoveRule(last, -1)
	r, err := e.Read()
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Rules[len(r.Rules)-2]; got.Pattern != "^board" || got.Op != data.OpPattern || got.DimensionID != h.dims[3].ID {
		t.Errorf("the moved rule reads %+v", got)
	}
}

func TestTheRulesAreSavedWholeFromTheDialog(t *testing.T) {
	h := newHarness(t)
	saved := false
	timeimportdialog.ShowRules(h.w.svc.TimeImport, h.win, h.w.tasks, []string{"Hiring"}, func() { saved = true })
	h.settle()
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if tabs, ok := o.(*container.AppTabs); ok {
			tabs.SelectIndex(1)
			h.tapButton("Hiring") // maps the project the file holds
			tabs.SelectIndex(0)
			break
		}
	}
	h.tapButton("Add a rule")
	var patterns []*widget.Entry
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if en, ok := o.(*widget.Entry); ok && en.PlaceHolder == "1:1" {
			patterns = append(patterns, en)
		}
	}
	test.Type(patterns[len(patterns)-1], "Board")
	h.tapButton("Save")
	if !saved {
		t.Fatal("the rules were not saved")
	}
	rules, err := h.store.ImportRules(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	last := rules.Rules[len(rules.Rules)-1]
	if last.Pattern != "Board" || last.DimensionID != 0 || len(rules.Mappings) != 1 || rules.Mappings[0].Name != "Hiring" {
		t.Errorf("saved %+v and %+v", last, rules.Mappings)
	}
}
