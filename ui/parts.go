package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// fixedWidth lays out its objects one on top of the other, at least width wide.
type fixedWidth struct{ width float32 }

func (f fixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := layout.NewStackLayout().MinSize(objects)
	return fyne.NewSize(max(s.Width, f.width), s.Height)
}

func (f fixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objects, size)
}

// withWidth wraps o so it is at least width wide.
func withWidth(width float32, o fyne.CanvasObject) *fyne.Container {
	return container.New(fixedWidth{width}, o)
}

// swatch is a small rounded square of a dimension's colour.
func swatch(c color.Color, side float32) *canvas.Rectangle {
	r := canvas.NewRectangle(c)
	r.CornerRadius = side / 4
	r.SetMinSize(fyne.NewSquareSize(side))
	return r
}

// newMessage is the label under a form that says, in red, why it cannot
// be saved; hidden until there is something to say.
func newMessage() *widget.Label {
	m := widget.NewLabel("")
	m.Wrapping = fyne.TextWrapWord
	m.Importance = widget.DangerImportance
	m.Hide()
	return m
}

// leaveForm is how a form is left: unchanged, then goes on at once;
// changed and sound, it is saved first; changed and not sound, the person
// is asked, and then goes on only once what was typed is discarded (keep
// puts the list back on the record still being edited).
func leaveForm(win fyne.Window, title string, dirty bool, problem error, save func(then func()), discard, keep, then func()) {
	switch {
	case !dirty:
		then()
	case problem == nil:
		save(then)
	default:
		confirmDiscard(title, sentence(problem), func(yes bool) {
			if yes {
				discard()
				then()
			} else if keep != nil {
				keep()
			}
		}, win)
	}
}

// threePanes lays a screen out as a list, a form and what goes beside it,
// the list taking listShare of the width and the form formShare of the rest.
func threePanes(list, form, beside fyne.CanvasObject, listShare, formShare float64) fyne.CanvasObject {
	inner := container.NewHSplit(form, container.NewPadded(beside))
	inner.Offset = formShare
	outer := container.NewHSplit(container.NewPadded(list), inner)
	outer.Offset = listShare
	return outer
}

// confirmDiscard asks whether to throw away changes that cannot be saved,
// saying why they cannot; answer gets true for "Discard changes". Keeping
// them is the default, and what Escape does.
func confirmDiscard(title, problem string, answer func(discard bool), win fyne.Window) {
	ask(win, title, problem+"\n\nKeep editing to put it right, or discard what was typed.", "Keep editing", "Discard changes", true, answer)
}

// textArea is a multi-line field in which Tab moves to the next field, as
// in a form, instead of typing a tab character.
type textArea struct {
	widget.Entry
}

func newTextArea(placeholder string, rows int) *textArea {
	t := &textArea{}
	t.MultiLine = true
	t.Wrapping = fyne.TextWrapWord
	t.ExtendBaseWidget(t)
	t.SetPlaceHolder(placeholder)
	t.SetMinRowsVisible(rows)
	return t
}

// AcceptsTab lets Tab leave the field.
func (t *textArea) AcceptsTab() bool { return false }

func (t *textArea) FocusGained() {
	t.Entry.FocusGained()
	restBlinkSoon(t, &t.Entry)
	revealFocused(t)
}

func (t *textArea) TypedKey(ev *fyne.KeyEvent) {
	if !escapeFrom(t, ev) {
		t.Entry.TypedKey(ev)
	}
}

// newTitledList is a list whose rows are a bold title over a muted line of
// detail; row gives both for item i.
func newTitledList(length func() int, row func(i int) (title, detail string)) *widget.List {
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
