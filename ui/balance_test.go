package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"daymark/app"
	"daymark/data"
	"daymark/ui/balancescreen"
	"daymark/ui/control"
)

// withMonth records planned and actual minutes on the first days of this
// month and a target from its start.
func withMonth(h *harness) app.Range {
	ctx := context.Background()
	month := app.RangeOf(app.Month, data.Today(), time.Monday)
	me, people := h.dims[0].ID, h.dims[1].ID
	if err := h.store.SaveDay(ctx, data.Day{Date: month.From, Planned: map[int64]int{me: 120, people: 60}, Actual: map[int64]int{me: 90, people: 60}}); err != nil {
		h.t.Fatal(err)
	}
	if err := h.store.SaveTarget(ctx, data.Target{From: month.From, Minutes: map[int64]int{me: 60, people: 120}}); err != nil {
		h.t.Fatal(err)
	}
	return month
}

func TestTheBalanceScreenShowsThisMonthSoFar(t *testing.T) {
	h := newHarness(t)
	month := withMonth(h)
	h.press(keyBalScreen)
	s := h.w.balance
	if h.w.nav.Current != screenBalance || s.Label.Text != month.Label() {
		t.Fatalf("screen %d showing %q", h.w.nav.Current, s.Label.Text)
	}
	// Only the first day holds actual time: My self did 90 against 60 a
	// day, People 60 against 120; days not recorded yet pull nothing down.
	table := tableText(h)
	for _, want := range []string{"My self", "People", "|1h 30m|", "|+30m|+50%|−1h|−50%|"} {
		if !strings.Contains(table, want) {
			t.Errorf("the table lacks %q: %s", want, table)
		}
	}
	// People: 60 of 120 a day over the days so far: the furthest below.
	if !strings.HasPrefix(s.Callout.Text, "People: ") || !strings.HasSuffix(s.Callout.Text, "below target this month.") {
		t.Errorf("callout = %q", s.Callout.Text)
	}
	for i, c := range s.Cards {
		if c.Figure == nil {
			t.Errorf("chart %d has nothing to draw", i)
		}
	}
}

func TestPreviousAndNextPeriodsAndACustomRange(t *testing.T) {
	h := newHarness(t)
	withMonth(h)
	h.press(keyBalScreen)
	s := h.w.balance
	this := s.Rng
	s.Show(s.Rng.Shift(-1))
	h.settle()
	if s.Label.Text != this.Shift(-1).Label() || !strings.HasPrefix(s.Callout.Text, "Nothing recorded in "+this.Shift(-1).Label()+" yet") {
		t.Errorf("the month before: %q, %q", s.Label.Text, s.Callout.Text)
	}
	s.Period.SetSelected("Year")
	h.settle()
	if s.Rng.Period != app.Year || !s.Rng.Contains(this.From) {
		t.Errorf("year = %+v", s.Rng)
	}
	s.Period.SetSelected("Custom")
	h.settle()
	if !s.Custom.Visible() {
		t.Fatal("no custom dates")
	}
	s.From.SetText("2020-01-01")
	s.To.SetText("2020-01-31")
	h.settle()
	if s.Rng.From.String() != "2020-01-01" || s.Rng.To.String() != "2020-01-31" || s.Label.Text != "1 Jan to 31 Jan 2020" {
		t.Errorf("custom range = %+v %q", s.Rng, s.Label.Text)
	}
	s.From.SetText("2020-02-15")
	h.settle()
	if !strings.Contains(s.Callout.Text, "ends (2020-01-31) before it starts") {
		t.Errorf("a backwards range says %q", s.Callout.Text)
	}
}

func TestTheTargetEditorAddsAVersionAndRefusesMoreThanADay(t *testing.T) {
	h := newHarness(t)
	h.press(keyBalScreen)
	s := h.w.balance
	s.EditTargets()
	h.settle()
	if !strings.Contains(h.overlayText(), "No targets yet") {
		t.Fatalf("the editor says %q", h.overlayText())
	}
	fields := entriesOf[*control.DurationEntry](h)
	if len(fields) != 4 {
		t.Fatalf("%d target fields", len(fields))
	}
	fields[0].SetText("20h")
	fields[1].SetText("5h")
	if text := h.overlayText(); !strings.Contains(text, "the targets add up to 1500 minutes, more than the 1440 in a day") {
		t.Errorf("over a day, the editor says %q", text)
	}
	h.tapButton("Save version")
	if got, _ := h.store.Targets(context.Background()); len(got) != 0 {
		t.Fatalf("saved a target over 1440: %+v", got)
	}
	fields[0].SetText("4h")
	fields[1].SetText("2h 30m")
	h.tapButton("Save version")
	got, err := h.store.Targets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].From != data.Today() || got[0].Minutes[h.dims[0].ID] != 240 || got[0].Minutes[h.dims[1].ID] != 150 {
		t.Errorf("saved %+v", got)
	}
	// The Day planner shows it at once.
	if h.w.day.form.targets[0].Text != "4h" || h.w.day.form.targets[1].Text != "2h 30m" {
		t.Errorf("the planner shows targets %q, %q", h.w.day.form.targets[0].Text, h.w.day.form.targets[1].Text)
	}
}

func TestTheFocusEditorSetsTheFocusShownEverywhere(t *testing.T) {
	h := newHarness(t)
	h.press(keyBalScreen)
	s := h.w.balance
	s.EditFocus()
	h.settle()
	h.tapButton("Set focus")
	if !strings.Contains(h.overlayText(), "Choose the dimension to focus on.") {
		t.Errorf("without a dimension: %q", h.overlayText())
	}
	selects := entriesOf[*control.SelectField](h)
	selects[0].SetSelected("People")
	areas := entriesOf[*control.TextArea](h)
	areas[0].SetText("three new people joined")
	h.tapButton("Set focus")
	history, err := h.store.FocusHistory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(history) != 1 || history[0].DimensionID != h.dims[1].ID || history[0].Reason != "three new people joined" {
		t.Fatalf("history = %+v", history)
	}
	if !strings.Contains(h.w.day.focusLine.Text, "People, because three new people joined") || h.w.day.form.names[1].Text != "★ People" {
		t.Errorf("the planner shows %q / %q", h.w.day.focusLine.Text, h.w.day.form.names[1].Text)
	}
	if !strings.Contains(tableText(h), "★ People") {
		t.Errorf("the table does not mark the focus: %s", tableText(h))
	}
}

func TestChartsSaveAsPNGAndSVG(t *testing.T) {
	h := newHarness(t)
	withMonth(h)
	h.press(keyBalScreen)
	dir := t.TempDir()
	for i, name := range []string{"days.png", "shares.svg", "average.png"} {
		path := filepath.Join(dir, name)
		balancescreen.WriteChart(h.win, h.w.tasks, h.w.svc.Balancer.Outputs(), path, h.w.balance.Cards[i].Figure)
		h.settle()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, ".svg") != strings.HasPrefix(string(b), "<svg") || (strings.HasSuffix(name, ".png") && !strings.HasPrefix(string(b), "\x89PNG")) {
			t.Errorf("%s starts with %q", name, b[:8])
		}
		h.tapButton("Close")
	}
}

// entriesOf returns the widgets of type T in the top overlay.
func entriesOf[T any](h *harness) []T {
	var out []T
	if top := h.win.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if x, ok := o.(T); ok {
				out = append(out, x)
			}
		}
	}
	return out
}
