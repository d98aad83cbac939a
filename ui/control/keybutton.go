package control

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// KeyButton is the app's button. Space presses it when the key comes back
// up, as desktop toolkits do: Fyne's Button acts on the key going down,
// before the space it types arrives, so when the press closes a dialog or
// moves the focus, the space lands in the field that has the focus next.
// Return and Enter press it at once (they type nothing), Escape gives the
// safe answer of the dialog it is in, and taking the focus by keyboard
// scrolls it into view.
type KeyButton struct {
	widget.Button
	spaceDown bool // Space went down on this button and has not come up
}

func NewKeyButton(label string, icon fyne.Resource, tapped func()) *KeyButton {
	b := &KeyButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// KeyDown notes Space going down.
func (b *KeyButton) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeySpace {
		b.spaceDown = true
	}
}

// KeyUp presses the button when Space comes up.
func (b *KeyButton) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeySpace && b.spaceDown {
		b.spaceDown = false
		b.press()
	}
}

// TypedKey presses the button on Return and Enter; Escape closes the
// dialog it is in.
func (b *KeyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.press()
	case fyne.KeySpace: // pressed when it comes up
	default:
		EscapeFrom(b, ev)
	}
}

func (b *KeyButton) press() {
	if !b.Disabled() {
		b.Tapped(&fyne.PointEvent{})
	}
}

// FocusGained scrolls the button into view.
func (b *KeyButton) FocusGained() {
	b.Button.FocusGained()
	revealFocused(b)
}

// FocusLost forgets a Space that went down here.
func (b *KeyButton) FocusLost() {
	b.spaceDown = false
	b.Button.FocusLost()
}
