package ui

import (
	"context"
	"image"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/charts"
	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/look"
)

// dayScreen is the Day planner: a date, planned and actual minutes per
// dimension with live totals, a note, and the day's charts beside them.
//
// Saving is explicit (the Save button, Ctrl+S) and also happens on leaving
// the day: going to another date, another screen, or closing the window.
// A day that cannot be saved (over 1440 minutes, a field that is not a
// duration) is never saved in part; leaving it asks whether to discard it.
type dayScreen struct {
	planner *app.Planner
	win     fyne.Window
	tasks   *control.Tasks

	all   []data.Dimension // every dimension, archived ones included
	date  data.Date
	saved data.Day  // the day as stored
	guide app.Guide // the target and focus in force on the date

	form        *minutesForm
	formBox     *fyne.Container
	timer       *dayTimer // the timer's line, buttons and intervals
	stale       bool      // the timer changed the stored day while it held typing: read it again once saved
	note        *control.TextArea
	title       *control.KeyButton
	status      *widget.Label
	focusLine   *widget.Label
	reviews     *control.KeyButton
	openReviews func() // shows the decisions whose review is due
	weekly      *control.KeyButton
	reviewWeek  app.Range                                      // the week the weekly review banner asks for
	reviewDue   func(context.Context) (app.Range, bool, error) // the week to review today, if any
	openReview  func(app.Range)                                // opens the weekly review of a week
	coaching    *control.KeyButton
	openBrief   func() // shows the brief for the next coaching session
	importTime  func() // fills actual minutes from a calendar or a time tracker
	message     *widget.Label
	info        *widget.Label // what a copy did, or why it could not
	donut       *control.ChartView
	bars        *control.ChartView
	content     fyne.CanvasObject
}

func newDayScreen(w *Window, planner *app.Planner, win fyne.Window, t *control.Tasks) *dayScreen {
	s := &dayScreen{planner: planner, win: win, tasks: t}
	s.timer = newDayTimer(w, s)
	s.title = control.NewKeyButton("", look.PlainIcon(theme.CalendarIcon()), s.pickDate)
	s.title.Importance = widget.LowImportance
	prev := control.NewKeyButton("", look.PlainIcon(theme.NavigateBackIcon()), func() { s.goTo(s.date.AddDays(-1)) })
	next := control.NewKeyButton("", look.PlainIcon(theme.NavigateNextIcon()), func() { s.goTo(s.date.AddDays(1)) })
	today := control.NewKeyButton("Today", nil, func() { s.goTo(data.Today()) })
	s.status = widget.NewLabel("")
	s.status.Importance = widget.LowImportance
	s.focusLine = widget.NewLabel("")
	s.focusLine.Truncation = fyne.TextTruncateEllipsis
	s.focusLine.Hide()
	s.reviews = s.reminder(theme.InfoIcon(), widget.WarningImportance, func() func() { return s.openReviews })
	s.coaching = s.reminder(theme.AccountIcon(), widget.HighImportance, func() func() { return s.openBrief })
	s.weekly = s.reminder(theme.ConfirmIcon(), widget.HighImportance, func() func() {
		if s.openReview == nil {
			return nil
		}
		week := s.reviewWeek
		return func() { s.openReview(week) }
	})
	s.info = control.Note("")
	s.info.Hide()
	header := container.NewVBox(container.NewBorder(nil, nil, container.NewHBox(prev, s.title, next, today), nil, s.focusLine),
		control.WrapRow(s.weekly, s.coaching, s.reviews))

	s.message = control.NewMessage()

	s.note = control.NewTextArea("A note for the day: what mattered, what got in the way", 3)
	s.note.OnChanged = func(string) { s.changed() }

	copyActual := control.NewKeyButton("Plan → actual", look.PlainIcon(theme.ContentCopyIcon()), s.copyPlanToActual)
	copyPrevious := control.NewKeyButton("Copy previous plan", look.PlainIcon(theme.HistoryIcon()), s.copyPreviousPlan)
	useTarget := control.NewKeyButton("Target → plan", look.PlainIcon(theme.ContentPasteIcon()), s.useTarget)
	fill := control.NewKeyButton("Fill from a calendar…", look.PlainIcon(theme.UploadIcon()), func() { s.importTime() })
	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { s.Save(nil) })
	save.Importance = widget.HighImportance

	s.formBox = container.NewStack()
	form := control.Column(
		s.timer.content,
		s.formBox,
		s.message,
		container.NewHBox(copyActual, copyPrevious, useTarget),
		s.info,
		s.timer.list.content,
		widget.NewLabelWithStyle("Note", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		s.note, // taking the height there is
	)
	// Save, and whether the day is saved, stay in sight below the form.
	left := container.NewBorder(nil, container.NewBorder(nil, nil, fill, container.NewHBox(s.status, save)),
		nil, nil, control.FollowingScroll(s, form))

	s.donut = control.NewChartView(t, fyne.NewSize(360, 200))
	s.bars = control.NewChartView(t, fyne.NewSize(360, 200))
	right := container.NewGridWithRows(2, s.donut, s.bars)
	s.content = container.NewBorder(container.NewPadded(header), nil, nil, nil,
		container.NewPadded(control.BesideForm(left, right, 620)))
	return s
}

// start shows date with the dimensions given; used once, before the window opens.
func (s *dayScreen) start(all []data.Dimension, day data.Day, guide app.Guide) {
	s.all = all
	s.newForm()
	s.show(day, guide)
}

// newForm builds the form for the active dimensions, its timer buttons
// showing what runs.
func (s *dayScreen) newForm() {
	s.form = newMinutesForm(app.Active(s.all), s.changed)
	s.form.toggle = s.timer.toggle
	s.formBox.Objects = []fyne.CanvasObject{s.form.content}
	s.timer.showButtons()
}

// setDimensions rebuilds the form after the dimensions changed, keeping
// what was typed for the dimensions that are still there.
func (s *dayScreen) setDimensions(all []data.Dimension) {
	draft, _ := s.read()
	s.all = all
	s.newForm()
	s.formBox.Refresh()
	s.form.fill(draft)
	s.showGuide(s.guide)
	s.changed()
}

// show puts a stored day on screen, with the target and focus in force.
func (s *dayScreen) show(day data.Day, guide app.Guide) {
	s.date, s.saved = day.Date, day
	s.info.Hide()
	s.form.fill(day)
	s.note.SetText(day.Note)
	s.title.SetText(dateTitle(day.Date, data.Today()))
	s.showGuide(guide)
	s.changed()
}

// (also when it had the focus already, before the day changed under it).
func (s *dayScreen) Shown() {
	if len(s.form.planned) > 0 {
		first := s.form.planned[0]
		first.TypedShortcut(&fyne.ShortcutSelectAll{})
		control.FocusHeld(s.win.Canvas(), first) // with what was typed on the way here
	} else {
		control.FocusHeld(s.win.Canvas(), nil)
	}
}

// read returns the day as typed, with a sentence for each problem that
// stops it being saved.
func (s *dayScreen) read() (data.Day, []string) {
	day, problems := s.form.read(s.saved)
	day.Note = s.note.Text
	return day, problems
}

// changed updates totals, messages, status and charts after any edit.
func (s *dayScreen) changed() {
	if s.form == nil || s.form.filling {
		return
	}
	day, problems := s.read()
	s.form.mark()
	problems = append(problems, s.form.showTotals(day)...)
	s.timer.showSources(day)
	s.setMessage(problems)
	switch {
	case len(problems) > 0 || !day.Equal(s.saved):
		s.setStatus("Not saved", widget.WarningImportance)
	case s.saved.IsEmpty():
		s.setStatus("Nothing recorded yet", widget.MediumImportance)
	default:
		s.setStatus("Saved", widget.MediumImportance)
	}
	s.drawCharts(day)
}

// setInfo says what a copy did, or why it could not, under the buttons.
func (s *dayScreen) setInfo(text string) {
	s.info.SetText(text)
	s.info.Show()
}

func (s *dayScreen) setStatus(text string, importance widget.Importance) {
	s.status.Importance = importance
	s.status.SetText(text)
}

func (s *dayScreen) setMessage(problems []string) { control.ShowProblems(s.message, problems) }

func (s *dayScreen) drawCharts(day data.Day) {
	all := s.all
	target := s.guide.Target
	s.donut.Draw(func(w, h int, th charts.Theme) image.Image {
		return charts.Image(app.DayDonut(day, all), w, h, th)
	})
	s.bars.Draw(func(w, h int, th charts.Theme) image.Image {
		return charts.Image(app.DayBars(day, all, target), w, h, th)
	})
}

// Dirty reports whether the screen holds changes not yet stored, a field
// that cannot be read included.
func (s *dayScreen) Dirty() bool {
	day, problems := s.read()
	return len(problems) > 0 || !day.Equal(s.saved)
}

// save stores the day, then calls then (if not nil) once it is stored. A day
// with problems is not saved: the message says why.
func (s *dayScreen) Save(then func()) {
	day, problems := s.read()
	if len(problems) > 0 || day.Validate() != nil {
		s.changed()
		s.setStatus("Not saved", widget.DangerImportance)
		return
	}
	s.setStatus("Saving…", widget.LowImportance)
	var err error
	s.tasks.Run(func() { err = s.planner.SaveDay(control.BgContext(), day) }, func() {
		if err != nil {
			s.setStatus("Not saved", widget.DangerImportance)
			s.setMessage([]string{control.Sentence(err)})
			control.ReleaseKeys(s.win.Canvas()) // the day stays: what was typed goes to it
			return
		}
		if day.Date == s.date {
			s.saved = day
			s.changed()
			s.setStatus("Saved at "+time.Now().Format("15:04"), widget.MediumImportance)
			if s.stale { // the store added what the timer counted meanwhile
				s.stale = false
				s.fetch(s.date, nil)
			}
		}
		if then != nil {
			then()
		}
	})
}

// leave saves the day if it changed and then calls then. A day that cannot
// be saved asks first whether to discard its changes.
func (s *dayScreen) Leave(then func()) {
	if !s.Dirty() {
		then()
		return
	}
	day, problems := s.read()
	if err := day.Validate(); err != nil && len(problems) == 0 {
		problems = []string{control.Sentence(err)}
	}
	if len(problems) == 0 {
		s.Save(then)
		return
	}
	control.ConfirmDiscard("Discard the changes to "+s.date.Format("Mon 2 Jan")+"?",
		strings.Join(problems, "\n"),
		func(discard bool) {
			if discard {
				s.show(s.saved, s.guide)
				then()
			}
		}, s.win)
}

// goTo leaves the current day and shows date.
func (s *dayScreen) goTo(date data.Date) {
	if date.Validate() != nil {
		return
	}
	control.HoldKeys(s.win.Canvas()) // until the day is there (see keyhold.go)
	s.Leave(func() { s.load(date) })
}

// load reads date from the store and shows it, the cursor in its first field.
func (s *dayScreen) load(date data.Date) { s.fetch(date, s.Shown) }

// reread shows the day again as stored (it changed elsewhere), unless it
// holds typing not yet saved; the cursor stays where it is.
func (s *dayScreen) reread() {
	if !s.Dirty() {
		s.fetch(s.date, nil)
	}
}

// fetch reads date from the store, shows it, then calls then (if not nil).
func (s *dayScreen) fetch(date data.Date, then func()) {
	s.date = date
	var day data.Day
	var guide app.Guide
	var err error
	s.tasks.Run(func() {
		ctx := control.BgContext()
		if day, err = s.planner.Day(ctx, date); err == nil {
			guide, err = s.planner.Guide(ctx, date)
		}
	}, func() {
		if date != s.date {
			return // the person has moved on
		}
		if err != nil {
			control.ShowProblem(s.win, "Daymark cannot read the day", err)
			return
		}
		s.show(day, guide)
		s.timer.dayShown()
		if then != nil {
			then()
		}
	})
}

// timerMoved reads the day again after the timer changed the actual
// minutes it holds, unless it holds typing: then once that is saved.
func (s *dayScreen) timerMoved() {
	if s.Dirty() {
		s.stale = true
		return
	}
	s.fetch(s.date, nil)
}

func (s *dayScreen) pickDate() { control.ShowCalendar(s.title, s.date, s.goTo) }

// dateTitle names a date for the header, saying when it is today.
func dateTitle(d, today data.Date) string {
	long := d.Format("Monday 2 January 2006")
	switch d.DaysSince(today) {
	case 0:
		return "Today, " + long
	case -1:
		return "Yesterday, " + long
	case 1:
		return "Tomorrow, " + long
	}
	return long
}
