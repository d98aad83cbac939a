package control

import (
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// The app's fields: Fyne's entry, check box and select, which also scroll
// into view when they take the focus (see reveal.go) and let Escape close
// the dialog they are in (see dialogs.go). TextArea, DurationEntry and
// DateField do the same.

// LineEntry is a one-line field.
type LineEntry struct {
	widget.Entry
}

func NewLineEntry(placeholder string) *LineEntry {
	e := &LineEntry{}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(placeholder)
	return e
}

func (e *LineEntry) FocusGained() {
	e.Entry.FocusGained()
	restBlinkSoon(e, &e.Entry)
	revealFocused(e)
}

func (e *LineEntry) TypedKey(ev *fyne.KeyEvent) {
	if !EscapeFrom(e, ev) {
		e.Entry.TypedKey(ev)
	}
}

// CheckBox is a check box.
type CheckBox struct {
	widget.Check
}

func NewCheckBox(label string, changed func(bool)) *CheckBox {
	c := &CheckBox{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

func (c *CheckBox) FocusGained() {
	c.Check.FocusGained()
	revealFocused(c)
}

func (c *CheckBox) TypedKey(ev *fyne.KeyEvent) {
	if !EscapeFrom(c, ev) {
		c.Check.TypedKey(ev)
	}
}

// SelectField is a drop-down choice.
type SelectField struct {
	widget.Select
}

func NewSelectField(options []string, changed func(string)) *SelectField {
	s := &SelectField{}
	s.Options, s.OnChanged, s.PlaceHolder = options, changed, "(Select one)"
	s.ExtendBaseWidget(s)
	return s
}

func (s *SelectField) FocusGained() {
	s.Select.FocusGained()
	revealFocused(s)
}

func (s *SelectField) TypedKey(ev *fyne.KeyEvent) {
	if !EscapeFrom(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// TypedRune picks the next option that starts with the letter typed, as a
// desktop's drop-downs do.
func (s *SelectField) TypedRune(r rune) {
	n := len(s.Options)
	for step := 1; step <= n; step++ {
		i := (max(s.SelectedIndex(), -1) + step + n) % n
		if first, _ := utf8.DecodeRuneInString(s.Options[i]); unicode.ToLower(first) == unicode.ToLower(r) {
			s.SetSelectedIndex(i)
			return
		}
	}
}

// ListField is a list, for lists in dialogs.
type ListField struct {
	widget.List
}

func NewListField(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *ListField {
	l := &ListField{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *ListField) TypedKey(ev *fyne.KeyEvent) {
	if !EscapeFrom(l, ev) {
		l.List.TypedKey(ev)
	}
}

// TextArea is a multi-line field in which Tab moves to the next field, as
// in a form, instead of typing a tab character.
type TextArea struct {
	widget.Entry
}

func NewTextArea(placeholder string, rows int) *TextArea {
	t := &TextArea{}
	t.MultiLine = true
	t.Wrapping = fyne.TextWrapWord
	t.ExtendBaseWidget(t)
	t.SetPlaceHolder(placeholder)
	t.SetMinRowsVisible(rows)
	return t
}

// AcceptsTab lets Tab leave the field.
func (t *TextArea) AcceptsTab() bool { return false }

func (t *TextArea) FocusGained() {
	t.Entry.FocusGained()
	restBlinkSoon(t, &t.Entry)
	revealFocused(t)
}

func (t *TextArea) TypedKey(ev *fyne.KeyEvent) {
	if !EscapeFrom(t, ev) {
		t.Entry.TypedKey(ev)
	}
}

// NewTitledList is a list whose rows are a bold title over a muted line of
// detail; row gives both for item i.
func NewTitledList(length func() int, row func(i int) (title, detail string)) *widget.List {
	return widget.NewList(
		length,
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("Delay the billing launch by a week", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("Tue 3 Mar 2026 · −2 · review due")
			detail.Importance = widget.LowImportance
			detail.Truncation = fyne.TextTruncateEllipsis
			return container.New(layout.NewCustomPaddedVBoxLayout(-14), title, detail)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= length() {
				return
			}
			title, detail := row(i)
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(title)
			box.Objects[1].(*widget.Label).SetText(detail)
		})
}
