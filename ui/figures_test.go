package ui

import (
	"bytes"
	"context"
	"regexp"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/brief"
	"daymark/app/cli"
	"daymark/app/demo"
	"daymark/data"
)

// The Balance screen, daymark balance and the brief show the same figures
// the same way, on the same database, over a range whose last days have no
// actual time recorded yet.
func TestTheScreenTheCommandLineAndTheBriefShowTheSameFigures(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	if _, err := demo.Fill(ctx, h.store, demo.Options{Days: 60, End: data.NewDate(2026, 3, 20)}); err != nil {
		t.Fatal(err)
	}
	from, to := data.NewDate(2026, 3, 1), data.NewDate(2026, 3, 31)
	h.press(keyBalScreen)
	h.w.balance.ShowRange(from, to)
	h.settle()
	screen := screenRows(h)

	var out, errs bytes.Buffer
	if code := cli.Run(ctx, "balance", []string{"--db", h.store.Path(), "--from", from.String(), "--to", to.String()}, "", &out, &errs); code != 0 {
		t.Fatal(errs.String())
	}
	command := map[string][]string{}
	lines := strings.Split(out.String(), "\n")
	for _, line := range lines[3:] { // after the range line, a blank line and the header
		cells := regexp.MustCompile(`\s{2,}`).Split(strings.TrimSpace(line), -1)
		if len(cells) == 6 {
			command[cells[0]] = cells[1:]
		}
	}

	period, err := app.NewRange(from, to)
	if err != nil {
		t.Fatal(err)
	}
	b, err := brief.NewPreparer(h.store).Prepare(ctx, period, data.NewDate(2026, 11, 30))
	if err != nil {
		t.Fatal(err)
	}
	inBrief := map[string][]string{}
	md := brief.Markdown(b.Title(), b.Blocks(data.NewDate(2026, 11, 30)))
	for _, line := range strings.Split(md, "\n") {
		if cells := strings.Split(strings.Trim(line, "| "), " | "); len(cells) == 6 && cells[1] != "---" {
			inBrief[cells[0]] = cells[1:]
		}
	}

	if len(screen) != 4 {
		t.Fatalf("the screen shows %d dimensions: %q", len(screen), screen)
	}
	for name, figures := range screen {
		if strings.HasPrefix(name, "★ ") {
			name = strings.TrimPrefix(name, "★ ") + " (focus)"
		}
		// The screen shows the off-target minutes and share on two lines,
		// the tables as "−53m (−30%)".
		want := figures
		if len(figures) == 6 {
			want = append(figures[:3:3], figures[3]+" ("+figures[4]+")", figures[5])
		}
		if got := command[name]; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: the screen shows %q, daymark balance %q", name, want, got)
		}
		if got := inBrief[name]; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: the screen shows %q, the brief %q", name, want, got)
		}
	}
	// 20 March is the sample's "today", planned and not recorded yet: with
	// the 11 days after it, 12 days have no actual time.
	line := "31 days, 1 Mar to 31 Mar 2026; 12 days have no actual time recorded"
	if !strings.HasPrefix(out.String(), "Balance of "+line+"\n") {
		t.Errorf("daymark balance begins %q", lines[0])
	}
	if !strings.Contains(tableText(h), line+".") {
		t.Errorf("the screen lacks %q: %s", line, tableText(h))
	}
	if !strings.Contains(md, "31 days, Sunday 1 March to Tuesday 31 March 2026; 12 days have no actual time recorded.") {
		t.Errorf("the brief's preface: %s", md[:300])
	}
}

// screenRows reads the Balance screen's table as a person does: for each
// dimension's name, the figures a day on its row, left to right (the total
// under each figure left out).
func screenRows(h *harness) map[string][]string {
	d := fyne.CurrentApp().Driver()
	var labels []*widget.Label
	for _, o := range test.LaidOutObjects(h.w.balance.Table) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			labels = append(labels, l)
		}
	}
	names := map[string]bool{}
	for _, dim := range h.dims {
		names[dim.Name], names["★ "+dim.Name] = true, true
	}
	rows := map[string][]string{}
	for _, name := range labels {
		if !names[name.Text] {
			continue
		}
		top := d.AbsolutePositionForObject(name).Y
		var cells []*widget.Label
		for _, l := range labels {
			mid := d.AbsolutePositionForObject(l).Y + l.Size().Height/2
			// A figure on the name's row, not the total under it.
			if l != name && mid >= top && mid < top+name.Size().Height && l.Importance != widget.LowImportance || l.Text == "–" && mid >= top && mid < top+name.Size().Height {
				cells = append(cells, l)
			}
		}
		sort.SliceStable(cells, func(i, j int) bool {
			return d.AbsolutePositionForObject(cells[i]).X < d.AbsolutePositionForObject(cells[j]).X
		})
		for _, c := range cells {
			rows[name.Text] = append(rows[name.Text], c.Text)
		}
	}
	return rows
}
