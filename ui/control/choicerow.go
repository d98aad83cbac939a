package control

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ChoiceRow is one choice among a few, shown side by side as segments:
// what a row of radio buttons does, as one stop for Tab. The arrow keys
// move the choice, Home and End go to the ends, Delete clears it (unless
// a choice is required); a click chooses a segment, and a click on the
// chosen one clears it. Fyne's RadioGroup makes each option a stop of its
// own and leaves the arrow keys unused.
type ChoiceRow struct {
	widget.BaseWidget
	Options   []string
	Selected  string
	Required  bool                // a choice cannot be cleared
	OnChanged func(chosen string) // after the person changes it, or SetSelected does

	focused, hovered bool
}

func NewChoiceRow(options []string, changed func(string)) *ChoiceRow {
	c := &ChoiceRow{Options: options, OnChanged: changed}
	c.ExtendBaseWidget(c)
	return c
}

// SetSelected chooses option (or nothing, for ""), as the person would.
func (c *ChoiceRow) SetSelected(option string) {
	if option == c.Selected {
		return
	}
	c.Selected = option
	c.Refresh()
	if c.OnChanged != nil {
		c.OnChanged(option)
	}
}

// Index returns the position of the choice, -1 for none.
func (c *ChoiceRow) Index() int {
	for i, o := range c.Options {
		if o == c.Selected {
			return i
		}
	}
	return -1
}

func (c *ChoiceRow) choose(i int) {
	if len(c.Options) == 0 {
		return
	}
	c.SetSelected(c.Options[max(0, min(i, len(c.Options)-1))])
}

// Tapped chooses the segment under the pointer, or clears it if chosen.
func (c *ChoiceRow) Tapped(ev *fyne.PointEvent) {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		cv.Focus(c)
	}
	if len(c.Options) == 0 {
		return
	}
	i := int(ev.Position.X / c.Size().Width * float32(len(c.Options)))
	i = max(0, min(i, len(c.Options)-1))
	if c.Options[i] == c.Selected && !c.Required {
		c.SetSelected("")
		return
	}
	c.choose(i)
}

// TypedKey moves the choice with the arrows, Home and End; Delete and
// Backspace clear it.
func (c *ChoiceRow) TypedKey(ev *fyne.KeyEvent) {
	at := c.Index()
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyUp:
		if at < 0 {
			at = len(c.Options)
		}
		c.choose(at - 1)
	case fyne.KeyRight, fyne.KeyDown:
		c.choose(at + 1)
	case fyne.KeyHome:
		c.choose(0)
	case fyne.KeyEnd:
		c.choose(len(c.Options) - 1)
	case fyne.KeyDelete, fyne.KeyBackspace:
		if !c.Required {
			c.SetSelected("")
		}
	case fyne.KeySpace:
		if at < 0 {
			c.choose(0)
		}
	default:
		EscapeFrom(c, ev)
	}
}

func (c *ChoiceRow) TypedRune(rune) {}

func (c *ChoiceRow) FocusGained() {
	c.focused = true
	c.Refresh()
	revealFocused(c)
}

func (c *ChoiceRow) FocusLost() {
	c.focused = false
	c.Refresh()
}

// MouseIn and the rest show the pointer over the row.
func (c *ChoiceRow) MouseIn(*desktop.MouseEvent)    { c.hovered = true; c.Refresh() }
func (c *ChoiceRow) MouseMoved(*desktop.MouseEvent) {}
func (c *ChoiceRow) MouseOut()                      { c.hovered = false; c.Refresh() }

func (c *ChoiceRow) CreateRenderer() fyne.WidgetRenderer {
	r := &choiceRowRenderer{row: c, frame: canvas.NewRectangle(color.Transparent)}
	r.rebuild()
	return r
}

type choiceRowRenderer struct {
	row    *ChoiceRow
	frame  *canvas.Rectangle // the outline, and the focus
	cells  []*canvas.Rectangle
	labels []*canvas.Text
}

// rebuild makes a segment per option.
func (r *choiceRowRenderer) rebuild() {
	r.cells, r.labels = nil, nil
	for _, o := range r.row.Options {
		r.cells = append(r.cells, canvas.NewRectangle(color.Transparent))
		t := canvas.NewText(o, color.Black)
		t.Alignment = fyne.TextAlignCenter
		r.labels = append(r.labels, t)
	}
}

func (r *choiceRowRenderer) Objects() []fyne.CanvasObject {
	objects := []fyne.CanvasObject{r.frame}
	for i := range r.cells {
		objects = append(objects, r.cells[i], r.labels[i])
	}
	return objects
}

// segment is the width of the widest option with room around it.
func (r *choiceRowRenderer) segment() fyne.Size {
	th := r.row.Theme()
	widest := fyne.NewSize(0, 0)
	for _, t := range r.labels {
		widest = widest.Max(fyne.MeasureText(t.Text, th.Size(theme.SizeNameText), t.TextStyle))
	}
	pad := th.Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(widest.Width+3*pad, widest.Height+2*pad)
}

func (r *choiceRowRenderer) MinSize() fyne.Size {
	s := r.segment()
	return fyne.NewSize(s.Width*float32(len(r.cells)), s.Height)
}

func (r *choiceRowRenderer) Layout(size fyne.Size) {
	r.frame.Resize(size)
	if len(r.cells) == 0 {
		return
	}
	w := size.Width / float32(len(r.cells))
	inset := r.row.Theme().Size(theme.SizeNameInputBorder) * 2
	for i := range r.cells {
		r.cells[i].Move(fyne.NewPos(float32(i)*w+inset, inset))
		r.cells[i].Resize(fyne.NewSize(w-2*inset, size.Height-2*inset))
		r.labels[i].Move(fyne.NewPos(float32(i)*w, 0))
		r.labels[i].Resize(fyne.NewSize(w, size.Height))
	}
}

func (r *choiceRowRenderer) Refresh() {
	if len(r.cells) != len(r.row.Options) {
		r.rebuild()
	}
	th := r.row.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	radius := th.Size(theme.SizeNameInputRadius)
	r.frame.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.frame.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.frame.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	if r.row.focused {
		r.frame.StrokeColor = th.Color(theme.ColorNamePrimary, v)
		r.frame.StrokeWidth *= 2
	} else if r.row.hovered {
		r.frame.FillColor = blend(th.Color(theme.ColorNameHover, v), r.frame.FillColor)
	}
	r.frame.CornerRadius = radius
	for i, o := range r.row.Options {
		r.labels[i].Text = o
		r.labels[i].TextSize = th.Size(theme.SizeNameText)
		r.cells[i].CornerRadius = radius
		if o == r.row.Selected {
			r.cells[i].FillColor = th.Color(theme.ColorNamePrimary, v)
			r.labels[i].Color = th.Color(theme.ColorNameForegroundOnPrimary, v)
			r.labels[i].TextStyle.Bold = true
		} else {
			r.cells[i].FillColor = color.Transparent
			r.labels[i].Color = th.Color(theme.ColorNameForeground, v)
			r.labels[i].TextStyle.Bold = false
		}
	}
	r.Layout(r.row.Size())
	canvas.Refresh(r.row)
}

func (r *choiceRowRenderer) Destroy() {}

// blend paints a translucent colour over an opaque one.
func blend(top, under color.Color) color.Color {
	tr, tg, tb, ta := top.RGBA()
	ur, ug, ub, _ := under.RGBA()
	a := float64(ta) / 0xFFFF
	mix := func(t, u uint32) uint16 { return uint16(float64(t) + float64(u)*(1-a)) }
	return color.RGBA64{R: mix(tr, ur), G: mix(tg, ug), B: mix(tb, ub), A: 0xFFFF}
}
