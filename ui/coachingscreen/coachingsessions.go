package coachingscreen

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

	Sessions []data.Session // newest first
	Current  data.Session   // what the form edits; ID 0 for a new one
	reselect bool

	list    *widget.List
	none    *widget.Label // shown while there are no sessions
	Heading *widget.Label
	Form    *sessionForm
	Message *widget.Label
	Status  control.SaveStatus
	Next    *widget.Label
	Open    *fyne.Container
	Content fyne.CanvasObject
}

func newSessionsView(coaching *app.Coaching, win fyne.Window, t *control.Tasks, changed, openBrief func()) *sessionsView {
	v := &sessionsView{coaching: coaching, win: win, tasks: t, changed: changed, openBrief: openBrief}
	v.list = control.NewTitledList(func() int { return len(v.Sessions) }, func(i int) (string, string) {
		return SessionTitle(v.Sessions[i]), sessionDetail(v.Sessions[i], data.Today())
	})
	v.list.OnSelected = func(i widget.ListItemID) {
		if v.reselect || i >= len(v.Sessions) || v.Sessions[i].ID == v.Current.ID {
			return
		}
		target := v.Sessions[i]
		v.Leave(func() { v.edit(target) })
	}
	add := control.NewKeyButton("New session", theme.ContentAddIcon(), v.Create)
	v.none = control.Note("No sessions yet. Write down each coaching session with the actions you agree on, and plan the next one: its date, and the questions you want to ask.")
	v.none.Wrapping = fyne.TextWrapWord
	left := container.NewBorder(container.NewVBox(add, v.none), nil, nil, nil, v.list)

	v.Heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.Form = newSessionForm(win)
	v.Message = control.NewMessage()
	del := control.NewKeyButton("Delete", theme.DeleteIcon(), v.delete)
	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { v.Save(nil) })
	save.Importance = widget.HighImportance
	v.Status = control.NewSaveStatus()
	v.Form.onEdit = func() { v.Status.Edited(v.Dirty()) }
	middle := container.NewBorder(v.Heading, container.NewVBox(v.Message, container.NewHBox(del, layout.NewSpacer(), v.Status, save)), nil, nil,
		control.FollowingScroll(v, container.NewPadded(v.Form.Content)))

	v.Next = widget.NewLabel("")
	v.Next.Wrapping = fyne.TextWrapWord
	v.Open = container.NewVBox()
	brief := control.NewKeyButton("Prepare the brief", theme.DocumentIcon(), func() { v.Leave(v.openBrief) })
	brief.Importance = widget.HighImportance
	right := control.FollowingScroll(v, container.NewVBox(
		control.Bold("Next session"), v.Next, container.NewHBox(brief),
		widget.NewSeparator(), control.Bold("Open actions"), v.Open,
	))

	v.Content = control.ThreePanes(left, middle, right, 0.26, 0.64)
	return v
}

// Shown reads the sessions again and puts the cursor in the form: the
// first time, in the next session planned, or a new one.
func (v *sessionsView) Shown() {
	v.reload(func() {
		if v.Current.ID == 0 && v.Current.Date.IsZero() {
			next := data.Session{Date: data.Today()}
			for _, s := range v.Sessions { // newest first
				if !s.Date.Before(data.Today()) {
					next = s
				}
			}
			v.edit(next)
		}
		control.FocusHeld(v.win.Canvas(), v.Form.Coach)
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
		v.Sessions = all
		v.list.Refresh()
		v.none.Hidden = len(all) > 0
		v.none.Refresh()
		for _, s := range all {
			if s.ID == v.Current.ID && !v.Dirty() {
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
		v.Next.SetText("None planned. Add a session with a date from today on: its questions end the brief, and the Day planner reminds you the day before.")
	} else {
		text := next.Date.Format("Monday 2 January 2006")
		if next.Coach != "" {
			text += " with " + next.Coach
		}
		v.Next.SetText(text + " (" + app.When(next.Date, today) + ").")
	}
	v.Open.RemoveAll()
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
		v.Open.Add(container.New(layout.NewCustomPaddedVBoxLayout(-12), check, container.NewPadded(about)))
	}
	if len(open) == 0 {
		v.Open.Add(control.Note("None: every action agreed is done."))
	}
	v.Open.Refresh()
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
	for i, s := range v.Sessions {
		if s.ID == v.Current.ID && s.ID != 0 {
			v.list.Select(i)
			return
		}
	}
	v.list.UnselectAll()
}

func (v *sessionsView) edit(s data.Session) {
	v.Current = s
	v.Form.fill(s)
	v.Message.Hide()
	v.Status.Clear()
	if s.ID == 0 {
		v.Heading.SetText("New session")
	} else {
		v.Heading.SetText(SessionTitle(s))
	}
	v.sync()
}

// create starts a new session dated today (Ctrl+N).
func (v *sessionsView) Create() {
	v.Leave(func() {
		v.edit(data.Session{Date: data.Today()})
		v.win.Canvas().Focus(v.Form.Date)
	})
}

// planNext starts a new session a week from today, for the questions of
// the brief.
func (v *sessionsView) planNext() {
	v.Leave(func() {
		v.edit(data.Session{Date: data.Today().AddDays(7)})
		v.win.Canvas().Focus(v.Form.Date)
	})
}

// Dirty reports whether the form holds something to save: a new session
// nobody has typed in is nothing to save, whatever its date.
func (v *sessionsView) Dirty() bool {
	if v.blank() {
		return false
	}
	s, err := v.Form.read(v.Current, data.Today())
	return err != nil || !sameSession(s, v.Current)
}

// blank reports whether the form is a new session nobody has typed in.
func (v *sessionsView) blank() bool {
	return v.Current.ID == 0 && v.Form.Coach.Text == "" && v.Form.Agenda.Text == "" && v.Form.notes.Text == "" && v.Form.questions.Text == "" && len(v.Form.Rows) == 0
}

// save stores the session, then calls then.
func (v *sessionsView) Save(then func()) {
	s, err := v.Form.read(v.Current, data.Today())
	if err != nil {
		v.showMessage(err)
		v.Status.NotSaved(true)
		return
	}
	v.tasks.Run(func() { err = v.coaching.Save(control.BgContext(), &s) }, func() {
		if err != nil {
			v.showMessage(err)
			v.Status.NotSaved(true)
			return
		}
		v.edit(s)
		v.reload(v.Status.Saved) // once the list has it: reading it shows the session anew
		v.changed()
		if then != nil {
			then()
		}
	})
}

func (v *sessionsView) showMessage(err error) {
	v.Message.SetText(control.Sentence(err))
	v.Message.Show()
}

// leave saves a changed session, or asks before discarding one that cannot
// be saved, then calls then.
func (v *sessionsView) Leave(then func()) {
	dirty := v.Dirty()
	var problem error
	if dirty {
		_, problem = v.Form.read(v.Current, data.Today())
	}
	control.LeaveForm(v.win, "Discard the changes to this session?", dirty, problem, v.Save, func() { v.edit(v.Current) }, v.sync, then)
}

// delete removes the session in the form and its actions, after asking.
func (v *sessionsView) delete() {
	s := v.Current
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
