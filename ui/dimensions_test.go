package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// dayNames returns the dimension names the Day planner shows.
func dayNames(h *harness) []string {
	var names []string
	for _, d := range h.w.day.form.dims {
		names = append(names, d.Name)
	}
	return names
}

func TestRenamingADimensionShowsInThePlanner(t *testing.T) {
	h := newHarness(t)
	h.press(keyDimScreen)
	s := h.w.dims
	if h.w.nav.Current != screenDimensions || s.Current.Name != "My self" {
		t.Fatalf("screen %d editing %q", h.w.nav.Current, s.Current.Name)
	}
	s.List.Select(1)
	h.settle()
	if s.Current.Name != "People" || s.Name.Text != "People" {
		t.Fatalf("editing %q", s.Current.Name)
	}
	s.Name.SetText("Team")
	s.Colour.SetText("#0ea5e9")
	h.press(keySave)
	dims, err := h.store.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if dims[1].Name != "Team" || dims[1].Colour != "#0EA5E9" {
		t.Errorf("stored %+v", dims[1])
	}
	if got := dayNames(h); got[1] != "Team" {
		t.Errorf("the planner shows %q", got)
	}
}

func TestAddingArchivingAndReorderingDimensions(t *testing.T) {
	h := newHarness(t)
	h.press(keyDimScreen)
	s := h.w.dims

	test.Tap(findButton(t, s.Content, "New dimension"))
	h.settle()
	if h.win.Canvas().Focused() != s.Name || s.Colour.Text == "" {
		t.Fatalf("a new dimension starts with focus on %v and colour %q", h.win.Canvas().Focused(), s.Colour.Text)
	}
	test.Type(s.Name, "Health")
	h.press(keySave)
	if got := dayNames(h); len(got) != 5 || got[4] != "Health" {
		t.Fatalf("after adding, the planner shows %q", got)
	}

	test.Tap(s.Up)
	h.settle()
	if got := dayNames(h); got[3] != "Health" {
		t.Errorf("after moving up, the planner shows %q", got)
	}

	s.Archived.SetChecked(true)
	h.press(keySave)
	if got := dayNames(h); len(got) != 4 || strings.Contains(strings.Join(got, ","), "Health") {
		t.Errorf("after archiving, the planner shows %q", got)
	}
	if len(s.All) != 5 || !s.All[3].Archived {
		t.Errorf("the editor lost the archived dimension: %+v", s.All)
	}
}

func TestADuplicateOrEmptyNameIsRefusedAtTheField(t *testing.T) {
	h := newHarness(t)
	h.press(keyDimScreen)
	s := h.w.dims
	s.Name.SetText("people")
	if err := s.Name.Validate(); err == nil || err.Error() != "“People” is already a dimension" {
		t.Errorf("validation of a duplicate: %v", err)
	}
	h.press(keySave)
	if !s.Message.Visible() || s.Message.Text != "“People” is already a dimension" {
		t.Errorf("message = %q", s.Message.Text)
	}
	dims, err := h.store.Dimensions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if dims[0].Name != "My self" {
		t.Errorf("a duplicate name was saved: %q", dims[0].Name)
	}
	s.Name.SetText("  ")
	if err := s.Name.Validate(); err == nil || !strings.Contains(err.Error(), "name is empty") {
		t.Errorf("validation of an empty name: %v", err)
	}
	s.Colour.SetText("blue")
	if err := s.Colour.Validate(); err == nil || !strings.Contains(err.Error(), "not a colour") {
		t.Errorf("validation of a bad colour: %v", err)
	}

	// Leaving the screen with a form that cannot be saved asks first.
	h.press(keyDayScreen)
	if h.w.nav.Current != screenDimensions {
		t.Fatal("left the screen without asking")
	}
	h.tapButton("Discard changes")
	if h.w.nav.Current != screenDay || s.Name.Text != "My self" {
		t.Errorf("after discarding: screen %d, name %q", h.w.nav.Current, s.Name.Text)
	}
}

func TestTheLastActiveDimensionStays(t *testing.T) {
	h := newHarness(t)
	h.press(keyDimScreen)
	s := h.w.dims
	for i := range 4 {
		s.List.Select(i)
		h.settle()
		s.Archived.SetChecked(true)
		h.press(keySave)
	}
	if !s.Message.Visible() || !strings.Contains(s.Message.Text, "last active dimension") {
		t.Errorf("message = %q", s.Message.Text)
	}
	if got := dayNames(h); len(got) != 1 || got[0] != "Value management" {
		t.Errorf("the planner shows %q", got)
	}
}
