package ui

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/charts"
	"daymark/data"
	"daymark/ui/control"
)

// balanceScreen is the Balance review: a range, the figures per dimension
// against plan and target with the focus highlighted, and the charts of
// where the time went, with the targets and focus editors at hand.
type balanceScreen struct {
	balancer *app.Balancer
	win      fyne.Window
	tasks    *control.Tasks
	changed  func() // targets or focus changed: the rest of the window reloads them
	prefs    settings

	rng     app.Range
	current app.Balance

	period   *control.SelectField
	label    *widget.Label
	from, to *control.DateField
	custom   *fyne.Container
	callout  *widget.Label
	table    *fyne.Container
	cards    []*chartCard
	content  fyne.CanvasObject
}

// chartCard is one chart of the screen with its title and a Save button.
type chartCard struct {
	title  string
	view   *control.ChartView
	figure charts.Figure
}

// newBalanceScreen builds the screen on the range it showed last.
func newBalanceScreen(balancer *app.Balancer, win fyne.Window, t *control.Tasks, changed func(), prefs settings) *balanceScreen {
	s := &balanceScreen{balancer: balancer, win: win, tasks: t, changed: changed, prefs: prefs}
	s.rng = prefs.BalanceRange(data.Today())

	s.period = control.NewSelectField(app.Periods, nil)
	s.period.SetSelectedIndex(int(s.rng.Period))
	prev := control.NewKeyButton("", theme.NavigateBackIcon(), func() { s.show(s.rng.Shift(-1)) })
	next := control.NewKeyButton("", theme.NavigateNextIcon(), func() { s.show(s.rng.Shift(1)) })
	s.label = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.from = control.NewDateField(s.rng.From, func(data.Date) { s.applyCustom() })
	s.to = control.NewDateField(s.rng.To, func(data.Date) { s.applyCustom() })
	s.custom = container.NewHBox(widget.NewLabel("From"), control.WithWidth(150, s.from), widget.NewLabel("to"), control.WithWidth(150, s.to))
	if s.rng.Period != app.Custom {
		s.custom.Hide()
	}
	header := container.NewHBox(control.WithWidth(120, s.period), prev, next, s.label, s.custom)

	s.callout = widget.NewLabel("")
	s.callout.Wrapping = fyne.TextWrapWord
	s.callout.TextStyle.Bold = true
	s.table = container.NewVBox()
	targets := control.NewKeyButton("Targets…", theme.SettingsIcon(), s.editTargets)
	focus := control.NewKeyButton("Focus…", theme.VisibilityIcon(), s.editFocus)
	left := container.NewVBox(s.callout, s.table, container.NewHBox(targets, focus))

	s.cards = []*chartCard{
		{title: "Each day's 1440 minutes", view: control.NewChartView(t, fyne.NewSize(340, 260))},
		{title: "Share of allocated time against target", view: control.NewChartView(t, fyne.NewSize(340, 300))},
		{title: "The average day: planned, actual, target", view: control.NewChartView(t, fyne.NewSize(340, 240))},
	}
	var right []fyne.CanvasObject
	for _, c := range s.cards {
		card := c
		save := control.NewKeyButton("Save…", theme.DownloadIcon(), func() { s.saveChart(card) })
		save.Importance = widget.LowImportance
		title := widget.NewLabelWithStyle(card.title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		right = append(right, container.NewBorder(nil, nil, nil, save, title), card.view)
	}
	s.content = container.NewBorder(container.NewPadded(header), nil, nil, nil,
		control.BesideForm(control.FollowingScroll(s, container.NewPadded(left)), control.FollowingScroll(s, container.NewPadded(container.NewVBox(right...))), 680))
	s.period.OnChanged = s.choosePeriod
	return s
}

// The screen keeps nothing unsaved: its editors save as they close.
func (s *balanceScreen) Leave(then func()) { then() }
func (s *balanceScreen) Save(then func()) {
	if then != nil {
		then()
	}
}

// Shown reads the figures again: days may have changed on other screens.
func (s *balanceScreen) Shown() {
	s.show(s.rng)
	control.FocusHeld(s.win.Canvas(), nil)
}

func (s *balanceScreen) choosePeriod(name string) {
	for i, p := range app.Periods {
		if p != name {
			continue
		}
		if app.Period(i) == app.Custom {
			s.from.SetText(s.rng.From.String())
			s.to.SetText(s.rng.To.String())
			s.custom.Show()
			s.applyCustom()
			return
		}
		s.custom.Hide()
		anchor := data.Today()
		if !s.rng.Contains(anchor) {
			anchor = s.rng.To
		}
		s.show(app.RangeOf(app.Period(i), anchor, s.balancer.WeekStart()))
	}
}

// showRange shows the days from from to to, as a custom range.
func (s *balanceScreen) showRange(from, to data.Date) {
	rng, err := app.NewRange(from, to)
	if err != nil {
		return
	}
	s.rng = rng
	s.period.SetSelectedIndex(int(app.Custom)) // shows s.rng, as a custom range
	s.show(rng)
}

// applyCustom shows the custom range once both dates are valid.
func (s *balanceScreen) applyCustom() {
	from, err1 := s.from.Date()
	to, err2 := s.to.Date()
	if err1 != nil || err2 != nil {
		return
	}
	if rng, err := app.NewRange(from, to); err == nil {
		s.show(rng)
	} else {
		s.callout.SetText(control.Sentence(err))
	}
}

// show computes and shows the figures of rng, off the UI goroutine.
func (s *balanceScreen) show(rng app.Range) {
	s.rng = rng
	s.prefs.RememberBalanceRange(rng)
	s.label.SetText(rng.Label())
	if rng.Period == app.Custom {
		s.from.SetText(rng.From.String())
		s.to.SetText(rng.To.String())
	}
	var b app.Balance
	var err error
	// The current week, month, quarter or year is shown so far: days to
	// come would count as nothing done.
	shown := rng.Through(data.Today())
	s.tasks.Run(func() { b, err = s.balancer.Balance(control.BgContext(), shown) }, func() {
		if rng != s.rng {
			return // the person has moved on
		}
		if err != nil {
			s.callout.SetText(control.Sentence(err))
			return
		}
		s.current = b
		s.callout.SetText(b.Callout(data.Today()))
		s.fillTable(b)
		s.drawCharts(b)
	})
}

func (s *balanceScreen) drawCharts(b app.Balance) {
	figures := []charts.Figure{b.StackedDays(), b.ShareLines(), b.AverageDay()}
	for i, c := range s.cards {
		fig := figures[i]
		// A saved chart names itself and its days; on screen the card does.
		c.figure = charts.Titled{Figure: fig, Title: c.title, Period: b.Range.Text(app.ShortDates)}
		c.view.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(fig, w, h, th) })
	}
}

// fillTable writes a row of figures per dimension: per-day averages, with
// the range's totals under them.
func (s *balanceScreen) fillTable(b app.Balance) {
	s.table.Objects = control.FiguresTable(b)
	s.table.Refresh()
}

// weekStartChanged shows the week again from its new first day, or the
// range with its weekly bars cut anew.
func (s *balanceScreen) weekStartChanged() {
	if s.rng.Period == app.Week {
		anchor := data.Today()
		if !s.rng.Contains(anchor) {
			anchor = s.rng.To
		}
		s.show(app.RangeOf(app.Week, anchor, s.balancer.WeekStart()))
		return
	}
	s.show(s.rng)
}
