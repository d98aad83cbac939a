package weekscreen

import (
	"image"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/week"
	"daymark/charts"
	"daymark/data"
	"daymark/ui/control"
)

// The weekly review's pages, one per step: each returns its content and
// the field where the cursor starts (nil: on Next).

// 1. The week against the targets.
func (p *reviewPanel) balancePage() (fyne.CanvasObject, fyne.Focusable) {
	view, charts := balanceView(p.s.tasks, p.Draft.Balance, p.Draft.Callout)
	p.charts = charts
	return view, nil
}

// balanceView shows a week's figures as the Balance screen does: the
// dimension furthest below target in words, the table, and the charts of
// each day and of the average day. A past review shows its frozen week
// with it. The charts are returned too, to be dropped once gone.
func balanceView(t *control.Tasks, b app.Balance, callout string) (fyne.CanvasObject, []*control.ChartView) {
	line := widget.NewLabel(callout)
	line.Wrapping = fyne.TextWrapWord
	line.TextStyle.Bold = true
	figures := []charts.Figure{b.StackedDays(), b.AverageDay()}
	titles := []string{"Each day's 1440 minutes", "The average day: planned, actual, target"}
	row := container.NewGridWithColumns(2)
	var views []*control.ChartView
	for i, fig := range figures {
		view := control.NewChartView(t, fyne.NewSize(300, 240))
		views = append(views, view)
		view.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(fig, w, h, th) })
		title := control.Bold(titles[i])
		title.Wrapping = fyne.TextWrapWord
		row.Add(container.NewBorder(title, nil, nil, nil, view))
	}
	return control.Column(append(append([]fyne.CanvasObject{line}, control.FiguresTable(b)...), row)...), views
}

// 2. Decisions, and the review's notes.
func (p *reviewPanel) decisionsPage() (fyne.CanvasObject, fyne.Focusable) {
	box := container.NewVBox()
	for _, n := range p.Draft.Decisions {
		head := control.Bold(n.Head)
		head.Wrapping = fyne.TextWrapWord
		box.Add(head)
		if n.Values != "" {
			box.Add(control.Note(n.Values))
		}
		says := widget.NewLabel(n.Says)
		says.Wrapping = fyne.TextWrapWord
		says.TextStyle.Italic = true
		box.Add(says)
	}
	if len(p.Draft.Decisions) == 0 {
		box.Add(widget.NewLabel("No decision of the week felt uncomfortable or left its values unnamed."))
	}
	p.Notes = control.NewTextArea("What the feelings say, and anything else to keep with this review", 4)
	if p.Draft.Saved != nil {
		p.Notes.SetText(p.Draft.Saved.Notes)
	}
	p.Notes.OnChanged = func(string) { p.edited() }
	box.Add(widget.NewSeparator())
	box.Add(control.Bold("Notes"))
	box.Add(p.Notes)
	return box, p.Notes
}

// 3. The guide questions.
func (p *reviewPanel) questionsPage() (fyne.CanvasObject, fyne.Focusable) {
	box := container.NewVBox()
	for _, q := range p.Draft.Questions {
		prompt := control.Bold(q.Prompt.Text)
		prompt.Wrapping = fyne.TextWrapWord
		answer := control.NewTextArea("Your answer for this week", 4)
		answer.SetText(q.Answer)
		answer.OnChanged = func(string) { p.edited() }
		p.replies = append(p.replies, answer)
		box.Add(prompt)
		box.Add(answer)
	}
	if len(p.replies) == 0 {
		box.Add(widget.NewLabel("The guide questions are not there: they come with every new database."))
		return box, nil
	}
	return box, p.replies[0]
}

// 4. Coaching actions.
func (p *reviewPanel) actionsPage() (fyne.CanvasObject, fyne.Focusable) {
	box := container.NewVBox()
	var start fyne.Focusable
	for _, a := range p.Draft.Actions {
		c := newActionChoice(a, p.Draft.Next.To, p.edited)
		p.Actions = append(p.Actions, c)
		box.Add(c.box)
		if start == nil {
			start = c.row
		}
	}
	if len(p.Actions) == 0 {
		box.Add(widget.NewLabel("No coaching action is due by the end of next week."))
	}
	return box, start
}

// actionChoice is an action of step 4: done, or carried on to a date.
type actionChoice struct {
	Action app.OpenAction
	row    *control.ChoiceRow
	Due    *control.DateField
	box    fyne.CanvasObject
}

const (
	choiceDone  = "Done"
	choiceCarry = "Carry on"
)

// newActionChoice shows a, done or carried on: an open action is carried
// on, to its own due date, or when that is past, to next's last day.
func newActionChoice(a app.OpenAction, next data.Date, edited func()) *actionChoice {
	c := &actionChoice{Action: a}
	text := control.Bold(a.Text)
	text.Wrapping = fyne.TextWrapWord
	detail := "Due " + app.DateText(a.Due, app.WeekdayDates)
	switch {
	case !a.Done.IsZero():
		detail = "Done " + app.DateText(a.Done, app.WeekdayDates)
	case a.Overdue:
		detail += ", overdue"
	}
	detail += " · from the session of " + app.DateText(a.From, app.ShortDates)
	due := a.Due
	if a.Overdue {
		due = next
	}
	c.Due = control.NewDateField(due, func(data.Date) { edited() })
	to := container.NewHBox(widget.NewLabel("to"), control.WithWidth(170, c.Due))
	c.row = control.NewChoiceRow([]string{choiceDone, choiceCarry}, nil)
	c.row.Required = true
	if a.Done.IsZero() {
		c.row.SetSelected(choiceCarry)
	} else {
		c.row.SetSelected(choiceDone)
		to.Hide()
	}
	c.row.OnChanged = func(chosen string) {
		to.Hidden = chosen != choiceCarry
		to.Refresh()
		edited()
	}
	c.box = container.NewVBox(text, control.Note(detail), container.NewHBox(control.WithWidth(220, c.row), to))
	return c
}

// choice is what the review does with the action.
func (c *actionChoice) choice() week.ActionChoice {
	if c.row.Selected == choiceDone {
		return week.ActionChoice{Done: true}
	}
	d, err := c.Due.Date()
	if err != nil || d == c.Action.Due {
		return week.ActionChoice{} // its own due date
	}
	return week.ActionChoice{Due: d}
}

// check says why the date it is carried to cannot be read, or "".
func (c *actionChoice) check() string {
	if c.row.Selected == choiceDone {
		return ""
	}
	if _, err := c.Due.Date(); err != nil {
		return week.ReviewSteps[3] + ": “" + c.Action.Text + "” is carried on to a date that cannot be read: " + control.Sentence(err)
	}
	return ""
}

// 5. Next week's focus.
func (p *reviewPanel) focusPage() (fyne.CanvasObject, fyne.Focusable) {
	p.Focus = newFocusChoice(p.Draft, p.edited)
	return p.Focus.box, p.Focus.row
}

// focusChoice is step 5: keep the focus, or pick another with the reason.
type focusChoice struct {
	dims   []data.Dimension
	row    *control.ChoiceRow
	Dim    *control.SelectField
	Reason *control.TextArea
	box    fyne.CanvasObject
}

const (
	choiceKeep  = "Keep it"
	choicePick  = "Pick another"
	choiceNone  = "No focus"
	choiceFirst = "Pick one"
)

func newFocusChoice(d week.ReviewDraft, edited func()) *focusChoice {
	c := &focusChoice{dims: d.Dims}
	now := "No dimension has the focus now."
	keep, pick := choiceNone, choiceFirst
	if f := d.Focus; f != nil {
		now = "★ Focus since " + app.DateText(f.Started, app.ShortDates) + ": " + app.DimensionName(d.Dims, f.DimensionID)
		if f.Reason != "" {
			now += ", because " + strings.TrimSuffix(control.FirstLine(f.Reason), ".")
		}
		keep, pick = choiceKeep, choicePick
	}
	names := make([]string, len(d.Dims))
	for i, dim := range d.Dims {
		names[i] = dim.Name
	}
	c.Dim = control.NewSelectField(names, func(string) { edited() })
	c.Dim.PlaceHolder = "Choose a dimension"
	c.Reason = control.NewTextArea("Why this one next week? (\"three new people join on Monday\")", 3)
	if d.Saved != nil && d.Saved.Focus.Reason != "" {
		c.Reason.SetText(d.Saved.Focus.Reason)
	}
	c.Reason.OnChanged = func(string) { edited() }
	picking := container.NewVBox(widget.NewLabel("Focus on"), control.WithWidth(280, c.Dim))
	picking.Hide()
	c.row = control.NewChoiceRow([]string{keep, pick}, nil)
	c.row.Required = true
	c.row.SetSelected(keep)
	c.row.OnChanged = func(chosen string) {
		picking.Hidden = chosen == keep
		picking.Refresh()
		edited()
	}
	c.box = container.NewVBox(widget.NewLabel(now), container.NewHBox(control.WithWidth(320, c.row)), picking, widget.NewLabel("Because"), c.Reason,
		control.Note("A new focus starts on "+app.DateText(d.Next.From, app.WeekdayDates)+", the first day of next week."))
	return c
}

// choice is next week's focus as chosen.
func (c *focusChoice) choice() week.FocusChoice {
	if c.row.Index() == 0 {
		return week.FocusChoice{Keep: true, Reason: c.Reason.Text}
	}
	var id int64
	if i := c.Dim.SelectedIndex(); i >= 0 {
		id = c.dims[i].ID
	}
	return week.FocusChoice{DimensionID: id, Reason: c.Reason.Text}
}

// 6. Next week's plan.
func (p *reviewPanel) planPage() (fyne.CanvasObject, fyne.Focusable) {
	p.planMsg = control.NewMessage()
	p.Grid = newWeekGrid(nil, func() {
		p.edited()
		plan, problems := p.Grid.read()
		p.Grid.mark()
		p.Grid.figures(plan)
		control.ShowProblems(p.planMsg, problems)
	})
	p.Grid.Canvas = p.s.win.Canvas() // the arrows move in it before it is first drawn
	p.Grid.show(p.Draft.Plan)
	lead := control.Bold("Next week: " + p.Draft.Next.Text(app.LongDates))
	return container.NewVBox(lead, control.Note(fillText(p.Draft.Filled, "the ideal week")), p.Grid.content, p.planMsg), p.Grid.Cell(0, 0)
}
