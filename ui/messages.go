package ui

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"daymark/app/errorlog"
	"daymark/data"
)

// newMessage is the label under a form that says, in red, why it cannot
// be saved; hidden until there is something to say.
func newMessage() *widget.Label {
	m := widget.NewLabel("")
	m.Wrapping = fyne.TextWrapWord
	m.Importance = widget.DangerImportance
	m.Hide()
	return m
}

// errorText is an error that is only its sentence.
type errorText string

func (e errorText) Error() string { return string(e) }

// sentence returns what to tell the person about err: its own words when it
// is the form's or the store's, otherwise a sentence around it. Its cause
// goes to the log (see package errorlog).
func sentence(err error) string {
	errorlog.Record("", err) // what lies under the sentence, if anything, for a bug report
	var text errorText
	if errors.As(err, &text) {
		return string(text)
	}
	return data.ErrorMessage(err)
}

// paragraph is the sentence of err to stand on its own: with a capital
// letter and a full stop.
func paragraph(err error) string {
	text := sentence(err)
	r, size := utf8.DecodeRuneInString(text)
	text = string(unicode.ToUpper(r)) + text[size:]
	if !strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "?") && !strings.HasSuffix(text, "!") {
		text += "."
	}
	return text
}
