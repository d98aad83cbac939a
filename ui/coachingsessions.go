package ui

import (
	"context"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/data"
	"daymark/ui/control"
)

// sessionsView lists the coaching sessions, newest first, beside the form
// of one, with the next session and the open actions beside them.
type sessionsView struct {
	coaching  *app.Coaching
	win       fyne.Window
	tasks     *control.Tasks
	changed   func() // the Day planner's reminder may have changed
	openBrief func()

	sessions []data.Session // newest first
	current  data.Session   // what the form edits; ID 0 for a new one
	reselect bool

	list    *widget.List
	none    *widget.Label // shown while there are no sessions
	heading *widget.Label
	form    *sessionForm
	message *widget.Label
	status  control.SaveStatus
	next    *widget.Label
	open    *fyne.Container
	content fyne.CanvasObject
}

func newSessionsView(coaching *app.Coaching, win fyne.Window, t *control.Tasks, changed, openBrief func()) *sessionsView {
	v := &sessionsView{coaching: coaching, win: win, tasks: t, changed: changed, openBrief: openBrief}
	v.list = control.NewTitledList(func() int { return len(v.sessions) }, func(i int) (string, string) {
		return sessionTitle(v.sessions[i]), sessionDetail(v.sessions[i], data.Today())
	})
	v.list.OnSelected = func(i widget.ListItemID) {
		if v.reselect || i >= len(v.sessions) || v.sessions[i].ID == v.current.ID {
			return
		}
		target := v.sessions[i]
		v.Leave(func() { v.edit(target) })
	}
	add := control.NewKeyButton("New session", theme.ContentAddIcon(), v.Create)
	v.none = control.Note("No sessions yet. Write down each coaching session with the actions you agree on, and plan the next one: its date, and the questions you want to ask.")
	v.none.Wrapping = fyne.TextWrapWord
	left := container.NewBorder(container.NewVBox(add, v.none), nil, nil, nil, v.list)

	v.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.form = newSessionForm(win)
	v.message = control.NewMessage()
	del := control.NewKeyButton("Delete", theme.DeleteIcon(), v.delete)
	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { v.Save(nil) })
	save.Importance = widget.HighImportance
	v.status = control.NewSaveStatus()
	v.form.onEdit = func() { v.status.Edited(v.Dirty()) }
	middle := container.NewBorder(v.heading, container.NewVBox(v.message, container.NewHBox(del, layout.NewSpacer(), v.status, save)), nil, nil,
		control.FollowingScroll(v, container.NewPadded(v.form.content)))

	v.next = widget.NewLabel("")
	v.next.Wrapping = fyne.TextWrapWord
	v.open = container.NewVBox()
	brief := control.NewKeyButton("Prepare the brief", theme.DocumentIcon(), func() { v.Leave(v.openBrief) })
	brief.Importance = widget.HighImportance
	right := control.FollowingScroll(v, container.NewVBox(
		control.Bold("Next session"), v.next, container.NewHBox(brief),
		widget.NewSeparator(), control.Bold("Open actions"), v.open,
	))

	v.content = control.ThreePanes(left, middle, right, 0.26, 0.64)
	return v
}

// Shown reads the sessions again and puts the cursor in the form: the
// first time, in the next session planned, or a new one.
func (v *sessionsView) Shown() {
	v.reload(func() {
		if v.current.ID == 0 && v.current.Date.IsZero() {
			next := data.Session{Date: data.Today()}
			for _, s := range v.sessions { // newest first
				if !s.Date.Before(data.Today()) {
					next = s
				}
			}
			v.edit(next)
		}
		control.FocusHeld(v.win.Canvas(), v.form.coach)
	})
}

// reload reads the sessions off the UI goroutine, shows them, keeps the one
// in the form up to date, then calls then.
func (v *sessionsView) reload(then func()) {
	var all []data.Session
	var err error
	v.tasks.Run(func() { all, err = v.coaching.Sessions(control.BgContext()) }, func() {
		if err != nil {
			control.ShowProblem(v.win, "Daymark cannot read the coaching sessions", err)
			return
		}
		slices.Reverse(all)
		v.sessions = all
		v.list.Refresh()
		v.none.Hidden = len(all) > 0
		v.none.Refresh()
		for _, s := range all {
			if s.ID == v.current.ID && !v.Dirty() {
				v.edit(s)
			}
		}
		v.sync()
		v.showNext(all)
		if then != nil {
			then()
		}
	})
}

// showNext says when the next session is and lists the open actions, which
// carry over from session to session until done.
func (v *sessionsView) showNext(newestFirst []data.Session) {
	today := data.Today()
	byDate := slices.Clone(newestFirst)
	slices.Reverse(byDate)
	_, next := app.LastAndNext(byDate, today)
	if next == nil {
		v.next.SetText("None planned. Add a session with a date from today on: its questions end the brief, and the Day planner reminds you the day before.")
	} else {
		text := next.Date.Format("Monday 2 January 2006")
		if next.Coach != "" {
			text += " with " + next.Coach
		}
		v.next.SetText(text + " (" + app.When(next.Date, today) + ").")
	}
	v.open.RemoveAll()
	open := app.OpenActions(byDate, today)
	for _, a := range open {
		id := a.ID
		check := control.NewCheckBox(a.Text, func(done bool) { v.markAction(id, done) })
		detail := "from " + a.From.Format("2 Jan")
		if !a.Due.IsZero() {
			detail += " · due " + a.Due.Format("2 Jan")
		}
		about := control.Note(detail)
		if a.Overdue {
			about.SetText(detail + " · overdue")
			about.Importance = widget.DangerImportance
		}
		v.open.Add(container.New(layout.NewCustomPaddedVBoxLayout(-12), check, container.NewPadded(about)))
	}
	if len(open) == 0 {
		v.open.Add(control.Note("None: every action agreed is done."))
	}
	v.open.Refresh()
}

// markAction ticks an action off (done today) or opens it again, saving the
// form first so nothing typed is lost.
func (v *sessionsView) markAction(id int64, done bool) {
	v.Leave(func() {
		day := data.Date{}
		if done {
			day = data.Today()
		}
		var err error
		v.tasks.Run(func() { err = v.coaching.MarkAction(control.BgContext(), id, day) }, func() {
			if err != nil {
				control.ShowProblem(v.win, "Daymark could not mark the action", err)
			}
			v.reload(nil)
		})
	})
}

// sync selects the session in the form, when the list shows it.
func (v *sessionsView) sync() {
	v.reselect = true
	defer func() { v.reselect = false }()
	for i, s := range v.sessions {
		if s.ID == v.current.ID && s.ID != 0 {
			v.list.Select(i)
			return
		}
	}
	v.list.UnselectAll()
}

func (v *sessionsView) edit(s data.Session) {
	v.current = s
	v.form.fill(s)
	v.message.Hide()
	v.status.Clear()
	if s.ID == 0 {
		v.heading.SetText("New session")
	} else {
		v.heading.SetText(sessionTitle(s))
	}
	v.sync()
}

// create starts a new session dated today (Ctrl+N).
func (v *sessionsView) Create() {
	v.Leave(func() {
		v.edit(data.Session{Date: data.Today()})
		v.win.Canvas().Focus(v.form.date)
	})
}

// planNext starts a new session a week from today, for the questions of
// the brief.
func (v *sessionsView) planNext() {
	v.Leave(func() {
		v.edit(data.Session{Date: data.Today().AddDays(7)})
		v.win.Canvas().Focus(v.form.date)
	})
}

// Dirty reports whether the form holds something to save: a new session
// nobody has typed in is nothing to save, whatever its date.
func (v *sessionsView) Dirty() bool {
	if v.blank() {
		return false
	}
	s, err := v.form.read(v.current, data.Today())
	return err != nil || !sameSession(s, v.current)
}

// blank reports whether the form is a new session nobody has typed in.
func (v *sessionsView) blank() bool {
	return v.current.ID == 0 && v.form.coach.Text == "" && v.form.agenda.Text == "" && v.form.notes.Text == "" && v.form.questions.Text == "" && len(v.form.rows) == 0
}

// save stores the session, then calls then.
func (v *sessionsView) Save(then func()) {
	s, err := v.form.read(v.current, data.Today())
	if err != nil {
		v.showMessage(err)
		v.status.NotSaved(true)
		return
	}
	v.tasks.Run(func() { err = v.coaching.Save(control.BgContext(), &s) }, func() {
		if err != nil {
			v.showMessage(err)
			v.status.NotSaved(true)
			return
		}
		v.edit(s)
		v.reload(v.status.Saved) // once the list has it: reading it shows the session anew
		v.changed()
		if then != nil {
			then()
		}
	})
}

func (v *sessionsView) showMessage(err error) {
	v.message.SetText(control.Sentence(err))
	v.message.Show()
}

// leave saves a changed session, or asks before discarding one that cannot
// be saved, then calls then.
func (v *sessionsView) Leave(then func()) {
	dirty := v.Dirty()
	var problem error
	if dirty {
		_, problem = v.form.read(v.current, data.Today())
	}
	control.LeaveForm(v.win, "Discard the changes to this session?", dirty, problem, v.Save, func() { v.edit(v.current) }, v.sync, then)
}

// delete removes the session in the form and its actions, after asking.
func (v *sessionsView) delete() {
	s := v.current
	if s.ID == 0 {
		v.edit(data.Session{Date: data.Today()})
		return
	}
	control.ConfirmDelete(v.win, v.tasks, control.Deletion{
		Question: "Delete the session of " + s.Date.Format("2 January 2006") + "?",
		Detail:   "Its notes and its " + control.Plural(len(s.Actions), "action") + " go with it. A backup can bring them back.",
		What:     "the session",
		Remove:   func(ctx context.Context) error { return v.coaching.Delete(ctx, s.ID) },
	}, func() {
		v.edit(data.Session{Date: data.Today()})
		v.reload(nil)
		v.changed()
	})
}
