package weekscreen

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

// Screen is the week planner: the seven days of a week by dimension,
// planned and actual, with the week's totals and charts, filled from the
// ideal week or last week, and the doors to the ideal week and the
// weekly review.
//
// Saving is the Day planner's: explicit (Save, Ctrl+S) and on leaving the
// week (another week, another screen, quitting). A week that cannot be
// saved (a day over 1440 minutes, a cell that is not a duration) is never
// saved in part; leaving it asks whether to discard it.
type Screen struct {
	weeks *week.Planner
	win   fyne.Window
	tasks *control.Tasks
	prefs Prefs

	Rng     app.Range
	stored  week.Plan // the week as it was read or saved
	Grid    *weekGrid
	Title   *control.KeyButton
	Clear   *control.KeyButton
	Status  *widget.Label
	Message *widget.Label
	Info    *widget.Label // what a fill did, or why it could not
	donut   *control.ChartView
	bars    *control.ChartView
	planner fyne.CanvasObject // the week planner, hidden while a review is open
	holder  *fyne.Container   // the review, when one is open
	Review  *reviewPanel
	Content fyne.CanvasObject

	OpenDay  func(data.Date)         // shows a day on the Day planner
	Reviewed func()                  // a review was saved: the Day planner's banner may go
	Dims     func() []data.Dimension // every dimension, to name a past review's focus
}

// Prefs are the settings the Week screen reads: the day a week starts.
type Prefs interface {
	WeekStart() time.Weekday
}

// New builds the screen on the week holding today.
func New(weeks *week.Planner, win fyne.Window, t *control.Tasks, prefs Prefs) *Screen {
	s := &Screen{weeks: weeks, win: win, tasks: t, prefs: prefs}
	s.Rng = week.Of(data.Today(), prefs.WeekStart())
	s.Grid = newWeekGrid(func(d data.Date) { s.OpenDay(d) }, s.changed)
	s.Grid.OnMove = s.cursorMoved
	s.Grid.At = [2]int{0, data.Today().DaysSince(s.Rng.From)} // the cursor starts on today

	s.Title = control.NewKeyButton("", theme.CalendarIcon(), s.PickDate)
	s.Title.Importance = widget.LowImportance
	prev := control.NewKeyButton("", theme.NavigateBackIcon(), s.Previous)
	next := control.NewKeyButton("", theme.NavigateNextIcon(), s.Next)
	this := control.NewKeyButton("This week", nil, s.ThisWeek)
	ideal := control.NewKeyButton("Ideal week…", theme.SettingsIcon(), s.EditIdeal)
	review := control.NewKeyButton("Review the week…", theme.ConfirmIcon(), func() { s.StartReview(s.Rng) })
	past := control.NewKeyButton("Past reviews…", theme.HistoryIcon(), s.ShowPastReviews)
	header := container.NewBorder(nil, nil, container.NewHBox(prev, s.Title, next, this), container.NewHBox(ideal, review, past))

	s.Message = control.NewMessage()
	s.Info = control.Note("")
	s.Info.Hide()
	fill := control.NewKeyButton("Fill from the ideal week", theme.ContentPasteIcon(), s.FillFromIdeal)
	copyLast := control.NewKeyButton("Copy last week's plan", theme.ContentCopyIcon(), s.CopyLastWeek)
	s.Clear = control.NewKeyButton("", theme.ContentClearIcon(), s.clearDay)
	open := control.NewKeyButton("Open the day", theme.CalendarIcon(), func() { s.OpenDay(s.Grid.day()) })
	s.cursorMoved()
	s.Status = widget.NewLabel("")
	s.Status.Importance = widget.LowImportance
	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { s.Save(nil) })
	save.Importance = widget.HighImportance

	left := container.NewVBox(
		s.Grid.content,
		s.Message,
		container.NewHBox(fill, copyLast, s.Clear, open),
		s.Info,
		control.Note("In each cell, the plan; under it, the actual time recorded that day (typed and timed). The arrow keys move from cell to cell, typing replaces a cell, and Enter on a day's name opens it on the Day planner."),
	)
	s.donut = control.NewChartView(t, fyne.NewSize(300, 240))
	s.bars = control.NewChartView(t, fyne.NewSize(300, 240))
	// The charts under the grid, side by side, taking the height left:
	// below the fold on a small window, half the screen on a large one.
	body := control.FollowingScroll(s, container.NewPadded(control.Column(left, container.NewGridWithColumns(2, s.donut, s.bars))))
	s.planner = container.NewBorder(container.NewPadded(header), container.NewPadded(container.NewBorder(nil, nil, nil, container.NewHBox(s.Status, save))), nil, nil, body)
	s.holder = container.NewStack()
	s.Content = container.NewStack(s.planner, s.holder)
	return s
}

// Shown reads the week again (days may have changed on other screens)
// unless it holds typing not yet saved, and puts the cursor in its cell.
func (s *Screen) Shown() {
	if s.Review != nil {
		s.Review.Shown()
		return
	}
	if s.Dirty() {
		s.Grid.FocusCell(s.win.Canvas())
		return
	}
	s.load(s.Rng)
}

// cursorMoved names the day the cursor is on in the button that clears it.
func (s *Screen) cursorMoved() {
	if s.Grid.Plan.Range.From.IsZero() {
		s.Clear.SetText("Clear the day's plan")
		return
	}
	s.Clear.SetText("Clear " + s.Grid.day().Format("Monday") + "'s plan")
}

// load reads rng and shows it, the cursor in its cell.
func (s *Screen) load(rng app.Range) {
	s.fetch(rng, func() {
		if s.Review == nil { // a review opened meanwhile has the cursor
			s.Grid.FocusCell(s.win.Canvas())
		}
	})
}

// fetch reads rng from the store, shows it, then calls then (if not nil).
func (s *Screen) fetch(rng app.Range, then func()) {
	s.Rng = rng
	s.Title.SetText(weekTitle(rng, data.Today()))
	var p week.Plan
	var err error
	s.tasks.Run(func() { p, err = s.weeks.Plan(control.BgContext(), rng) }, func() {
		if rng != s.Rng {
			return // the person has moved on
		}
		if err != nil {
			control.ReleaseKeys(s.win.Canvas())
			control.ShowProblem(s.win, "Daymark cannot read the week", err)
			return
		}
		s.Info.Hide()
		s.stored = p
		s.Grid.show(p)
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
func (s *Screen) changed() {
	p, problems := s.Grid.read()
	s.Grid.mark()
	s.Grid.figures(p)
	s.setMessage(problems)
	switch {
	case len(problems) > 0 || len(p.Changed()) > 0:
		s.setStatus("Not saved", widget.WarningImportance)
	case p.Balance.PlannedDays == 0 && p.Balance.ActualDays == 0:
		s.setStatus("Nothing planned yet", widget.MediumImportance)
	case !strings.HasPrefix(s.Status.Text, "Saved at"):
		s.setStatus("Saved", widget.MediumImportance)
	}
	s.drawCharts(p)
}

func (s *Screen) setStatus(text string, importance widget.Importance) {
	s.Status.Importance = importance
	s.Status.SetText(text)
}

func (s *Screen) setMessage(problems []string) { control.ShowProblems(s.Message, problems) }

// setInfo says what a fill did, or why it could not, under the buttons.
func (s *Screen) setInfo(text string) {
	s.Info.SetText(text)
	s.Info.Show()
}

func (s *Screen) drawCharts(p week.Plan) {
	donut, bars := p.Donut(), p.Bars()
	s.donut.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(donut, w, h, th) })
	s.bars.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(bars, w, h, th) })
}

// Dirty reports whether the week holds changes not yet stored, a cell
// that cannot be read included, or a review under way.
func (s *Screen) Dirty() bool {
	if s.Review != nil {
		return s.Review.touched
	}
	p, problems := s.Grid.read()
	return len(problems) > 0 || len(p.Changed()) > 0
}

// save stores the days of the week that changed, then calls then (if not
// nil). A week with problems is not saved: the message says why.
func (s *Screen) Save(then func()) {
	if s.Review != nil {
		s.Review.Save() // Ctrl+S saves the review, from any step
		return
	}
	p, problems := s.Grid.read()
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
		if saved.Range == s.Rng {
			s.stored = saved
			s.Grid.rebase(saved)
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
func (s *Screen) Leave(then func()) {
	if s.Review != nil {
		s.Review.Leave(false, then)
		return
	}
	p, problems := s.Grid.read()
	switch {
	case len(problems) == 0 && len(p.Changed()) == 0:
		then()
	case len(problems) == 0:
		s.Save(then)
	default:
		control.ConfirmDiscard("Discard the changes to the week of "+s.Rng.From.Format("2 Jan")+"?", strings.Join(problems, "\n"),
			func(discard bool) {
				if discard {
					s.Grid.show(s.stored)
					s.changed()
					then()
				}
			}, s.win)
	}
}

// goTo leaves the week and shows rng, the cursor on the same cell.
func (s *Screen) goTo(rng app.Range) {
	if rng.From.Validate() != nil || rng.To.Validate() != nil || s.Review != nil {
		return
	}
	control.HoldKeys(s.win.Canvas()) // until the week is there (see keyhold.go)
	s.Leave(func() { s.load(rng) })
}

// Previous shows the week before (Alt+Left), or the review's step before.
func (s *Screen) Previous() {
	if s.Review != nil {
		s.Review.Move(-1)
		return
	}
	s.goTo(s.Rng.Shift(-1))
}

// Next shows the week after (Alt+Right), or the review's next step; the
// last step's Save review is pressed, not reached by Alt+Right.
func (s *Screen) Next() {
	if s.Review != nil {
		if s.Review.Step < len(s.Review.pages)-1 {
			s.Review.Move(1)
		}
		return
	}
	s.goTo(s.Rng.Shift(1))
}

// ThisWeek shows the week holding today.
func (s *Screen) ThisWeek() { s.goTo(week.Of(data.Today(), s.prefs.WeekStart())) }

// GoToDate shows the week holding date.
func (s *Screen) GoToDate(date data.Date) { s.goTo(week.Of(date, s.prefs.WeekStart())) }

func (s *Screen) PickDate() {
	if s.Review == nil {
		control.ShowCalendar(s.Title, s.Grid.day(), s.GoToDate)
	}
}

// WeekStartChanged shows the week holding the same day from its new
// first day.
func (s *Screen) WeekStartChanged() {
	if s.Review == nil {
		s.GoToDate(s.Grid.day())
	}
}
