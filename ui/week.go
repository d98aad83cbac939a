package ui

import (
	"image"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/week"
	"daymark/charts"
	"daymark/data"
	"daymark/ui/control"
)

// weekScreen is the week planner: the seven days of a week by dimension,
// planned and actual, with the week's totals and charts, filled from the
// ideal week or last week, and the doors to the ideal week and the
// weekly review.
//
// Saving is the Day planner's: explicit (Save, Ctrl+S) and on leaving the
// week (another week, another screen, quitting). A week that cannot be
// saved (a day over 1440 minutes, a cell that is not a duration) is never
// saved in part; leaving it asks whether to discard it.
type weekScreen struct {
	weeks *week.Planner
	win   fyne.Window
	tasks *control.Tasks
	prefs settings

	rng     app.Range
	stored  week.Plan // the week as it was read or saved
	grid    *weekGrid
	title   *control.KeyButton
	clear   *control.KeyButton
	status  *widget.Label
	message *widget.Label
	info    *widget.Label // what a fill did, or why it could not
	donut   *control.ChartView
	bars    *control.ChartView
	planner fyne.CanvasObject // the week planner, hidden while a review is open
	holder  *fyne.Container   // the review, when one is open
	review  *reviewPanel
	content fyne.CanvasObject

	openDay  func(data.Date)         // shows a day on the Day planner
	reviewed func()                  // a review was saved: the Day planner's banner may go
	dims     func() []data.Dimension // every dimension, to name a past review's focus
}

// newWeekScreen builds the screen on the week holding today.
func newWeekScreen(weeks *week.Planner, win fyne.Window, t *control.Tasks, prefs settings) *weekScreen {
	s := &weekScreen{weeks: weeks, win: win, tasks: t, prefs: prefs}
	s.rng = week.Of(data.Today(), prefs.WeekStart())
	s.grid = newWeekGrid(func(d data.Date) { s.openDay(d) }, s.changed)
	s.grid.OnMove = s.cursorMoved
	s.grid.At = [2]int{0, data.Today().DaysSince(s.rng.From)} // the cursor starts on today

	s.title = control.NewKeyButton("", theme.CalendarIcon(), s.pickDate)
	s.title.Importance = widget.LowImportance
	prev := control.NewKeyButton("", theme.NavigateBackIcon(), s.previous)
	next := control.NewKeyButton("", theme.NavigateNextIcon(), s.next)
	this := control.NewKeyButton("This week", nil, s.thisWeek)
	ideal := control.NewKeyButton("Ideal week…", theme.SettingsIcon(), s.editIdeal)
	review := control.NewKeyButton("Review the week…", theme.ConfirmIcon(), func() { s.startReview(s.rng) })
	past := control.NewKeyButton("Past reviews…", theme.HistoryIcon(), s.showPastReviews)
	header := container.NewBorder(nil, nil, container.NewHBox(prev, s.title, next, this), container.NewHBox(ideal, review, past))

	s.message = control.NewMessage()
	s.info = control.Note("")
	s.info.Hide()
	fill := control.NewKeyButton("Fill from the ideal week", theme.ContentPasteIcon(), s.fillFromIdeal)
	copyLast := control.NewKeyButton("Copy last week's plan", theme.ContentCopyIcon(), s.copyLastWeek)
	s.clear = control.NewKeyButton("", theme.ContentClearIcon(), s.clearDay)
	open := control.NewKeyButton("Open the day", theme.CalendarIcon(), func() { s.openDay(s.grid.day()) })
	s.cursorMoved()
	s.status = widget.NewLabel("")
	s.status.Importance = widget.LowImportance
	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { s.Save(nil) })
	save.Importance = widget.HighImportance

	left := container.NewVBox(
		s.grid.content,
		s.message,
		container.NewHBox(fill, copyLast, s.clear, open),
		s.info,
		control.Note("In each cell, the plan; under it, the actual time recorded that day (typed and timed). The arrow keys move from cell to cell, typing replaces a cell, and Enter on a day's name opens it on the Day planner."),
	)
	s.donut = control.NewChartView(t, fyne.NewSize(300, 240))
	s.bars = control.NewChartView(t, fyne.NewSize(300, 240))
	// The charts under the grid, side by side, taking the height left:
	// below the fold on a small window, half the screen on a large one.
	body := control.FollowingScroll(s, container.NewPadded(control.Column(left, container.NewGridWithColumns(2, s.donut, s.bars))))
	s.planner = container.NewBorder(container.NewPadded(header), container.NewPadded(container.NewBorder(nil, nil, nil, container.NewHBox(s.status, save))), nil, nil, body)
	s.holder = container.NewStack()
	s.content = container.NewStack(s.planner, s.holder)
	return s
}

// Shown reads the week again (days may have changed on other screens)
// unless it holds typing not yet saved, and puts the cursor in its cell.
func (s *weekScreen) Shown() {
	if s.review != nil {
		s.review.Shown()
		return
	}
	if s.Dirty() {
		s.grid.focusCell(s.win.Canvas())
		return
	}
	s.load(s.rng)
}

// cursorMoved names the day the cursor is on in the button that clears it.
func (s *weekScreen) cursorMoved() {
	if s.grid.plan.Range.From.IsZero() {
		s.clear.SetText("Clear the day's plan")
		return
	}
	s.clear.SetText("Clear " + s.grid.day().Format("Monday") + "'s plan")
}

// load reads rng and shows it, the cursor in its cell.
func (s *weekScreen) load(rng app.Range) {
	s.fetch(rng, func() {
		if s.review == nil { // a review opened meanwhile has the cursor
			s.grid.focusCell(s.win.Canvas())
		}
	})
}

// fetch reads rng from the store, shows it, then calls then (if not nil).
func (s *weekScreen) fetch(rng app.Range, then func()) {
	s.rng = rng
	s.title.SetText(weekTitle(rng, data.Today()))
	var p week.Plan
	var err error
	s.tasks.Run(func() { p, err = s.weeks.Plan(control.BgContext(), rng) }, func() {
		if rng != s.rng {
			return // the person has moved on
		}
		if err != nil {
			control.ReleaseKeys(s.win.Canvas())
			control.ShowProblem(s.win, "Daymark cannot read the week", err)
			return
		}
		s.info.Hide()
		s.stored = p
		s.grid.show(p)
		s.cursorMoved()
		s.changed()
		if then != nil {
			then()
		}
	})
}

// weekTitle names a week for the header, saying when it is this week.
func weekTitle(rng app.Range, today data.Date) string {
	text := rng.Text(app.ShortDates)
	switch week.Of(today, rng.From.Weekday()).From.DaysSince(rng.From) {
	case 0:
		return "This week, " + text
	case 7:
		return "Last week, " + text
	case -7:
		return "Next week, " + text
	}
	return text
}

// changed shows the totals, the problems, the status and the charts
// after any change.
func (s *weekScreen) changed() {
	p, problems := s.grid.read()
	s.grid.mark()
	s.grid.figures(p)
	s.setMessage(problems)
	switch {
	case len(problems) > 0 || len(p.Changed()) > 0:
		s.setStatus("Not saved", widget.WarningImportance)
	case p.Balance.PlannedDays == 0 && p.Balance.ActualDays == 0:
		s.setStatus("Nothing planned yet", widget.MediumImportance)
	case !strings.HasPrefix(s.status.Text, "Saved at"):
		s.setStatus("Saved", widget.MediumImportance)
	}
	s.drawCharts(p)
}

func (s *weekScreen) setStatus(text string, importance widget.Importance) {
	s.status.Importance = importance
	s.status.SetText(text)
}

func (s *weekScreen) setMessage(problems []string) { control.ShowProblems(s.message, problems) }

// setInfo says what a fill did, or why it could not, under the buttons.
func (s *weekScreen) setInfo(text string) {
	s.info.SetText(text)
	s.info.Show()
}

func (s *weekScreen) drawCharts(p week.Plan) {
	donut, bars := p.Donut(), p.Bars()
	s.donut.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(donut, w, h, th) })
	s.bars.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(bars, w, h, th) })
}

// Dirty reports whether the week holds changes not yet stored, a cell
// that cannot be read included, or a review under way.
func (s *weekScreen) Dirty() bool {
	if s.review != nil {
		return s.review.touched
	}
	p, problems := s.grid.read()
	return len(problems) > 0 || len(p.Changed()) > 0
}

// save stores the days of the week that changed, then calls then (if not
// nil). A week with problems is not saved: the message says why.
func (s *weekScreen) Save(then func()) {
	if s.review != nil {
		s.review.Save() // Ctrl+S saves the review, from any step
		return
	}
	p, problems := s.grid.read()
	if len(problems) > 0 {
		s.changed()
		s.setStatus("Not saved", widget.DangerImportance)
		control.ReleaseKeys(s.win.Canvas())
		return
	}
	s.setStatus("Saving…", widget.LowImportance)
	var saved week.Plan
	var err error
	s.tasks.Run(func() { saved, err = s.weeks.Save(control.BgContext(), p) }, func() {
		if err != nil {
			s.setStatus("Not saved", widget.DangerImportance)
			s.setMessage([]string{control.Sentence(err)})
			control.ReleaseKeys(s.win.Canvas()) // the week stays: what was typed goes to it
			return
		}
		if saved.Range == s.rng {
			s.stored = saved
			s.grid.rebase(saved)
			s.changed()
			s.setStatus("Saved at "+time.Now().Format("15:04"), widget.MediumImportance)
		}
		if then != nil {
			then()
		}
	})
}

// leave saves the week if it changed and then calls then. A week that
// cannot be saved asks first whether to discard its changes; so does a
// review under way.
func (s *weekScreen) Leave(then func()) {
	if s.review != nil {
		s.review.Leave(false, then)
		return
	}
	p, problems := s.grid.read()
	switch {
	case len(problems) == 0 && len(p.Changed()) == 0:
		then()
	case len(problems) == 0:
		s.Save(then)
	default:
		control.ConfirmDiscard("Discard the changes to the week of "+s.rng.From.Format("2 Jan")+"?", strings.Join(problems, "\n"),
			func(discard bool) {
				if discard {
					s.grid.show(s.stored)
					s.changed()
					then()
				}
			}, s.win)
	}
}

// goTo leaves the week and shows rng, the cursor on the same cell.
func (s *weekScreen) goTo(rng app.Range) {
	if rng.From.Validate() != nil || rng.To.Validate() != nil || s.review != nil {
		return
	}
	control.HoldKeys(s.win.Canvas()) // until the week is there (see keyhold.go)
	s.Leave(func() { s.load(rng) })
}

// previous shows the week before (Alt+Left), or the review's step before.
func (s *weekScreen) previous() {
	if s.review != nil {
		s.review.move(-1)
		return
	}
	s.goTo(s.rng.Shift(-1))
}

// next shows the week after (Alt+Right), or the review's next step; the
// last step's Save review is pressed, not reached by Alt+Right.
func (s *weekScreen) next() {
	if s.review != nil {
		if s.review.step < len(s.review.pages)-1 {
			s.review.move(1)
		}
		return
	}
	s.goTo(s.rng.Shift(1))
}

// thisWeek shows the week holding today.
func (s *weekScreen) thisWeek() { s.goTo(week.Of(data.Today(), s.prefs.WeekStart())) }

// goToDate shows the week holding date.
func (s *weekScreen) goToDate(date data.Date) { s.goTo(week.Of(date, s.prefs.WeekStart())) }

func (s *weekScreen) pickDate() {
	if s.review == nil {
		control.ShowCalendar(s.title, s.grid.day(), s.goToDate)
	}
}

// weekStartChanged shows the week holding the same day from its new
// first day.
func (s *weekScreen) weekStartChanged() {
	if s.review == nil {
		s.goToDate(s.grid.day())
	}
}
