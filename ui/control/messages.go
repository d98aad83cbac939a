package control

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

// NewMessage is the label under a form that says, in red, why it cannot
// be saved; hidden until there is something to say.
func NewMessage() *widget.Label {
	m := widget.NewLabel("")
	m.Wrapping = fyne.TextWrapWord
	m.Importance = widget.DangerImportance
	m.Hide()
	return m
}

// ProblemsText says what keeps a day or a week from being saved, and that
// nothing is saved until it is put right; "" when nothing does.
func ProblemsText(problems []string) string {
	if len(problems) == 0 {
		return ""
	}
	return strings.Join(problems, "\n") + "\nNothing is saved until this is put right."
}

// ShowProblems shows problemsText in m, or hides m when there is none.
func ShowProblems(m *widget.Label, problems []string) {
	if len(problems) == 0 {
		m.Hide()
		return
	}
	m.SetText(ProblemsText(problems))
	m.Show()
}

// ErrorText is an error that is only its sentence.
type ErrorText string

func (e ErrorText) Error() string { return string(e) }

// Sentence returns what to tell the person about err: its own words when it
// is the form's or the store's, otherwise a sentence around it. Its cause
// goes to the log (see package errorlog).
func Sentence(err error) string {
	errorlog.Record("", err) // what lies under the sentence, if anything, for a bug report
	var text ErrorText
	if errors.As(err, &text) {
		return string(text)
	}
	return data.ErrorMessage(err)
}

// Paragraph is the sentence of err to stand on its own: with a capital
// letter and a full stop.
func Paragraph(err error) string {
	text := Sentence(err)
	r, size := utf8.DecodeRuneInString(text)
	text = string(unicode.ToUpper(r)) + text[size:]
	if !strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "?") && !strings.HasSuffix(text, "!") {
		text += "."
	}
	return text
}
