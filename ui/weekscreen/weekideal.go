package weekscreen

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/week"
	"daymark/data"
	"daymark/ui/control"
)

// The ideal week's editor: the minutes a typical week plans for each
// dimension on each day of the week, as versions from a date, like the
// targets. It opens on the version in force today, or, until there is
// one, on the targets in force, the same minutes each day.

// idealEditor is the editor's grid and what it was opened on.
type idealEditor struct {
	control.CellGrid
	dims     []data.Dimension // the active dimensions: the rows
	days     [7]time.Weekday  // the columns, from the first day of the week
	from     *control.DateField
	rowTotal []*widget.Label
	dayTotal [8]*widget.Label // each day's, then the week's
	problem  *widget.Label
	ready    bool // built: the totals can be written
}

// EditIdeal reads the ideal week and opens its editor.
func (s *Screen) EditIdeal() {
	if s.Review != nil { // from the menu: the review has the screen
		return
	}
	var dims []data.Dimension
	var versions []data.IdealWeek
	var current week.Ideal
	var err error
	today := data.Today()
	s.tasks.Run(func() {
		ctx := control.BgContext()
		if dims, versions, err = s.weeks.IdealWeeks(ctx); err == nil {
			current, _, err = s.weeks.Ideal(ctx, today)
		}
	}, func() {
		if err != nil {
			control.ShowProblem(s.win, "Daymark cannot read the ideal week", err)
			return
		}
		s.showIdealEditor(dims, versions, current)
	})
}

func (s *Screen) showIdealEditor(all []data.Dimension, versions []data.IdealWeek, current week.Ideal) {
	e := &idealEditor{dims: app.Active(all), days: week.WeekdaysFrom(s.prefs.WeekStart())}
	e.Canvas = s.win.Canvas() // the arrows move in it before it is first drawn
	e.from = control.NewDateField(data.Today(), func(data.Date) { e.update() })
	e.problem = control.NewMessage()
	grid := e.build(current)
	e.ready = true
	e.update()

	start := "The ideal week in force today is shown."
	switch {
	case current.FromTargets:
		start = "Until you save one, the ideal week is your targets in force, the same minutes each day: that is what is shown."
	case current.Minutes[0] == nil:
		start = "There is no ideal week yet, and no targets to start it from."
	}
	var d *control.DialogBox
	history := container.NewVBox()
	for i := len(versions) - 1; i >= 0; i-- {
		v := versions[i]
		history.Add(control.VersionRow("From "+v.From.Format("2 Jan 2006")+": "+describeIdeal(v, e.days), func() {
			control.Ask(s.win, "Delete the ideal week from "+v.From.Format("2 Jan 2006")+"?", "The other versions stay, and so do the plans made with it.", "Cancel", "Delete", true, func(yes bool) {
				if yes {
					d.Hide()
					s.deleteIdeal(v.From)
				}
			})
		}))
	}
	if len(versions) == 0 {
		history.Add(control.Note("No version yet. The first holds from its date on; before it, the targets stand in."))
	}
	body := container.NewVBox(
		control.Note("The minutes a typical week plans for each dimension, day by day: weekends can differ from weekdays. "+start+" Saving adds a version from its date on; a version from the same date is replaced. The arrow keys move from cell to cell."),
		container.NewHBox(widget.NewLabel("Effective from"), control.WithWidth(180, e.from)),
		grid, e.problem,
		widget.NewSeparator(), widget.NewLabelWithStyle("Versions", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), history)

	save := control.NewKeyButton("Save version", theme.DocumentSaveIcon(), func() {
		iw, why := e.read()
		if why != "" {
			e.update()
			return
		}
		var err error
		s.tasks.Run(func() { err = s.weeks.SaveIdealWeek(control.BgContext(), iw) }, func() {
			if err != nil {
				e.problem.SetText(control.Sentence(err))
				e.problem.Show()
				return
			}
			d.Hide()
			s.setInfo("The ideal week from " + iw.From.Format("2 January 2006") + " is saved: Fill from the ideal week plans the empty days with it.")
		})
	})
	save.Importance = widget.HighImportance
	d = control.NewScrollingDialog(s.win, "Ideal week", body, 840)
	d.Button("Cancel", widget.MediumImportance, false, nil)
	d.Add(save)
	if c := e.Cell(0, 0); c != nil {
		d.Focus = c
	}
	d.Dialog.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// build makes the grid: a row per active dimension, a column per day of
// the week, filled from ideal.
func (e *idealEditor) build(ideal week.Ideal) fyne.CanvasObject {
	objects := []fyne.CanvasObject{control.Bold("Dimension")}
	for _, day := range e.days {
		objects = append(objects, widget.NewLabelWithStyle(day.String()[:3], fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
	}
	objects = append(objects, widget.NewLabelWithStyle("Week", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
	e.Cells = make([][]*control.GridCell, len(e.dims))
	for r, d := range e.dims {
		name := widget.NewLabel(d.Name)
		name.Wrapping = fyne.TextWrapWord
		objects = append(objects, container.NewBorder(nil, nil, container.NewCenter(control.Swatch(app.Colour(d), 12)), nil, name))
		e.Cells[r] = make([]*control.GridCell, 7)
		for i, day := range e.days {
			c := e.NewCell(r, i, e.update)
			if m := ideal.Minutes[day]; m != nil {
				c.SetText(control.DurationText(m[d.ID]))
			}
			e.Cells[r][i] = c
			objects = append(objects, control.Middle(c))
		}
		e.rowTotal = append(e.rowTotal, widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{}))
		objects = append(objects, e.rowTotal[r])
	}
	objects = append(objects, control.Bold("Allocated"))
	for i := range e.dayTotal {
		e.dayTotal[i] = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		objects = append(objects, e.dayTotal[i])
	}
	return container.New(control.GridTable{First: 150, Cell: 74, Most: 90, N: 7, Last: []float32{84}}, objects...)
}

// read returns the version as typed, or a sentence on what is wrong.
func (e *idealEditor) read() (data.IdealWeek, string) {
	date, err := e.from.Date()
	iw := data.NewIdealWeek(date)
	var problems []string
	for r, d := range e.dims {
		for i, day := range e.days {
			m, perr := app.ParseDuration(e.Cells[r][i].Text)
			if perr != nil {
				problems = append(problems, day.String()+", "+d.Name+": "+perr.Error()+".")
			}
			if m > 0 {
				iw.Minutes[day][d.ID] = m
			}
		}
	}
	for _, day := range e.days {
		total := 0
		for _, m := range iw.Minutes[day] {
			total += m
		}
		problems = append(problems, app.OverTheDay(total, 0, "of the ideal "+day.String())...)
	}
	if err != nil {
		problems = append(problems, "Effective from: "+control.Sentence(err))
	}
	if len(problems) == 0 {
		if err := iw.Validate(); err != nil {
			problems = append(problems, control.Sentence(err)+".")
		}
	}
	return iw, strings.Join(problems, "\n")
}

// update writes the totals and what keeps the version from being saved.
func (e *idealEditor) update() {
	if !e.ready {
		return
	}
	iw, why := e.read()
	weekTotal := 0
	for r, d := range e.dims {
		total := 0
		for _, day := range e.days {
			total += iw.Minutes[day][d.ID]
		}
		e.rowTotal[r].SetText(app.FormatTotal(total))
	}
	for i, day := range e.days {
		total := 0
		for _, m := range iw.Minutes[day] {
			total += m
		}
		weekTotal += total
		e.setTotal(i, total, data.MinutesPerDay)
		for r := range e.dims {
			_, err := app.ParseDuration(e.Cells[r][i].Text)
			e.Cells[r][i].SetValidationError(err)
		}
	}
	e.setTotal(7, weekTotal, 7*data.MinutesPerDay)
	if why != "" {
		e.problem.SetText(why)
		e.problem.Show()
	} else {
		e.problem.Hide()
	}
}

func (e *idealEditor) setTotal(i, total, budget int) {
	e.dayTotal[i].SetText(app.FormatTotal(total))
	e.dayTotal[i].Importance = widget.MediumImportance
	if total > budget {
		e.dayTotal[i].Importance = widget.DangerImportance
	}
	e.dayTotal[i].Refresh()
}

// describeIdeal writes a version's total for each day of the week.
func describeIdeal(w data.IdealWeek, days [7]time.Weekday) string {
	var parts []string
	weekTotal := 0
	for _, day := range days {
		total := 0
		for _, m := range w.Minutes[day] {
			total += m
		}
		weekTotal += total
		parts = append(parts, fmt.Sprintf("%s %s", day.String()[:3], app.FormatDuration(total)))
	}
	return strings.Join(parts, " · ") + " (" + app.FormatTotal(weekTotal) + " a week)"
}

// deleteIdeal removes the version from date, then opens the editor again.
func (s *Screen) deleteIdeal(from data.Date) {
	var err error
	s.tasks.Run(func() { err = s.weeks.DeleteIdealWeek(control.BgContext(), from) }, func() {
		if err != nil {
			control.ShowProblem(s.win, "Daymark could not delete it", err)
			return
		}
		s.EditIdeal()
	})
}
