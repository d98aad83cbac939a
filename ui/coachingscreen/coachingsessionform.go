package coachingscreen

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
	"daymark/ui/control"
)

// sessionForm edits one coaching session: when and with whom, the agenda,
// the private notes, the questions for the coach, and the actions agreed.
type sessionForm struct {
	win       fyne.Window
	Date      *control.DateField
	Coach     *control.LineEntry
	Agenda    *control.TextArea
	notes     *control.TextArea
	questions *control.TextArea
	actions   *fyne.Container
	Rows      []*actionRow
	Content   fyne.CanvasObject
	onEdit    func() // after any change to a field, if set
}

// edited tells onEdit, if set.
func (f *sessionForm) edited() {
	if f.onEdit != nil {
		f.onEdit()
	}
}

// actionRow is one action in the form: done or not, what, and by when.
type actionRow struct {
	id     int64
	doneOn data.Date // kept while the box stays ticked
	Done   *control.CheckBox
	Text   *control.LineEntry
	Due    *control.DateField
	Box    fyne.CanvasObject
}

func newSessionForm(win fyne.Window) *sessionForm {
	f := &sessionForm{win: win}
	f.Date = control.NewDateField(data.Today(), nil)
	f.Coach = control.NewLineEntry("")
	f.Coach.SetPlaceHolder("Who coaches you")
	f.Agenda = control.NewTextArea("What you want to talk about", 2)
	f.notes = control.NewTextArea("What came out of it: private, never in the brief", 3)
	f.questions = control.NewTextArea("Questions for your coach, one a line: they end the brief", 3)
	f.actions = container.NewVBox()
	add := control.NewKeyButton("Add an action", theme.ContentAddIcon(), func() {
		row := f.AddRow(data.Action{})
		f.edited()
		f.win.Canvas().Focus(row.Text)
	})
	add.Importance = widget.LowImportance
	heads := container.NewBorder(nil, nil, control.WithWidth(64, control.Note("Done")), container.NewHBox(control.WithWidth(150, control.Note("Due")), control.WithWidth(36, layout.NewSpacer())), control.Note("Action"))
	form := widget.NewForm(
		widget.NewFormItem("Date", f.Date),
		widget.NewFormItem("Coach", f.Coach),
		widget.NewFormItem("Agenda", f.Agenda),
		widget.NewFormItem("Notes", f.notes),
		widget.NewFormItem("Questions", f.questions),
	)
	f.Content = container.NewVBox(form, widget.NewSeparator(), control.Bold("Actions agreed"), heads, f.actions, container.NewHBox(add))
	for _, e := range []*widget.Entry{&f.Coach.Entry, &f.Agenda.Entry, &f.notes.Entry, &f.questions.Entry} {
		e.OnChanged = func(string) { f.edited() }
	}
	before := f.Date.OnChanged
	f.Date.OnChanged = func(text string) {
		before(text)
		f.edited()
	}
	return f
}

// AddRow adds an action at the end of the list.
func (f *sessionForm) AddRow(a data.Action) *actionRow {
	r := &actionRow{id: a.ID, doneOn: a.Done}
	r.Done = control.NewCheckBox("", nil)
	r.Done.SetChecked(!a.Done.IsZero())
	r.Text = control.NewLineEntry("")
	r.Text.SetPlaceHolder("What is to be done")
	r.Text.SetText(a.Text)
	r.Due = control.NewOptionalDateField()
	r.Due.SetText(a.Due.String())
	var remove *control.KeyButton
	remove = control.NewKeyButton("", theme.DeleteIcon(), func() {
		f.removeRow(r)
		f.edited()
	})
	r.Done.OnChanged = func(bool) { f.edited() }
	r.Text.OnChanged = func(string) { f.edited() }
	remove.Importance = widget.LowImportance
	r.Box = container.NewBorder(nil, nil, control.WithWidth(64, container.NewCenter(r.Done)), container.NewHBox(control.WithWidth(150, r.Due), remove), r.Text)
	f.Rows = append(f.Rows, r)
	f.actions.Add(r.Box)
	return r
}

func (f *sessionForm) removeRow(r *actionRow) {
	for i, x := range f.Rows {
		if x == r {
			f.Rows = append(f.Rows[:i], f.Rows[i+1:]...)
		}
	}
	f.actions.Remove(r.Box)
}

// fill shows s in the fields.
func (f *sessionForm) fill(s data.Session) {
	f.Date.SetText(s.Date.String())
	f.Coach.SetText(s.Coach)
	f.Agenda.SetText(s.Agenda)
	f.notes.SetText(s.Notes)
	f.questions.SetText(s.Questions)
	f.Rows = nil
	f.actions.RemoveAll()
	for _, a := range s.Actions {
		f.AddRow(a)
	}
}

// read returns base with what the fields say, or the sentence that says
// which field is wrong. An action row left blank is no action.
func (f *sessionForm) read(base data.Session, today data.Date) (data.Session, error) {
	s := base
	date, err := f.Date.Date()
	if err != nil {
		return s, data.Errorf(data.EInvalid, "Date: %s", control.Sentence(err))
	}
	s.Date = date
	s.Coach, s.Agenda, s.Notes, s.Questions = f.Coach.Text, f.Agenda.Text, f.notes.Text, f.questions.Text
	s.Actions = nil
	for _, r := range f.Rows {
		due, err := r.Due.Date()
		if err != nil {
			return s, data.Errorf(data.EInvalid, "Action %d: Due: %s", len(s.Actions)+1, control.Sentence(err))
		}
		if strings.TrimSpace(r.Text.Text) == "" && due.IsZero() && !r.Done.Checked {
			continue
		}
		a := data.Action{ID: r.id, Text: r.Text.Text, Due: due}
		if r.Done.Checked {
			a.Done = r.doneOn
			if a.Done.IsZero() {
				a.Done = today
			}
		}
		s.Actions = append(s.Actions, a)
	}
	s.Normalize()
	return s, s.Validate()
}

// sameSession reports whether two sessions say the same.
func sameSession(a, b data.Session) bool {
	if a.ID != b.ID || a.Date != b.Date || a.Coach != b.Coach || a.Agenda != b.Agenda || a.Notes != b.Notes || a.Questions != b.Questions || len(a.Actions) != len(b.Actions) {
		return false
	}
	for i := range a.Actions {
		x, y := a.Actions[i], b.Actions[i]
		x.UID, y.UID = "", "" // the form knows actions by ID
		if x != y {
			return false
		}
	}
	return true
}

// SessionTitle names a session in a list: "Mon 23 Nov 2026 · Ana Ruiz".
func SessionTitle(s data.Session) string {
	title := s.Date.Format("Mon 2 Jan 2006")
	if s.Coach != "" {
		title += " · " + s.Coach
	}
	return title
}

// sessionDetail says how a session stands: planned, or its actions.
func sessionDetail(s data.Session, today data.Date) string {
	open := 0
	for _, a := range s.Actions {
		if a.Done.IsZero() {
			open++
		}
	}
	detail := "held"
	if !s.Date.Before(today) {
		detail = "planned"
	}
	switch {
	case len(s.Actions) == 0:
	case open == 0:
		detail += fmt.Sprintf(" · %s, all done", control.Plural(len(s.Actions), "action"))
	default:
		detail += fmt.Sprintf(" · %s, %d open", control.Plural(len(s.Actions), "action"), open)
	}
	return detail
}
