package control

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
)

// BesideForm lays a form out with what goes beside it (charts, a list):
// the form takes half the width, at least what it needs and at most
// measure, so that on a wide screen its labels stay by their fields and
// what it shows is read in one sweep; what goes beside it takes the rest,
// and grows with the window.
func BesideForm(form, beside fyne.CanvasObject, measure float32) *fyne.Container {
	return container.New(&besideLayout{measure: measure}, form, beside)
}

type besideLayout struct{ measure float32 }

func (l *besideLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	a, b := objects[0].MinSize(), objects[1].MinSize()
	return fyne.NewSize(a.Width+theme.Padding()+b.Width, max(a.Height, b.Height))
}

func (l *besideLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	form, beside := objects[0], objects[1]
	w := max(form.MinSize().Width, min(size.Width/2, l.measure))
	w = max(min(w, size.Width-pad-beside.MinSize().Width), 0)
	form.Move(fyne.NewPos(0, 0))
	form.Resize(fyne.NewSize(w, size.Height))
	beside.Move(fyne.NewPos(w+pad, 0))
	beside.Resize(fyne.NewSize(size.Width-w-pad, size.Height))
}

// Column lays objects out one under the other, the last taking the height
// that is left (the day's note on a tall window). Unlike a Border, the
// objects keep their order for Tab.
func Column(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(columnLayout{}, objects...)
}

type columnLayout struct{}

func (columnLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	shown := 0
	for _, o := range objects {
		if o.Visible() {
			m := o.MinSize()
			s = fyne.NewSize(max(s.Width, m.Width), s.Height+m.Height)
			shown++
		}
	}
	if shown > 1 {
		s.Height += theme.Padding() * float32(shown-1)
	}
	return s
}

func (columnLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	y := float32(0)
	last := -1
	for i, o := range objects {
		if o.Visible() {
			last = i
		}
	}
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		if i == last {
			h = max(h, size.Height-y)
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

// formMeasure is the widest a form of a list's record grows.
const formMeasure = 760

// Readable keeps o at most measure wide, at the left of the room it is
// given: a form's fields and its Save stay within one sweep of the eye on
// a wide window.
func Readable(o fyne.CanvasObject, measure float32) *fyne.Container {
	return container.New(readableLayout{measure}, o)
}

type readableLayout struct{ measure float32 }

func (readableLayout) MinSize(objects []fyne.CanvasObject) fyne.Size { return objects[0].MinSize() }

func (l readableLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(max(min(size.Width, l.measure), objects[0].MinSize().Width), size.Height))
}

// WrapRow lays objects out in a row that wraps onto further rows when
// the width runs out (the Day planner's banners): it asks only for its
// widest object's width, so three banners never widen the window.
func WrapRow(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(&wrapLayout{}, objects...)
}

// wrapLayout remembers the width it was last given, to say how many rows
// its objects take: its height is known only once its width is.
type wrapLayout struct{ width float32 }

func (l *wrapLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		if o.Visible() {
			s.Width = max(s.Width, o.MinSize().Width)
		}
	}
	s.Height = l.place(objects, max(l.width, s.Width), false)
	return s
}

func (l *wrapLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	l.place(objects, size.Width, true)
}

// place puts the visible objects in rows of at most width (moving them
// when move is set) and returns the height of the rows.
func (l *wrapLayout) place(objects []fyne.CanvasObject, width float32, move bool) float32 {
	pad := theme.Padding()
	x, y, rowHeight := float32(0), float32(0), float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > width {
			x, y, rowHeight = 0, y+rowHeight+pad, 0
		}
		if move {
			o.Move(fyne.NewPos(x, y))
			o.Resize(m)
		}
		x += m.Width + pad
		rowHeight = max(rowHeight, m.Height)
	}
	return y + rowHeight
}

// fixedWidth lays out its objects one on top of the other, at least width wide.
type fixedWidth struct{ width float32 }

func (f fixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := layout.NewStackLayout().MinSize(objects)
	return fyne.NewSize(max(s.Width, f.width), s.Height)
}

func (f fixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objects, size)
}

// WithWidth wraps o so it is at least width wide.
func WithWidth(width float32, o fyne.CanvasObject) *fyne.Container {
	return container.New(fixedWidth{width}, o)
}

// ThreePanes lays a screen out as a list, a form and what goes beside it,
// the list taking listShare of the width and the form formShare of the rest.
func ThreePanes(list, form, beside fyne.CanvasObject, listShare, formShare float64) fyne.CanvasObject {
	inner := container.NewHSplit(form, container.NewPadded(beside))
	inner.Offset = formShare
	outer := container.NewHSplit(container.NewPadded(list), inner)
	outer.Offset = listShare
	return outer
}

// ListBesideForm lays a list out beside the form that edits its rows: the
// list takes listShare of the width; the form, kept to a readable measure,
// scrolls to follow the focus of owner's fields.
func ListBesideForm(owner any, list, form fyne.CanvasObject, listShare float64) *container.Split {
	split := container.NewHSplit(container.NewPadded(list), FollowingScroll(owner, Readable(container.NewPadded(form), formMeasure)))
	split.Offset = listShare
	return split
}

// Middle keeps o at its own height in the middle of a taller cell: a row
// grows when a name takes two lines, its fields do not.
func Middle(o fyne.CanvasObject) fyne.CanvasObject { return container.New(middleLayout{}, o) }

type middleLayout struct{}

func (middleLayout) MinSize(objects []fyne.CanvasObject) fyne.Size { return objects[0].MinSize() }

func (middleLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	h := objects[0].MinSize().Height
	objects[0].Move(fyne.NewPos(0, (size.Height-h)/2))
	objects[0].Resize(fyne.NewSize(size.Width, h))
}
