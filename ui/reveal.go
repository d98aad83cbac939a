package ui

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
	scroll *container.Scroll
	owner  any
}

// scrolls are the following scrolls made so far; UI goroutine only.
var scrolls []following

// followingScroll wraps content in a vertical scroll that brings the field
// in focus into view.
func followingScroll(owner any, content fyne.CanvasObject) *container.Scroll {
	s := container.NewVScroll(content)
	scrolls = append(scrolls, following{s, owner})
	return s
}

// followingHScroll is followingScroll sideways, for a wide grid.
func followingHScroll(owner any, content fyne.CanvasObject) *container.Scroll {
	s := container.NewHScroll(content)
	scrolls = append(scrolls, following{s, owner})
	return s
}

// forgetScrolls forgets the scrolls of owner, which is gone.
func forgetScrolls(owner any) {
	scrolls = slices.DeleteFunc(scrolls, func(f following) bool { return f.owner == owner })
}

// revealFocused scrolls obj, which has just taken the focus, into view in
// the innermost following scroll that holds it. A dialog's field is only
// looked for in a dialog's scrolls.
func revealFocused(obj fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(obj)
	if c == nil {
		return
	}
	inDialog := c.Overlays().Top() != nil
	at, size := d.AbsolutePositionForObject(obj), obj.Size()
	var best *container.Scroll
	for _, f := range scrolls {
		s := f.scroll
		if _, ofDialog := f.owner.(*dialogBox); ofDialog != inDialog || d.CanvasForObject(s) != c {
			continue
		}
		// AbsolutePositionForObject finds only what is shown: a scroll of a
		// tab behind is at the origin.
		sAt := d.AbsolutePositionForObject(s)
		if sAt.IsZero() && (s.Position().X != 0 || s.Position().Y != 0) {
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
	if best != nil {
		scrollTo(best, at.Subtract(d.AbsolutePositionForObject(best.Content)), size)
	}
}

// scrollTo moves s the least that shows the area at pos (in its content)
// of size, with a little room around it.
func scrollTo(s *container.Scroll, pos fyne.Position, size fyne.Size) {
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
