package ui

import (
	"testing"

	"daymark/ui/control"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// shownIn reports whether all of o is inside the visible part of s.
func shownIn(o fyne.CanvasObject, s *control.FormScroll) bool {
	d := fyne.CurrentApp().Driver()
	at, sAt := d.AbsolutePositionForObject(o), d.AbsolutePositionForObject(s)
	return at.Y >= sAt.Y-1 && at.Y+o.Size().Height <= sAt.Y+s.Size().Height+1
}

// On a form longer than the window, Tab to a field below the fold brings
// it into view (Fyne's Scroll does not follow the focus), and Shift+Tab
// back up brings the field above into view again.
func TestTabToAFieldOffScreenScrollsItIntoView(t *testing.T) {
	h := newDemoHarness(t)
	h.press(keyDecScreen)
	f := h.w.decisions.Form
	s := scrollOf(t, f.Learnt)
	if shownIn(f.Learnt, s) {
		t.Fatal("Learnt is in view at 1024×640 already: the test shows nothing")
	}
	for range 60 {
		if h.win.Canvas().Focused() == f.Learnt {
			break
		}
		h.tab()
		if o, ok := h.win.Canvas().Focused().(fyne.CanvasObject); ok && !shownIn(o, s) && scrollOf(t, o) == s {
			t.Fatalf("Tab reached a %T out of view", o)
		}
	}
	if h.win.Canvas().Focused() != f.Learnt || !shownIn(f.Learnt, s) {
		t.Fatalf("after Tab to Learnt, it is in view: %v", shownIn(f.Learnt, s))
	}
	h.win.Canvas().Focus(f.Title)
	if !shownIn(f.Title, s) {
		t.Error("back on the title, it is out of view")
	}
}

// The mouse wheel reaches the end of a long form whose parts grew under
// its scroll, which is not told (actions added to a session, a list of
// values filled): the last action, and the button under them, are in
// reach, not drawn over each other below the end.
func TestTheWheelReachesActionsAddedToASession(t *testing.T) {
	h := newDemoHarness(t)
	h.press(keyCoaScreen)
	f := h.w.coaching.Sessions.Form
	for range 12 {
		test.Tap(findButton(t, f.Content, "Add an action"))
	}
	last := f.Rows[len(f.Rows)-1].Box
	s := scrollOf(t, f.Content)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(s)
	test.Scroll(h.win.Canvas(), at.Add(fyne.NewPos(20, 20)), 0, -10000)
	var add fyne.CanvasObject
	for _, o := range test.LaidOutObjects(f.Content) {
		if b, ok := o.(*control.KeyButton); ok && b.Text == "Add an action" {
			add = b
		}
	}
	d := fyne.CurrentApp().Driver()
	end := d.AbsolutePositionForObject(s).Y + s.Size().Height
	lastEnd := d.AbsolutePositionForObject(last).Y + last.Size().Height
	if addAt := d.AbsolutePositionForObject(add).Y; addAt < lastEnd-1 || addAt+add.Size().Height > end+1 {
		t.Errorf("wheeled to the end, Add an action is at %.0f, the last action ends at %.0f and the view at %.0f", addAt, lastEnd, end)
	}
}
