package ui

import (
	"testing"

	"daymark/ui/decisionscreen"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// The feeling of a decision takes the arrow keys, as one stop for Tab:
// Fyne's RadioGroup made each option a stop of its own and ignored the
// arrows.
func TestTheFeelingTakesTheArrowKeys(t *testing.T) {
	test.NewTempApp(t)
	f := decisionscreen.NewDecisionForm()
	w := test.NewTempWindow(t, container.NewVBox(f.FeelingNote, f.Feeling, f.Shared))
	c := w.Canvas()
	c.Focus(f.FeelingNote)
	test.FocusNext(c)
	if c.Focused() != f.Feeling {
		t.Fatalf("Tab from the note reaches %T, want the feeling", c.Focused())
	}
	for _, step := range []struct {
		key  fyne.KeyName
		want string
	}{
		{fyne.KeyRight, "−2"}, {fyne.KeyRight, "−1"}, {fyne.KeyRight, "0"}, {fyne.KeyLeft, "−1"},
		{fyne.KeyEnd, "+2"}, {fyne.KeyRight, "+2"}, {fyne.KeyHome, "−2"}, {fyne.KeyDelete, ""}, {fyne.KeyLeft, "+2"},
	} {
		pressKey(c, step.key, 0)
		if f.Feeling.Selected != step.want {
			t.Fatalf("after %s the feeling is %q, want %q", step.key, f.Feeling.Selected, step.want)
		}
	}
	test.FocusNext(c)
	if c.Focused() != f.Shared {
		t.Errorf("one Tab from the feeling reaches %T, want the next field", c.Focused())
	}
}
