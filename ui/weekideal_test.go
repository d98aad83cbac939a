package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"daymark/data"
	"daymark/ui/control"
)

func TestTheIdealWeekStartsFromTheTargetsAndSavesAVersion(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	my, people := h.dims[0].ID, h.dims[1].ID
	if err := h.store.SaveTarget(ctx, data.Target{From: data.NewDate(2025, 1, 1), Minutes: map[int64]int{my: 240, people: 120}}); err != nil {
		t.Fatal(err)
	}
	s := h.showWeek(march3)
	test.Tap(findButton(t, s.Content, "Ideal week…"))
	h.settle()
	if text := h.overlayText(); !strings.Contains(text, "Until you save one, the ideal week is your targets in force") {
		t.Errorf("the editor says:\n%s", text)
	}
	first, ok := h.win.Canvas().Focused().(*control.GridCell)
	if !ok || first.Row != 0 || first.Col != 0 || first.Text != "4h" {
		t.Fatalf("the editor opens with the focus on %T", h.win.Canvas().Focused())
	}
	// Monday to Sunday: the targets every day, as a start.
	g := first.Grid
	for c := range 7 {
		if g.Cells[0][c].Text != "4h" || g.Cells[1][c].Text != "2h" {
			t.Fatalf("day %d starts at %q and %q", c, g.Cells[0][c].Text, g.Cells[1][c].Text)
		}
	}
	for range 5 {
		h.key(fyne.KeyRight)
	}
	h.typeHere("20h") // Saturday, My self
	h.key(fyne.KeyDown)
	h.typeHere("5h")
	want := "The plan of the ideal Saturday adds up to 25h, 1h more than the 24 hours in a day."
	if text := h.overlayText(); !strings.Contains(text, want) {
		t.Errorf("over a day, the editor says:\n%s", text)
	}
	h.tapButton("Save version")
	if versions, _ := h.store.IdealWeeks(ctx); len(versions) != 0 || h.overlayText() == "" {
		t.Fatalf("a day over 1440 minutes was saved: %+v", versions)
	}
	h.win.Canvas().Focus(g.Cells[1][5])
	h.typeHere("1h")
	h.tapButton("Save version")
	versions, _ := h.store.IdealWeeks(ctx)
	if len(versions) != 1 || versions[0].From != data.Today() || versions[0].Minutes[time.Saturday][my] != 1200 ||
		versions[0].Minutes[time.Saturday][people] != 60 || versions[0].Minutes[time.Monday][my] != 240 {
		t.Fatalf("versions stored: %+v", versions)
	}
	if h.win.Canvas().Overlays().Top() != nil || !strings.Contains(s.Info.Text, "The ideal week from") {
		t.Errorf("after saving: dialog open %v, info %q", h.win.Canvas().Overlays().Top() != nil, s.Info.Text)
	}
	// Filling the week uses it.
	s.FillFromIdeal()
	h.settle()
	if s.Grid.Cells[0][5].Text != "4h" || s.Grid.Cells[1][5].Text != "2h" {
		t.Errorf("a week before the version is filled from the targets: Saturday %q, %q", s.Grid.Cells[0][5].Text, s.Grid.Cells[1][5].Text)
	}
}
