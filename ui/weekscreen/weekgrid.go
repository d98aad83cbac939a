package weekscreen

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/week"
	"daymark/data"
	"daymark/ui/control"
)

// weekGrid is a week's plan as a grid: a row per dimension and a column
// per day, the planned minutes in each cell with the actual time under
// them (typed and timed, as stored: the grid never changes it), each
// day's totals out of its 1440 minutes under the rows, and the week's
// totals against its targets beside them. Typing a duration replaces a
// cell; what is typed is read with the Day planner's parsing and rules.
type weekGrid struct {
	control.CellGrid
	Plan    week.Plan       // the week as read or filled: what the cells are typed over
	open    func(data.Date) // opens a day (Enter on its header); nil: the headers are not buttons
	changed func()          // after the person types in a cell

	Rows      []data.Dimension // a row per dimension, in order
	heads     [7]fyne.CanvasObject
	Names     []*widget.Label
	Actual    [][7]*widget.Label // under each cell
	PlanText  [][7]*widget.Label // the plan of an archived dimension, which cannot be typed
	rowPlan   []*widget.Label    // the week's plan of each row
	rowActual []*widget.Label
	RowTarget []*widget.Label  // the week's target of each row
	DayPlan   [8]*widget.Label // each day's planned total, then the week's
	dayActual [8]*widget.Label
	DayFree   [8]*widget.Label // what is left of each day's 1440 minutes, then of the week's
	target    *widget.Label    // the week's targets added up
	content   *fyne.Container
	filling   bool // set while the cells are written, so the changes are not the person's
}

// newWeekGrid makes an empty grid; show puts a week in it.
func newWeekGrid(open func(data.Date), changed func()) *weekGrid {
	g := &weekGrid{open: open, changed: changed}
	g.content = container.New(control.GridTable{First: 136, Cell: 78, Most: 170, N: 7, Last: []float32{84, 70}})
	return g
}

// show puts p in the grid, as its cells' new base: what they hold is
// replaced by p's plan.
func (g *weekGrid) show(p week.Plan) {
	if !sameRows(g.Rows, p.Dims) || g.Plan.Range != p.Range {
		g.build(p)
	}
	g.Plan = p
	g.filling = true
	defer func() { g.filling = false }()
	for r, d := range g.Rows {
		for i := range 7 {
			m := p.Days[i].Planned[d.ID]
			if c := g.Cells[r][i]; c != nil {
				c.SetText(control.DurationText(m))
				c.SetValidationError(nil)
			} else {
				g.PlanText[r][i].SetText(control.DurationText(m))
			}
		}
	}
	g.figures(p)
}

// rebase makes p the base of what the cells hold, leaving them as typed:
// the week as stored once it is saved.
func (g *weekGrid) rebase(p week.Plan) {
	if !sameRows(g.Rows, p.Dims) || g.Plan.Range != p.Range {
		g.show(p)
		return
	}
	g.Plan = p
}

func sameRows(rows, dims []data.Dimension) bool {
	return slices.EqualFunc(rows, dims, func(a, b data.Dimension) bool {
		return a.ID == b.ID && a.Name == b.Name && a.Archived == b.Archived && a.Colour == b.Colour
	})
}

// build lays the grid out anew for p's rows and days.
func (g *weekGrid) build(p week.Plan) {
	g.Rows = slices.Clone(p.Dims)
	g.CellGrid = control.CellGrid{OnMove: g.CellGrid.OnMove, At: g.At, Canvas: g.Canvas}
	n := len(g.Rows)
	g.Cells = make([][]*control.GridCell, n)
	g.Actual = make([][7]*widget.Label, n)
	g.PlanText = make([][7]*widget.Label, n)
	g.Names = make([]*widget.Label, n)
	g.rowPlan, g.rowActual, g.RowTarget = make([]*widget.Label, n), make([]*widget.Label, n), make([]*widget.Label, n)
	g.heads = [7]fyne.CanvasObject{}
	g.CellGrid.Heads = make([]fyne.Focusable, 7)

	objects := []fyne.CanvasObject{under(control.Bold("Planned"), control.Caption("actual under it"))}
	for i := range 7 {
		date := p.Range.From.AddDays(i)
		text := date.Format("Mon 2")
		if g.open == nil {
			l := widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
			g.heads[i] = l
		} else {
			h := control.NewGridHead(&g.CellGrid, i, func() { g.open(date) })
			h.SetText(text)
			h.Importance = widget.LowImportance
			if date == data.Today() {
				h.Importance = widget.MediumImportance
			}
			g.heads[i], g.CellGrid.Heads[i] = h, h
		}
		objects = append(objects, g.heads[i])
	}
	objects = append(objects, widget.NewLabelWithStyle("Week", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle("Target", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))

	for r, d := range g.Rows {
		g.Cells[r] = make([]*control.GridCell, 7)
		g.Names[r] = widget.NewLabel(d.Name)
		g.Names[r].Wrapping = fyne.TextWrapWord // a long name takes two lines, never "…"
		if d.Archived {
			g.Names[r].Importance = widget.LowImportance
		}
		objects = append(objects, container.NewBorder(nil, nil, container.NewCenter(control.Swatch(app.Colour(d), 12)), nil, g.Names[r]))
		for i := range 7 {
			g.Actual[r][i] = control.Caption("")
			g.Actual[r][i].Alignment = fyne.TextAlignLeading // under the plan, which an entry writes from the left
			var top fyne.CanvasObject
			if d.Archived { // its old minutes stay, as on the Day planner
				g.PlanText[r][i] = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
				g.PlanText[r][i].Importance = widget.LowImportance
				top = g.PlanText[r][i]
			} else {
				g.Cells[r][i] = g.NewCell(r, i, g.typed)
				top = g.Cells[r][i]
			}
			objects = append(objects, under(top, g.Actual[r][i]))
		}
		g.rowPlan[r] = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
		g.rowActual[r] = control.Caption("")
		g.RowTarget[r] = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
		g.RowTarget[r].Importance = widget.LowImportance
		objects = append(objects, under(g.rowPlan[r], g.rowActual[r]), g.RowTarget[r])
	}

	for _, row := range []struct {
		name   string
		top    *[8]*widget.Label
		bottom *[8]*widget.Label
	}{{"Allocated", &g.DayPlan, &g.dayActual}, {"Unallocated", &g.DayFree, nil}} {
		objects = append(objects, control.Bold(row.name))
		for i := range 8 {
			row.top[i] = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: row.bottom != nil})
			if row.bottom == nil {
				objects = append(objects, row.top[i])
				continue
			}
			row.bottom[i] = control.Caption("")
			objects = append(objects, under(row.top[i], row.bottom[i]))
		}
		if row.bottom != nil {
			g.target = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			g.target.Importance = widget.LowImportance
			objects = append(objects, g.target)
		} else {
			objects = append(objects, widget.NewLabel(""))
		}
	}
	g.content.Objects = objects
	g.content.Refresh()
}

// under stacks a line under another, closely: the actual time under the plan.
func under(top, bottom fyne.CanvasObject) fyne.CanvasObject {
	return container.New(layout.NewCustomPaddedVBoxLayout(-12), top, bottom)
}

// typed reads what the person typed and tells the screen.
func (g *weekGrid) typed() {
	if !g.filling && g.changed != nil {
		g.changed()
	}
}

// read returns the week as the cells hold it, with a sentence for each
// cell that is not a duration (its minutes count as none) and each day
// over its 1440 minutes, in the Day planner's words.
func (g *weekGrid) read() (week.Plan, []string) {
	p := g.Plan
	if p.Range.From.IsZero() {
		return p, nil // nothing shown yet
	}
	var problems []string
	for i := range 7 {
		day := p.Days[i].Clone()
		for r, d := range g.Rows {
			c := g.Cells[r][i]
			if c == nil {
				continue
			}
			m, err := app.ParseDuration(c.Text)
			if err != nil {
				problems = append(problems, app.DateText(day.Date, app.WeekdayDates)+", "+d.Name+": "+err.Error()+".")
			}
			if m > 0 {
				day.Planned[d.ID] = m
			} else {
				delete(day.Planned, d.ID)
			}
		}
		if !day.Equal(p.Days[i]) {
			p = p.WithDay(day)
		}
	}
	return p, append(problems, p.Problems()...)
}

// mark flags each cell that is not a duration, and clears the others.
func (g *weekGrid) mark() {
	for _, row := range g.Cells {
		for _, c := range row {
			if c != nil {
				_, err := app.ParseDuration(c.Text)
				c.SetValidationError(err)
			}
		}
	}
}

// figures writes p's actual time under each cell and its totals: each
// day's out of 24 hours (red when over), each dimension's against the
// week's target.
func (g *weekGrid) figures(p week.Plan) {
	t := p.Totals()
	targets := 0
	for r, d := range g.Rows {
		name := d.Name
		if p.Balance.Focus != nil && p.Balance.Focus.DimensionID == d.ID {
			name = "★ " + name
		}
		g.Names[r].SetText(name)
		for i := range 7 {
			g.Actual[r][i].SetText(control.DurationText(p.Days[i].Actual[d.ID]))
		}
		g.rowPlan[r].SetText(app.FormatTotal(t.Planned[d.ID]))
		g.rowActual[r].SetText(control.DurationText(t.Actual[d.ID]))
		g.RowTarget[r].SetText("–")
		if m := t.Target[d.ID]; m > 0 {
			g.RowTarget[r].SetText(app.FormatTotal(m))
		}
		targets += t.Target[d.ID]
	}
	g.target.SetText("–")
	if targets > 0 {
		g.target.SetText(app.FormatTotal(targets))
	}
	week := [2]int{}
	for i := range 8 {
		planned, actual, budget := week[0], week[1], 7*data.MinutesPerDay
		if i < 7 {
			planned, actual, budget = p.Days[i].PlannedTotal(), p.Days[i].ActualTotal(), data.MinutesPerDay
			week[0], week[1] = week[0]+planned, week[1]+actual
		}
		g.DayPlan[i].SetText(app.FormatTotal(planned))
		g.dayActual[i].SetText(control.DurationText(actual))
		free := budget - planned
		g.DayFree[i].SetText(app.FormatTotal(free))
		importance := widget.MediumImportance
		if free < 0 || actual > budget {
			importance = widget.DangerImportance
		}
		for _, l := range []*widget.Label{g.DayPlan[i], g.DayFree[i]} {
			l.Importance = importance
			l.Refresh()
		}
	}
}

// day returns the date of the column the cursor was last in.
func (g *weekGrid) day() data.Date { return g.Plan.Range.From.AddDays(max(0, min(g.At[1], 6))) }

// FocusCell puts the cursor in the cell it was last in, or the first.
func (g *weekGrid) FocusCell(c fyne.Canvas) {
	g.Canvas = c
	if cell := g.Current(); cell != nil {
		control.FocusHeld(c, cell)
		return
	}
	control.FocusHeld(c, nil)
}
