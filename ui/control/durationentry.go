package control

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
)

// DurationEntry is a field for minutes. Arriving in it by keyboard selects
// what it holds, so typing replaces the value, as in a spreadsheet.
type DurationEntry struct {
	widget.Entry
}

// NewDurationEntry makes a field for minutes. It has no Validator (which
// would tick every good field); mark sets its error so a bad field shows it.
func NewDurationEntry() *DurationEntry {
	e := &DurationEntry{}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder("0m")
	e.AlwaysShowValidationError = true
	return e
}

// FocusGained selects the whole value and scrolls the field into view.
func (e *DurationEntry) FocusGained() {
	e.Entry.FocusGained()
	restBlinkSoon(e, &e.Entry)
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	revealFocused(e)
}

func (e *DurationEntry) TypedKey(ev *fyne.KeyEvent) {
	if !EscapeFrom(e, ev) {
		e.Entry.TypedKey(ev)
	}
}

// SetText replaces the value and drops any selection. Fyne 2.7's Entry
// stays "selecting" when its text is replaced under a selection, so that
// over an empty value the first character typed became a selection that
// the second replaced: "5h" typed on an empty day gave "h".
func (e *DurationEntry) SetText(text string) {
	e.Entry.SetText(text)
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // ends the selection, as the arrow does
}

// DurationText is how a field shows minutes: blank for none.
func DurationText(m int) string {
	if m == 0 {
		return ""
	}
	return app.FormatDuration(m)
}
