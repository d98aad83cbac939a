package control

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Moving to another day or screen reads it off the UI goroutine, and until
// it is shown, the keys typed would go to the field being left, and be
// lost when the form is filled anew. So the window holds the keys typed
// meanwhile, and the menu's shortcuts pressed among them (Ctrl+S saves
// the day moved to, not the one left), and hands them on, in order, once
// the day or screen is there: the keys to the field that takes the focus.
//
//	holdKeys(c)         the move begins: keys from now on are kept
//	focusHeld(c, field) the move is done: field takes the focus and the keys
//	releaseKeys(c)      the move did not happen: the keys go where they were going
//	afterHold(c, do)    a menu item: done now, or in its turn

// keyHold is the window's keeper of keys: an invisible widget that has the
// focus while a move is under way.
type keyHold struct {
	widget.BaseWidget
	canvas  fyne.Canvas
	holding bool
	before  fyne.Focusable // the focus when the move began
	held    []heldKey
	timer   *time.Timer
}

// heldKey is a character typed, a key pressed, or a menu item chosen.
type heldKey struct {
	char rune
	key  *fyne.KeyEvent
	do   func()
}

// holdLimit bounds a hold: a move takes milliseconds; should one never say
// it is done, the keys go back after this.
const holdLimit = 2 * time.Second

// holds are the windows' keepers, by canvas; UI goroutine only.
var holds = map[fyne.Canvas]*keyHold{}

// NewKeyHold makes the keeper of c's keys; it goes in the window's content.
func NewKeyHold(c fyne.Canvas) *keyHold {
	h := &keyHold{canvas: c}
	h.ExtendBaseWidget(h)
	holds[c] = h
	return h
}

// HoldKeys keeps the keys typed in c from now until focusHeld or
// releaseKeys; a hold under way goes on.
func HoldKeys(c fyne.Canvas) {
	h := holds[c]
	if h == nil || h.holding {
		return
	}
	h.before = c.Focused()
	h.holding = true // first: Fyne will not focus a widget that is disabled
	h.held = nil
	c.Focus(h)
	h.timer = time.AfterFunc(holdLimit, func() { fyne.Do(func() { ReleaseKeys(c) }) })
}

// FocusHeld gives obj the focus (none for nil) and types into it the keys
// held since holdKeys.
func FocusHeld(c fyne.Canvas, obj fyne.Focusable) {
	h := holds[c]
	if h == nil || !h.holding {
		if obj != nil {
			c.Focus(obj)
		}
		return
	}
	h.end(obj)
}

// ReleaseKeys ends a hold that led nowhere: the focus goes back where it
// was, with the keys held.
func ReleaseKeys(c fyne.Canvas) {
	if h := holds[c]; h != nil && h.holding {
		h.end(h.before)
	}
}

func (h *keyHold) end(to fyne.Focusable) {
	h.holding = false
	h.timer.Stop()
	held := h.held
	h.held, h.before = nil, nil
	if to == nil {
		h.canvas.Unfocus()
		return
	}
	h.canvas.Focus(to)
	for _, k := range held { // a menu item may move again: what follows it is held anew
		f := h.canvas.Focused()
		switch {
		case k.do != nil:
			AfterHold(h.canvas, k.do)
		case f == nil:
		case k.key != nil && k.key.Name == fyne.KeyTab && f != fyne.Focusable(h):
			h.canvas.FocusNext()
		case k.key != nil:
			f.TypedKey(k.key)
		default:
			f.TypedRune(k.char)
		}
	}
}

// AfterHold does a menu item's action now, or, while keys are held, in
// its turn among them.
func AfterHold(c fyne.Canvas, action func()) {
	if h := holds[c]; h != nil && h.holding {
		h.held = append(h.held, heldKey{do: action})
		return
	}
	action()
}

// The keeper takes the focus only while it holds keys, Tab included.
func (h *keyHold) Disabled() bool            { return !h.holding }
func (h *keyHold) Enable()                   {}
func (h *keyHold) Disable()                  {}
func (h *keyHold) AcceptsTab() bool          { return true }
func (h *keyHold) FocusGained()              {}
func (h *keyHold) FocusLost()                {}
func (h *keyHold) TypedRune(r rune)          { h.held = append(h.held, heldKey{char: r}) }
func (h *keyHold) TypedKey(k *fyne.KeyEvent) { h.held = append(h.held, heldKey{key: k}) }

func (h *keyHold) MinSize() fyne.Size { return fyne.NewSize(0, 0) }

func (h *keyHold) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}
