package control

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Dialogs that answer the keyboard as a desktop dialog does. Fyne 2.7's
// own leave the keyboard to whatever has the focus: Escape closes none of
// them, no button has the focus when one opens, and a button pressed with
// Space closes its dialog before the space it typed arrives, so the space
// lands in the field behind. A modal opens with the focus on its default
// button, Escape gives its safe answer from anywhere in it (from a field
// of ours, or with nothing in focus), and its buttons are keyButtons.

// modal is an open dialog or pop-up of the window, with its safe answer.
type modal struct {
	canvas  fyne.Canvas
	overlay fyne.CanvasObject // what Fyne shows it as: gone once it is closed
	cancel  func()            // closes it with its safe answer
}

// open are the modals open now, the last opened last; UI goroutine only.
var open []*modal

// Track adds the dialog or pop-up just shown on c, which cancel closes
// with its safe answer; the returned function forgets it once it is
// closed. One closed some other way (a pop-up clicked away) is forgotten
// when Escape finds it gone.
func Track(c fyne.Canvas, cancel func()) (forget func()) {
	m := &modal{canvas: c, overlay: c.Overlays().Top(), cancel: cancel}
	open = append(open, m)
	return func() {
		if i := slices.Index(open, m); i >= 0 {
			open = slices.Delete(open, i, i+1)
		}
		forgetScrolls(m)
	}
}

// escape closes the modal on top of c with its safe answer, and reports
// whether there was one.
func escape(c fyne.Canvas) bool {
	for i := len(open) - 1; i >= 0; i-- {
		m := open[i]
		if m.canvas != c {
			continue
		}
		if !slices.Contains(c.Overlays().List(), m.overlay) {
			open = slices.Delete(open, i, i+1)
			continue
		}
		m.cancel()
		return true
	}
	return false
}

// EscapeFrom closes the modal obj is in when ev is Escape, as the keyboard
// handling of the app's own fields and buttons does.
func EscapeFrom(obj fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	if ev.Name != fyne.KeyEscape {
		return false
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(obj); c != nil {
		return escape(c)
	}
	return false
}

// ListenForEscape lets Escape close the modal on top of win when nothing in
// it has the focus (Fyne then hands keys to the canvas).
func ListenForEscape(win fyne.Window) {
	win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			escape(win.Canvas())
		}
	})
}

// DialogBox is a dialog being built: its content, its buttons and the
// safe answer Escape gives.
type DialogBox struct {
	win     fyne.Window
	Dialog  *dialog.CustomDialog
	buttons []fyne.CanvasObject
	Cancel  func()         // Escape, and closing it any other way than a button
	Focus   fyne.Focusable // has the focus when it opens: the default button unless set
	Forget  func()
	Closed  func() // after it closes, however it closes
}

// NewDialog starts a dialog titled title around content.
func NewDialog(win fyne.Window, title string, content fyne.CanvasObject) *DialogBox {
	b := &DialogBox{win: win}
	b.Dialog = dialog.NewCustomWithoutButtons(title, content, win)
	b.Cancel = b.Hide
	return b
}

// Button adds a button that closes the dialog, then does do (if not nil).
// The first button added with def set is the default: it has the focus
// when the dialog opens and is drawn as the one to press.
func (b *DialogBox) Button(label string, importance widget.Importance, def bool, do func()) *KeyButton {
	k := NewKeyButton(label, nil, func() {
		b.Hide()
		if do != nil {
			do()
		}
	})
	k.Importance = importance
	b.buttons = append(b.buttons, k)
	if def && b.Focus == nil {
		b.Focus = k
	}
	return k
}

// Add puts a button of the caller's in the row, as it is.
func (b *DialogBox) Add(o fyne.CanvasObject) { b.buttons = append(b.buttons, o) }

// Hide closes the dialog without an answer.
func (b *DialogBox) Hide() { b.Dialog.Hide() }

// NewScrollingDialog is newDialog for a body that may be taller than a
// small window: it scrolls, following the focus (see revealFocused), in a
// column width wide.
func NewScrollingDialog(win fyne.Window, title string, body fyne.CanvasObject, width float32) *DialogBox {
	b := &DialogBox{win: win}
	b.Dialog = dialog.NewCustomWithoutButtons(title, WithWidth(width, FollowingScroll(b, body)), win)
	b.Cancel = b.Hide
	return b
}

// Show opens the dialog, the focus on its default button or on b.focus.
func (b *DialogBox) Show() {
	ReleaseKeys(b.win.Canvas()) // a move that asks first has not happened yet
	b.Dialog.SetButtons(b.buttons)
	b.Dialog.SetOnClosed(func() {
		b.Forget()
		if b.Closed != nil {
			b.Closed()
		}
	})
	b.Dialog.Show()
	b.Forget = Track(b.win.Canvas(), func() { b.Cancel() })
	if b.Focus != nil {
		b.win.Canvas().Focus(b.Focus)
	}
}

// Ask asks a question with a safe answer (Escape) and another. The
// default is the safe one when the other is destructive (risky), and the
// other otherwise; answer gets true for the other.
func Ask(win fyne.Window, title, message, safe, other string, risky bool, answer func(other bool)) {
	text := widget.NewLabel(message)
	text.Wrapping = fyne.TextWrapWord
	askAbout(win, title, WithWidth(420, text), safe, other, risky, answer)
}

// askAbout is ask with content of the caller's.
func askAbout(win fyne.Window, title string, content fyne.CanvasObject, safe, other string, risky bool, answer func(other bool)) {
	b := NewDialog(win, title, content)
	safeImportance, otherImportance := widget.MediumImportance, widget.HighImportance
	if risky {
		safeImportance, otherImportance = widget.HighImportance, widget.DangerImportance
	}
	b.Button(safe, safeImportance, risky, func() { answer(false) })
	b.Button(other, otherImportance, !risky, func() { answer(true) })
	b.Cancel = func() {
		b.Hide()
		answer(false)
	}
	b.Show()
}

// Inform says something done or found, with a button to close it.
func Inform(win fyne.Window, title, message string) {
	text := widget.NewLabel(message)
	text.Wrapping = fyne.TextWrapWord
	ShowPanel(win, title, WithWidth(420, text))
}

// ShowPanel shows content in a dialog with a Close button.
func ShowPanel(win fyne.Window, title string, content fyne.CanvasObject) {
	b := NewDialog(win, title, content)
	b.Button("Close", widget.HighImportance, true, nil)
	b.Show()
}

// AskForm asks for the fields of items, the focus in the first; answer
// gets true once confirm is pressed, which it can be only while the fields
// are valid (Return in a one-line field presses it too). Escape cancels.
func AskForm(win fyne.Window, title, confirm string, items []*widget.FormItem, answer func(ok bool)) {
	form := widget.NewForm(items...)
	b := NewDialog(win, title, WithWidth(420, form))
	b.Button("Cancel", widget.MediumImportance, false, func() { answer(false) })
	ok := b.Button(confirm, widget.HighImportance, false, func() { answer(true) })
	b.Cancel = func() {
		b.Hide()
		answer(false)
	}
	form.SetOnValidationChanged(func(err error) {
		if err != nil {
			ok.Disable()
		} else {
			ok.Enable()
		}
	})
	if form.Validate() != nil {
		ok.Disable()
	}
	b.FieldsConfirm(items, ok)
	b.Show()
}

// FieldsConfirm makes Return in a one-line field of items press ok, and
// gives the first field that takes the focus the focus as the dialog opens.
func (b *DialogBox) FieldsConfirm(items []*widget.FormItem, ok *KeyButton) {
	for _, it := range items {
		if e, line := it.Widget.(*LineEntry); line {
			e.OnSubmitted = func(string) { ok.press() }
		}
		if f, can := it.Widget.(fyne.Focusable); can && b.Focus == nil {
			b.Focus = f
		}
	}
}

// ShowProblem shows what went wrong, in the error's own sentence.
func ShowProblem(win fyne.Window, title string, err error) {
	text := widget.NewLabel(Paragraph(err))
	text.Wrapping = fyne.TextWrapWord
	ShowPanel(win, title, WithWidth(460, text))
}

// ConfirmDiscard asks whether to throw away changes that cannot be saved,
// saying why they cannot; answer gets true for "Discard changes". Keeping
// them is the default, and what Escape does.
func ConfirmDiscard(title, problem string, answer func(discard bool), win fyne.Window) {
	Ask(win, title, problem+"\n\nKeep editing to put it right, or discard what was typed.", "Keep editing", "Discard changes", true, answer)
}
