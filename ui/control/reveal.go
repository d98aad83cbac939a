package control

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Fyne 2.7's Scroll does not follow the focus: Tab to a field below the
// fold leaves it there, unseen, and Space then ticks a box nobody can see
// (fyne-io/fyne#3029 asks for it). The app's scrolling forms are made
// with followingScroll, and the app's own fields and buttons call
// revealFocused as they take the focus, which scrolls them into view.

// following is a scroll that follows the focus, with what owns it: a
// screen's builder or a dialog, whose scrolls are forgotten with it.
type following struct {
	scroll *FormScroll
	owner  any
}

// scrolls are the following scrolls made so far; UI goroutine only.
var scrolls []following

// FormScroll is a scroll of a form. Before the wheel moves it, and before
// it brings a field into view, it measures its content again: a form's
// parts change under it (a list of values filled, an action added, text
// wrapped to a new width) without telling it, and the end of a long form
// (Learnt, on the Decisions screen) stayed out of the wheel's reach.
type FormScroll struct {
	container.Scroll
}

func newFormScroll(direction container.ScrollDirection, content fyne.CanvasObject) *FormScroll {
	s := &FormScroll{}
	s.Direction, s.Content = direction, content
	s.ExtendBaseWidget(s)
	return s
}

// Scrolled moves the content over its whole height.
func (s *FormScroll) Scrolled(ev *fyne.ScrollEvent) {
	s.Measure()
	s.Scroll.Scrolled(ev)
}

// Measure lays the content out again when its size is not the one it asks for.
func (s *FormScroll) Measure() {
	min, size := s.Content.MinSize(), s.Content.Size()
	if min.Height > size.Height+0.5 || min.Width > size.Width+0.5 ||
		min.Height < size.Height-0.5 && size.Height > s.Size().Height+0.5 {
		s.Refresh()
	}
}

// FollowingScroll wraps content in a vertical scroll that brings the field
// in focus into view, and whose end the wheel always reaches.
func FollowingScroll(owner any, content fyne.CanvasObject) *FormScroll {
	s := newFormScroll(container.ScrollVerticalOnly, content)
	scrolls = append(scrolls, following{s, owner})
	return s
}

// FollowingHScroll is followingScroll sideways, for a wide grid.
func FollowingHScroll(owner any, content fyne.CanvasObject) *FormScroll {
	s := newFormScroll(container.ScrollHorizontalOnly, content)
	scrolls = append(scrolls, following{s, owner})
	return s
}

// ForgetScreens forgets the scrolls of the screens of a window being
// replaced: they are built anew.
func ForgetScreens() {
	scrolls = slices.DeleteFunc(scrolls, func(f following) bool {
		_, ofDialog := f.owner.(*DialogBox)
		return !ofDialog
	})
}

// forgetScrolls forgets the scrolls of owner, which is gone.
func forgetScrolls(owner any) {
	scrolls = slices.DeleteFunc(scrolls, func(f following) bool { return f.owner == owner })
}

// revealFocused scrolls obj, which has just taken the focus, into view in
// the innermost following scroll that holds it.
func revealFocused(obj fyne.CanvasObject) {
	if s := ScrollHolding(obj); s != nil {
		s.Measure()
		d := fyne.CurrentApp().Driver()
		scrollTo(s, d.AbsolutePositionForObject(obj).Subtract(d.AbsolutePositionForObject(s.Content)), obj.Size())
	}
}

// ScrollHolding returns the innermost following scroll shown that holds
// obj, or nil. A dialog's field is only looked for in a dialog's scrolls.
func ScrollHolding(obj fyne.CanvasObject) *FormScroll {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(obj)
	if c == nil {
		return nil
	}
	inDialog := c.Overlays().Top() != nil
	at, size := d.AbsolutePositionForObject(obj), obj.Size()
	var best *FormScroll
	for _, f := range scrolls {
		s := f.scroll
		if _, ofDialog := f.owner.(*DialogBox); ofDialog != inDialog || d.CanvasForObject(s) != c {
			continue
		}
		// AbsolutePositionForObject finds only what is shown: a scroll of a
		// tab behind is at the origin.
		if d.AbsolutePositionForObject(s).IsZero() {
			continue
		}
		cAt, cSize := d.AbsolutePositionForObject(s.Content), s.Content.Size()
		if at.X < cAt.X || at.Y < cAt.Y || at.X+size.Width > cAt.X+cSize.Width+1 || at.Y+size.Height > cAt.Y+cSize.Height+1 {
			continue
		}
		if best == nil || s.Size().Width*s.Size().Height < best.Size().Width*best.Size().Height {
			best = s
		}
	}
	return best
}

// scrollTo moves s the least that shows the area at pos (in its content)
// of size, with a little room around it.
func scrollTo(s *FormScroll, pos fyne.Position, size fyne.Size) {
	room := theme.Padding() * 2
	offset := s.Offset
	view := s.Size()
	axis := func(start, length, current, viewLength float32) float32 {
		switch {
		case length+2*room > viewLength || start-room < current:
			return max(0, start-room)
		case start+length+room > current+viewLength:
			return start + length + room - viewLength
		}
		return current
	}
	if s.Direction != container.ScrollHorizontalOnly {
		offset.Y = axis(pos.Y, size.Height, offset.Y, view.Height)
	}
	if s.Direction != container.ScrollVerticalOnly {
		offset.X = axis(pos.X, size.Width, offset.X, view.Width)
	}
	s.ScrollToOffset(offset)
}
