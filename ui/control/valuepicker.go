package control

import (
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ValuePicker chooses a few values out of many: the values chosen as
// chips, and a field that filters the others as one types. By keyboard,
// type part of a name, Up and Down to pick among the matches, Return to
// add it, Backspace in the empty field to take the last chip off; Tab
// reaches each chip's × too. By mouse, click a match to add it, a × to
// take it off. It replaces twenty check boxes that pushed the rest of the
// decision form below the fold.
type ValuePicker struct {
	options []string // in the order they are offered
	chosen  []string // in the order they were chosen
	Changed func()   // after the person adds or takes off a value, if set

	Field    *pickerField
	Chips    *fyne.Container
	Matches  *fyne.Container
	Shown    []string // the matches listed
	lit      int      // the match Return adds
	more     *widget.Label
	Content  *fyne.Container
	maxShown int
}

func NewValuePicker(placeholder string) *ValuePicker {
	p := &ValuePicker{maxShown: 6}
	p.Field = &pickerField{picker: p}
	p.Field.ExtendBaseWidget(p.Field)
	p.Field.SetPlaceHolder(placeholder)
	p.Field.OnChanged = func(string) { p.filter() }
	p.Field.OnSubmitted = func(string) { p.addLit() }
	p.Chips = container.New(&flow{})
	p.Matches = container.NewVBox()
	p.more = Note("")
	p.Content = container.NewVBox(p.Chips, p.Field, p.Matches)
	p.Chips.Hide()
	return p
}

// SetOptions offers options, none chosen.
func (p *ValuePicker) SetOptions(options []string) {
	p.options = options
	p.chosen = nil
	p.Field.SetText("")
	p.refresh()
}

// SetSelected chooses the options named, and only those.
func (p *ValuePicker) SetSelected(names []string) {
	p.chosen = nil
	for _, n := range names {
		if slices.Contains(p.options, n) {
			p.chosen = append(p.chosen, n)
		}
	}
	p.refresh()
}

// Selected returns the names chosen.
func (p *ValuePicker) Selected() []string { return slices.Clone(p.chosen) }

func (p *ValuePicker) add(name string) {
	if slices.Contains(p.chosen, name) {
		return
	}
	p.chosen = append(p.chosen, name)
	p.Field.SetText("")
	p.refresh()
	if p.Changed != nil {
		p.Changed()
	}
}

func (p *ValuePicker) remove(name string) {
	p.chosen = slices.DeleteFunc(p.chosen, func(c string) bool { return c == name })
	p.refresh()
	if p.Changed != nil {
		p.Changed()
	}
	focusIn(p.Field, p.Field)
}

// addLit adds the match lit up, if there is one.
func (p *ValuePicker) addLit() {
	if p.lit >= 0 && p.lit < len(p.Shown) {
		p.add(p.Shown[p.lit])
	}
}

// refresh draws the chips and the matches anew.
func (p *ValuePicker) refresh() {
	p.Chips.Objects = nil
	for _, name := range p.chosen {
		p.Chips.Add(p.chip(name))
	}
	p.Chips.Hidden = len(p.chosen) == 0
	p.Chips.Refresh()
	p.filter()
}

// chip is a chosen value with its × to take it off.
func (p *ValuePicker) chip(name string) fyne.CanvasObject {
	remove := NewKeyButton("", theme.CancelIcon(), func() { p.remove(name) })
	remove.Importance = widget.LowImportance
	label := widget.NewLabel(name)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize() * 2
	return container.NewStack(bg, container.New(&tight{}, label, remove))
}

// filter lists the options not chosen that hold what is typed, those that
// start with it first; nothing while the field is empty.
func (p *ValuePicker) filter() {
	typed := strings.ToLower(strings.TrimSpace(p.Field.Text))
	p.Shown = nil
	if typed != "" {
		var starts, holds []string
		for _, o := range p.options {
			lower := strings.ToLower(o)
			switch {
			case slices.Contains(p.chosen, o):
			case strings.HasPrefix(lower, typed):
				starts = append(starts, o)
			case strings.Contains(lower, typed):
				holds = append(holds, o)
			}
		}
		p.Shown = append(starts, holds...)
	}
	p.lit = 0
	p.drawMatches()
}

func (p *ValuePicker) drawMatches() {
	p.Matches.Objects = nil
	for i, name := range p.Shown {
		if i == p.maxShown {
			p.more.SetText("… and " + strconv.Itoa(len(p.Shown)-p.maxShown) + " more: type more of the name")
			p.Matches.Add(p.more)
			break
		}
		p.Matches.Add(newMatchRow(name, i == p.lit, func() { p.add(name) }))
	}
	if len(p.Shown) == 0 && strings.TrimSpace(p.Field.Text) != "" {
		p.more.SetText("No value holds “" + strings.TrimSpace(p.Field.Text) + "”")
		p.Matches.Add(p.more)
	}
	p.Matches.Refresh()
	relayout(p.Content)
}

// light moves the lit match by step, within those listed.
func (p *ValuePicker) light(step int) {
	if n := min(len(p.Shown), p.maxShown); n > 0 {
		p.lit = (p.lit + step + n) % n
		p.drawMatches()
	}
}

// relayout has the form around o measure it again after it changed size.
func relayout(o fyne.CanvasObject) {
	if s := ScrollHolding(o); s != nil {
		s.Measure()
	}
}

// focusIn gives obj the focus in the canvas of anchor.
func focusIn(anchor fyne.CanvasObject, obj fyne.Focusable) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(anchor); c != nil {
		c.Focus(obj)
	}
}

// pickerField is the picker's field: Up and Down move among the matches,
// Return adds one, Backspace in an empty field takes the last chip off,
// Escape empties a field holding text.
type pickerField struct {
	LineEntry
	picker *ValuePicker
}

func (f *pickerField) TypedKey(ev *fyne.KeyEvent) {
	p := f.picker
	switch {
	case ev.Name == fyne.KeyDown:
		p.light(1)
	case ev.Name == fyne.KeyUp:
		p.light(-1)
	case ev.Name == fyne.KeyBackspace && f.Text == "" && len(p.chosen) > 0:
		p.remove(p.chosen[len(p.chosen)-1])
	case ev.Name == fyne.KeyEscape && f.Text != "":
		f.SetText("")
	default:
		f.LineEntry.TypedKey(ev)
	}
}

// MatchRow is one match: a click adds it; the lit one is what Return adds.
type MatchRow struct {
	widget.BaseWidget
	name    string
	lit     bool
	hovered bool
	tapped  func()
}

func newMatchRow(name string, lit bool, tapped func()) *MatchRow {
	r := &MatchRow{name: name, lit: lit, tapped: tapped}
	r.ExtendBaseWidget(r)
	return r
}

func (r *MatchRow) Tapped(*fyne.PointEvent)        { r.tapped() }
func (r *MatchRow) MouseIn(*desktop.MouseEvent)    { r.hovered = true; r.Refresh() }
func (r *MatchRow) MouseMoved(*desktop.MouseEvent) {}
func (r *MatchRow) MouseOut()                      { r.hovered = false; r.Refresh() }

func (r *MatchRow) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	text := canvas.NewText("", color.Black)
	hint := canvas.NewText("Return adds it", color.Black)
	hint.Alignment = fyne.TextAlignTrailing
	return &matchRenderer{row: r, bg: bg, text: text, hint: hint}
}

type matchRenderer struct {
	row        *MatchRow
	bg         *canvas.Rectangle
	text, hint *canvas.Text
}

func (m *matchRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{m.bg, m.text, m.hint}
}
func (m *matchRenderer) Destroy() {}

func (m *matchRenderer) MinSize() fyne.Size {
	th := m.row.Theme()
	s := fyne.MeasureText(m.row.name, th.Size(theme.SizeNameText), fyne.TextStyle{})
	pad := th.Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(s.Width+2*pad, s.Height+pad)
}

func (m *matchRenderer) Layout(size fyne.Size) {
	pad := m.row.Theme().Size(theme.SizeNameInnerPadding)
	m.bg.Resize(size)
	m.text.Move(fyne.NewPos(pad, pad/2))
	m.hint.Move(fyne.NewPos(size.Width-pad, pad/2+1))
}

func (m *matchRenderer) Refresh() {
	th := m.row.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	m.text.Text = m.row.name
	m.text.TextSize = th.Size(theme.SizeNameText)
	m.text.Color = th.Color(theme.ColorNameForeground, v)
	m.hint.TextSize = th.Size(theme.SizeNameCaptionText)
	m.hint.Color = th.Color(theme.ColorNameDisabled, v)
	m.hint.Hidden = !m.row.lit
	m.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	switch {
	case m.row.lit:
		m.bg.FillColor = th.Color(theme.ColorNameSelection, v)
	case m.row.hovered:
		m.bg.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		m.bg.FillColor = color.Transparent
	}
	m.Layout(m.row.Size())
	canvas.Refresh(m.row)
}

// flow lays its objects out in rows, as many to a row as fit the width,
// each at its own minimum size: the chips.
type flow struct{ width float32 }

func (f *flow) rows(objects []fyne.CanvasObject, width float32, place func(o fyne.CanvasObject, at fyne.Position)) fyne.Size {
	gap := theme.Padding()
	x, y, rowH, widest := float32(0), float32(0), float32(0), float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		if x > 0 && x+s.Width > width {
			x, y, rowH = 0, y+rowH+gap, 0
		}
		if place != nil {
			place(o, fyne.NewPos(x, y))
		}
		x += s.Width + gap
		rowH = max(rowH, s.Height)
		widest = max(widest, s.Width)
	}
	return fyne.NewSize(widest, y+rowH)
}

func (f *flow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := f.rows(objects, f.width, nil)
	return s
}

func (f *flow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.rows(objects, size.Width, func(o fyne.CanvasObject, at fyne.Position) {
		o.Move(at)
		o.Resize(o.MinSize())
	})
}

// tight lays a chip's label and × side by side with little room between.
type tight struct{}

func (tight) MinSize(objects []fyne.CanvasObject) fyne.Size {
	a, b := objects[0].MinSize(), objects[1].MinSize()
	return fyne.NewSize(a.Width+b.Width-theme.Padding()*2, max(a.Height, b.Height))
}

func (tight) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	b := objects[1].MinSize()
	objects[0].Move(fyne.NewPos(0, (size.Height-objects[0].MinSize().Height)/2))
	objects[0].Resize(objects[0].MinSize())
	objects[1].Move(fyne.NewPos(size.Width-b.Width, (size.Height-b.Height)/2))
	objects[1].Resize(b)
}
