package balancescreen

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

// Screen is the Balance review: a range, the figures per dimension
// against plan and target with the focus highlighted, and the charts of
// where the time went, with the targets and focus editors at hand.
type Screen struct {
	balancer *app.Balancer
	win      fyne.Window
	tasks    *control.Tasks
	changed  func() // targets or focus changed: the rest of the window reloads them
	prefs    Prefs

	Rng     app.Range
	current app.Balance

	Period   *control.SelectField
	Label    *widget.Label
	From, To *control.DateField
	Custom   *fyne.Container
	Callout  *widget.Label
	Table    *fyne.Container
	Cards    []*chartCard
	Content  fyne.CanvasObject
}

// chartCard is one chart of the screen with its title and a Save button.
type chartCard struct {
	title  string
	view   *control.ChartView
	Figure charts.Figure
}

// Prefs are the settings the Balance screen reads and keeps: the range it
// showed last.
type Prefs interface {
	BalanceRange(today data.Date) app.Range
	RememberBalanceRange(r app.Range)
}

// New builds the screen on the range it showed last.
func New(balancer *app.Balancer, win fyne.Window, t *control.Tasks, changed func(), prefs Prefs) *Screen {
	s := &Screen{balancer: balancer, win: win, tasks: t, changed: changed, prefs: prefs}
	s.Rng = prefs.BalanceRange(data.Today())

	s.Period = control.NewSelectField(app.Periods, nil)
	s.Period.SetSelectedIndex(int(s.Rng.Period))
	prev := control.NewKeyButton("", theme.NavigateBackIcon(), func() { s.Show(s.Rng.Shift(-1)) })
	next := control.NewKeyButton("", theme.NavigateNextIcon(), func() { s.Show(s.Rng.Shift(1)) })
	s.Label = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.From = control.NewDateField(s.Rng.From, func(data.Date) { s.applyCustom() })
	s.To = control.NewDateField(s.Rng.To, func(data.Date) { s.applyCustom() })
	s.Custom = container.NewHBox(widget.NewLabel("From"), control.WithWidth(150, s.From), widget.NewLabel("to"), control.WithWidth(150, s.To))
	if s.Rng.Period != app.Custom {
		s.Custom.Hide()
	}
	header := container.NewHBox(control.WithWidth(120, s.Period), prev, next, s.Label, s.Custom)

	s.Callout = widget.NewLabel("")
	s.Callout.Wrapping = fyne.TextWrapWord
	s.Callout.TextStyle.Bold = true
	s.Table = container.NewVBox()
	targets := control.NewKeyButton("Targets…", theme.SettingsIcon(), s.EditTargets)
	focus := control.NewKeyButton("Focus…", theme.VisibilityIcon(), s.EditFocus)
	left := container.NewVBox(s.Callout, s.Table, container.NewHBox(targets, focus))

	s.Cards = []*chartCard{
		{title: "Each day's 1440 minutes", view: control.NewChartView(t, fyne.NewSize(340, 260))},
		{title: "Share of allocated time against target", view: control.NewChartView(t, fyne.NewSize(340, 300))},
		{title: "The average day: planned, actual, target", view: control.NewChartView(t, fyne.NewSize(340, 240))},
	}
	var right []fyne.CanvasObject
	for _, c := range s.Cards {
		card := c
		save := control.NewKeyButton("Save…", theme.DownloadIcon(), func() { s.saveChart(card) })
		save.Importance = widget.LowImportance
		title := widget.NewLabelWithStyle(card.title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		right = append(right, container.NewBorder(nil, nil, nil, save, title), card.view)
	}
	s.Content = container.NewBorder(container.NewPadded(header), nil, nil, nil,
		control.BesideForm(control.FollowingScroll(s, container.NewPadded(left)), control.FollowingScroll(s, container.NewPadded(container.NewVBox(right...))), 680))
	s.Period.OnChanged = s.choosePeriod
	return s
}

// The screen keeps nothing unsaved: its editors save as they close.
func (s *Screen) Leave(then func()) { then() }
func (s *Screen) Save(then func()) {
	if then != nil {
		then()
	}
}

// Shown reads the figures again: days may have changed on other screens.
func (s *Screen) Shown() {
	s.Show(s.Rng)
	control.FocusHeld(s.win.Canvas(), nil)
}

func (s *Screen) choosePeriod(name string) {
	for i, p := range app.Periods {
		if p != name {
			continue
		}
		if app.Period(i) == app.Custom {
			s.From.SetText(s.Rng.From.String())
			s.To.SetText(s.Rng.To.String())
			s.Custom.Show()
			s.applyCustom()
			return
		}
		s.Custom.Hide()
		anchor := data.Today()
		if !s.Rng.Contains(anchor) {
			anchor = s.Rng.To
		}
		s.Show(app.RangeOf(app.Period(i), anchor, s.balancer.WeekStart()))
	}
}

// ShowRange shows the days from from to to, as a custom range.
func (s *Screen) ShowRange(from, to data.Date) {
	rng, err := app.NewRange(from, to)
	if err != nil {
		return
	}
	s.Rng = rng
	s.Period.SetSelectedIndex(int(app.Custom)) // shows s.rng, as a custom range
	s.Show(rng)
}

// applyCustom shows the custom range once both dates are valid.
func (s *Screen) applyCustom() {
	from, err1 := s.From.Date()
	to, err2 := s.To.Date()
	if err1 != nil || err2 != nil {
		return
	}
	if rng, err := app.NewRange(from, to); err == nil {
		s.Show(rng)
	} else {
		s.Callout.SetText(control.Sentence(err))
	}
}

// Show computes and shows the figures of rng, off the UI goroutine.
func (s *Screen) Show(rng app.Range) {
	s.Rng = rng
	s.prefs.RememberBalanceRange(rng)
	s.Label.SetText(rng.Label())
	if rng.Period == app.Custom {
		s.From.SetText(rng.From.String())
		s.To.SetText(rng.To.String())
	}
	var b app.Balance
	var err error
	// The current week, month, quarter or year is shown so far: days to
	// come would count as nothing done.
	shown := rng.Through(data.Today())
	s.tasks.Run(func() { b, err = s.balancer.Balance(control.BgContext(), shown) }, func() {
		if rng != s.Rng {
			return // the person has moved on
		}
		if err != nil {
			s.Callout.SetText(control.Sentence(err))
			return
		}
		s.current = b
		s.Callout.SetText(b.Callout(data.Today()))
		s.fillTable(b)
		s.drawCharts(b)
	})
}

func (s *Screen) drawCharts(b app.Balance) {
	figures := []charts.Figure{b.StackedDays(), b.ShareLines(), b.AverageDay()}
	for i, c := range s.Cards {
		fig := figures[i]
		// A saved chart names itself and its days; on screen the card does.
		c.Figure = charts.Titled{Figure: fig, Title: c.title, Period: b.Range.Text(app.ShortDates)}
		c.view.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(fig, w, h, th) })
	}
}

// fillTable writes a row of figures per dimension: per-day averages, with
// the range's totals under them.
func (s *Screen) fillTable(b app.Balance) {
	s.Table.Objects = control.FiguresTable(b)
	s.Table.Refresh()
}

// WeekStartChanged shows the week again from its new first day, or the
// range with its weekly bars cut anew.
func (s *Screen) WeekStartChanged() {
	if s.Rng.Period == app.Week {
		anchor := data.Today()
		if !s.Rng.Contains(anchor) {
			anchor = s.Rng.To
		}
		s.Show(app.RangeOf(app.Week, anchor, s.balancer.WeekStart()))
		return
	}
	s.Show(s.Rng)
}
