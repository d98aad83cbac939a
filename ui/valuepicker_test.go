package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The value picker is as quick by keyboard as by mouse: type part of a
// name, Down to the match wanted, Return; Backspace in the empty field
// takes the last value off; a click on a match adds it, on a chip's ×
// takes it off.
func TestTheValuePickerByKeyboardAndByMouse(t *testing.T) {
	test.NewTempApp(t)
	p := newValuePicker("Type a value")
	changes := 0
	p.changed = func() { changes++ }
	p.setOptions([]string{"Trust", "Transparency", "Family", "Speed (org.)", "Customer trust (org.)"})
	w := test.NewTempWindow(t, p.content)
	c := w.Canvas()
	c.Focus(p.field)

	typeKeys(c, "tr")
	if !slices.Equal(p.shown, []string{"Trust", "Transparency", "Customer trust (org.)"}) {
		t.Fatalf("for tr the matches are %v: those that start with it first", p.shown)
	}
	pressKey(c, fyne.KeyDown, 0)
	pressKey(c, fyne.KeyReturn, 0)
	typeKeys(c, "fam")
	pressKey(c, fyne.KeyReturn, 0)
	if got := p.selected(); !slices.Equal(got, []string{"Transparency", "Family"}) || p.field.Text != "" || changes != 2 {
		t.Fatalf("after tr, Down, Return, fam, Return: %v, field %q, %d changes", got, p.field.Text, changes)
	}
	typeKeys(c, "tr")
	if slices.Contains(p.shown, "Transparency") {
		t.Error("a value chosen is offered again")
	}
	pressKey(c, fyne.KeyEscape, 0)
	pressKey(c, fyne.KeyBackspace, 0)
	if got := p.selected(); !slices.Equal(got, []string{"Transparency"}) || c.Focused() != p.field {
		t.Fatalf("Escape then Backspace in the empty field: %v, focus on %T", got, c.Focused())
	}

	// By mouse.
	p.field.SetText("sp")
	test.Tap(p.matches.Objects[0].(*matchRow))
	if got := p.selected(); !slices.Equal(got, []string{"Transparency", "Speed (org.)"}) {
		t.Fatalf("a click on the match for sp: %v", got)
	}
	for _, o := range test.LaidOutObjects(p.chips) {
		if b, ok := o.(*keyButton); ok {
			test.Tap(&b.Button) // the first chip's ×
			break
		}
	}
	if got := p.selected(); !slices.Equal(got, []string{"Speed (org.)"}) {
		t.Errorf("a click on Transparency's ×: %v", got)
	}
}

// At 1280×800 the whole decision form, Outcome and Learnt included, is
// within one short scroll: twenty check boxes for the values pushed them
// three screens down.
func TestTheDecisionFormFitsAScreen(t *testing.T) {
	h := newDemoHarness(t)
	h.win.Resize(fyne.NewSize(1280, 800-menuBar))
	h.press(keyDecScreen)
	h.win.Canvas().Capture()
	s := scrollOf(t, h.w.decisions.form.learnt)
	s.measure()
	over := s.Content.MinSize().Height - s.Size().Height
	if over > s.Size().Height/3 {
		t.Errorf("the form is %.0f px taller than its %.0f px view: more than one short scroll", over, s.Size().Height)
	}
}
