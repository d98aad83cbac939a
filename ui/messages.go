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

// problemsText says what keeps a day or a week from being saved, and that
// nothing is saved until it is put right; "" when nothing does.
func problemsText(problems []string) string {
	if len(problems) == 0 {
		return ""
	}
	return strings.Join(problems, "\n") + "\nNothing is saved until this is put right."
}

// showProblems shows problemsText in m, or hides m when there is none.
func showProblems(m *widget.Label, problems []string) {
	if len(problems) == 0 {
		m.Hide()
		return
	}
	m.SetText(problemsText(problems))
	m.Show()
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
