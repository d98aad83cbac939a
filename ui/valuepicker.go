package ui

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

// valuePicker chooses a few values out of many: the values chosen as
// chips, and a field that filters the others as one types. By keyboard,
// type part of a name, Up and Down to pick among the matches, Return to
// add it, Backspace in the empty field to take the last chip off; Tab
// reaches each chip's × too. By mouse, click a match to add it, a × to
// take it off. It replaces twenty check boxes that pushed the rest of the
// decision form below the fold.
type valuePicker struct {
	options []string // in the order they are offered
	chosen  []string // in the order they were chosen
	changed func()   // after the person adds or takes off a value, if set

	field    *pickerField
	chips    *fyne.Container
	matches  *fyne.Container
	shown    []string // the matches listed
	lit      int      // the match Return adds
	more     *widget.Label
	content  *fyne.Container
	maxShown int
}

func newValuePicker(placeholder string) *valuePicker {
	p := &valuePicker{maxShown: 6}
	p.field = &pickerField{picker: p}
	p.field.ExtendBaseWidget(p.field)
	p.field.SetPlaceHolder(placeholder)
	p.field.OnChanged = func(string) { p.filter() }
	p.field.OnSubmitted = func(string) { p.addLit() }
	p.chips = container.New(&flow{})
	p.matches = container.NewVBox()
	p.more = note("")
	p.content = container.NewVBox(p.chips, p.field, p.matches)
	p.chips.Hide()
	return p
}

// setOptions offers options, none chosen.
func (p *valuePicker) setOptions(options []string) {
	p.options = options
	p.chosen = nil
	p.field.SetText("")
	p.refresh()
}

// setSelected chooses the options named, and only those.
func (p *valuePicker) setSelected(names []string) {
	p.chosen = nil
	for _, n := range names {
		if slices.Contains(p.options, n) {
			p.chosen = append(p.chosen, n)
		}
	}
	p.refresh()
}

// selected returns the names chosen.
func (p *valuePicker) selected() []string { return slices.Clone(p.chosen) }

func (p *valuePicker) add(name string) {
	if slices.Contains(p.chosen, name) {
		return
	}
	p.chosen = append(p.chosen, name)
	p.field.SetText("")
	p.refresh()
	if p.changed != nil {
		p.changed()
	}
}

func (p *valuePicker) remove(name string) {
	p.chosen = slices.DeleteFunc(p.chosen, func(c string) bool { return c == name })
	p.refresh()
	if p.changed != nil {
		p.changed()
	}
	focusIn(p.field, p.field)
}

// addLit adds the match lit up, if there is one.
func (p *valuePicker) addLit() {
	if p.lit >= 0 && p.lit < len(p.shown) {
		p.add(p.shown[p.lit])
	}
}

// refresh draws the chips and the matches anew.
func (p *valuePicker) refresh() {
	p.chips.Objects = nil
	for _, name := range p.chosen {
		p.chips.Add(p.chip(name))
	}
	p.chips.Hidden = len(p.chosen) == 0
	p.chips.Refresh()
	p.filter()
}

// chip is a chosen value with its × to take it off.
func (p *valuePicker) chip(name string) fyne.CanvasObject {
	remove := newKeyButton("", theme.CancelIcon(), func() { p.remove(name) })
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
func (p *valuePicker) filter() {
	typed := strings.ToLower(strings.TrimSpace(p.field.Text))
	p.shown = nil
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
		p.shown = append(starts, holds...)
	}
	p.lit = 0
	p.drawMatches()
}

func (p *valuePicker) drawMatches() {
	p.matches.Objects = nil
	for i, name := range p.shown {
		if i == p.maxShown {
			p.more.SetText("… and " + strconv.Itoa(len(p.shown)-p.maxShown) + " more: type more of the name")
			p.matches.Add(p.more)
			break
		}
		p.matches.Add(newMatchRow(name, i == p.lit, func() { p.add(name) }))
	}
	if len(p.shown) == 0 && strings.TrimSpace(p.field.Text) != "" {
		p.more.SetText("No value holds “" + strings.TrimSpace(p.field.Text) + "”")
		p.matches.Add(p.more)
	}
	p.matches.Refresh()
	relayout(p.content)
}

// light moves the lit match by step, within those listed.
func (p *valuePicker) light(step int) {
	if n := min(len(p.shown), p.maxShown); n > 0 {
		p.lit = (p.lit + step + n) % n
		p.drawMatches()
	}
}

// relayout has the form around o measure it again after it changed size.
func relayout(o fyne.CanvasObject) {
	if s := scrollHolding(o); s != nil {
		s.measure()
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
	lineEntry
	picker *valuePicker
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
		f.lineEntry.TypedKey(ev)
	}
}

// matchRow is one match: a click adds it; the lit one is what Return adds.
type matchRow struct {
	widget.BaseWidget
	name    string
	lit     bool
	hovered bool
	tapped  func()
}

func newMatchRow(name string, lit bool, tapped func()) *matchRow {
	r := &matchRow{name: name, lit: lit, tapped: tapped}
	r.ExtendBaseWidget(r)
	return r
}

func (r *matchRow) Tapped(*fyne.PointEvent)        { r.tapped() }
func (r *matchRow) MouseIn(*desktop.MouseEvent)    { r.hovered = true; r.Refresh() }
func (r *matchRow) MouseMoved(*desktop.MouseEvent) {}
func (r *matchRow) MouseOut()                      { r.hovered = false; r.Refresh() }

func (r *matchRow) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	text := canvas.NewText("", color.Black)
	hint := canvas.NewText("Return adds it", color.Black)
	hint.Alignment = fyne.TextAlignTrailing
	return &matchRenderer{row: r, bg: bg, text: text, hint: hint}
}

type matchRenderer struct {
	row        *matchRow
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
