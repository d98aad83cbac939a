package weekscreen

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/week"
	"daymark/data"
	"daymark/ui/control"
)

// Past reviews: the list, latest week first, and each read again as it
// was saved, its week's figures frozen at that moment.

// ShowPastReviews reads the saved reviews and lists them.
func (s *Screen) ShowPastReviews() {
	var list []data.Review
	var err error
	s.tasks.Run(func() { list, err = s.weeks.Reviews(control.BgContext()) }, func() {
		if err != nil {
			control.ShowProblem(s.win, "Daymark cannot read the reviews", err)
			return
		}
		s.listReviews(list)
	})
}

func (s *Screen) listReviews(list []data.Review) {
	if len(list) == 0 {
		control.Inform(s.win, "Past reviews", "No review is saved yet. Review the week… on the Week screen starts one: six steps, about ten minutes.")
		return
	}
	dims := s.allDims()
	open := func(i int) { s.readReview(list[i], dims) }
	rows := control.NewTitledList(func() int { return len(list) }, func(i int) (string, string) {
		r := list[i]
		return "Week of " + app.ReviewWhen(r, app.Range{From: r.From, To: r.To}), app.ReviewFindings(r, dims)
	})
	field := &openList{}
	field.Length, field.CreateItem, field.UpdateItem = rows.Length, rows.CreateItem, rows.UpdateItem
	field.ExtendBaseWidget(field)
	field.OnSelected = func(i widget.ListItemID) {
		field.Unselect(i) // to be read again
		open(i)
	}
	body := container.NewBorder(control.Note("Up and Down move, Enter or a click reads a review."), nil, nil, nil, field)
	d := control.NewDialog(s.win, "Past reviews", control.WithWidth(640, container.NewGridWrap(fyne.NewSize(640, 420), body)))
	d.Button("Close", widget.HighImportance, false, nil)
	d.Focus = field
	d.Show()
}

// openList is a list whose row in focus Enter opens, as Space does.
type openList struct {
	widget.List
}

func (l *openList) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter:
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	case !control.EscapeFrom(l, ev):
		l.List.TypedKey(ev)
	}
}

// allDims returns every dimension, to name a past focus.
func (s *Screen) allDims() []data.Dimension {
	if s.Dims != nil {
		return s.Dims()
	}
	return nil
}

// readReview shows a saved review as it was saved: its week's figures
// frozen, the answers with the questions as they were asked, the
// actions, the focus and the notes.
func (s *Screen) readReview(r data.Review, dims []data.Dimension) {
	b := app.FrozenBalance(r)
	saved := data.DateOf(r.SavedAt)
	figures, charts := balanceView(s.tasks, b, b.Callout(data.Today()))
	box := container.NewVBox(
		control.Note("Reviewed "+app.DateText(saved, app.WeekdayDates)+" at "+r.SavedAt.Local().Format("15:04")+". The week's figures are as they stood then."),
		heading(week.ReviewSteps[0]), figures,
	)
	if len(r.Answers) > 0 {
		box.Add(heading(week.ReviewSteps[2]))
		for _, a := range r.Answers {
			q := widget.NewLabel(a.Prompt)
			q.Wrapping = fyne.TextWrapWord
			q.Importance = widget.LowImportance
			box.Add(q)
			box.Add(wrapped(a.Answer))
		}
	}
	if len(r.Actions) > 0 {
		box.Add(heading(week.ReviewSteps[3]))
		for _, a := range r.Actions {
			line := "Carried on, due " + app.DateText(a.Due, app.ShortDates)
			switch {
			case a.Done:
				line = "Done"
			case !a.CarriedTo.IsZero():
				line = "Carried on to " + app.DateText(a.CarriedTo, app.ShortDates)
			}
			box.Add(wrapped(a.Text + ": " + line + "."))
		}
	}
	box.Add(heading(week.ReviewSteps[4]))
	focus := "No focus."
	switch f := r.Focus; {
	case f.DimensionID != 0 && f.Kept:
		focus = "Kept on " + app.DimensionName(dims, f.DimensionID)
	case f.DimensionID != 0:
		focus = "Moved to " + app.DimensionName(dims, f.DimensionID)
	}
	if r.Focus.Reason != "" {
		focus += ", because " + r.Focus.Reason
	}
	box.Add(wrapped(focus))
	if r.Notes != "" {
		box.Add(heading("Notes"))
		box.Add(wrapped(r.Notes))
	}
	d := control.NewScrollingDialog(s.win, "Review of "+app.Span(r.From, r.To, app.LongDates), box, 820)
	d.Button("Close", widget.HighImportance, true, nil)
	d.Closed = func() { s.tasks.DropCharts(charts) }
	d.Dialog.Resize(fyne.NewSize(880, 600))
	d.Show()
}

func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
