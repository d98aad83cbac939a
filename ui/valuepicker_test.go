package ui

import (
	"slices"
	"testing"

	"daymark/ui/control"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The value picker is as quick by keyboard as by mouse: type part of a
// name, Down to the match wanted, Return; Backspace in the empty field
// takes the last value off; a click on a match adds it, on a chip's ×
// takes it off.
func TestTheValuePickerByKeyboardAndByMouse(t *testing.T) {
	test.NewTempApp(t)
	p := control.NewValuePicker("Type a value")
	changes := 0
	p.Changed = func() { changes++ }
	p.SetOptions([]string{"Trust", "Transparency", "Family", "Speed (org.)", "Customer trust (org.)"})
	w := test.NewTempWindow(t, p.Content)
	c := w.Canvas()
	c.Focus(p.Field)

	typeKeys(c, "tr")
	if !slices.Equal(p.Shown, []string{"Trust", "Transparency", "Customer trust (org.)"}) {
		t.Fatalf("for tr the matches are %v: those that start with it first", p.Shown)
	}
	pressKey(c, fyne.KeyDown, 0)
	pressKey(c, fyne.KeyReturn, 0)
	typeKeys(c, "fam")
	pressKey(c, fyne.KeyReturn, 0)
	if got := p.Selected(); !slices.Equal(got, []string{"Transparency", "Family"}) || p.Field.Text != "" || changes != 2 {
		t.Fatalf("after tr, Down, Return, fam, Return: %v, field %q, %d changes", got, p.Field.Text, changes)
	}
	typeKeys(c, "tr")
	if slices.Contains(p.Shown, "Transparency") {
		t.Error("a value chosen is offered again")
	}
	pressKey(c, fyne.KeyEscape, 0)
	pressKey(c, fyne.KeyBackspace, 0)
	if got := p.Selected(); !slices.Equal(got, []string{"Transparency"}) || c.Focused() != p.Field {
		t.Fatalf("Escape then Backspace in the empty field: %v, focus on %T", got, c.Focused())
	}

	// By mouse.
	p.Field.SetText("sp")
	test.Tap(p.Matches.Objects[0].(*control.MatchRow))
	if got := p.Selected(); !slices.Equal(got, []string{"Transparency", "Speed (org.)"}) {
		t.Fatalf("a click on the match for sp: %v", got)
	}
	for _, o := range test.LaidOutObjects(p.Chips) {
		if b, ok := o.(*control.KeyButton); ok {
			test.Tap(&b.Button) // the first chip's ×
			break
		}
	}
	if got := p.Selected(); !slices.Equal(got, []string{"Speed (org.)"}) {
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
	s := scrollOf(t, h.w.decisions.Form.Learnt)
	s.Measure()
	over := s.Content.MinSize().Height - s.Size().Height
	if over > s.Size().Height/3 {
		t.Errorf("the form is %.0f px taller than its %.0f px view: more than one short scroll", over, s.Size().Height)
	}
}
