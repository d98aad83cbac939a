package weekscreen

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/week"
	"daymark/ui/control"
)

// Filling the week: from the ideal week, from last week's plan, and
// clearing a day. Nothing is saved until the week is.

// FillFromIdeal plans the week's days from the ideal week in force on each.
func (s *Screen) FillFromIdeal() {
	p, ok := s.fillable()
	if !ok {
		return
	}
	s.askReplace(p, "Fill the week from the ideal week", func(replace bool) {
		filled, fills := p.FillFromIdeal(replace)
		s.filled(filled, fills, "the ideal week")
	})
}

// CopyLastWeek plans each day as the same day of last week was planned.
func (s *Screen) CopyLastWeek() {
	p, ok := s.fillable()
	if !ok {
		return
	}
	rng := s.Rng
	var last week.Plan
	var err error
	s.tasks.Run(func() { last, err = s.weeks.Plan(control.BgContext(), rng.Shift(-1)) }, func() {
		switch {
		case rng != s.Rng:
			return
		case err != nil:
			control.ShowProblem(s.win, "Daymark cannot read last week", err)
			return
		case last.Balance.PlannedDays == 0:
			s.setInfo("Last week (" + last.Range.Text(app.ShortDates) + ") has no plan to copy.")
			return
		}
		s.askReplace(p, "Copy last week's plan", func(replace bool) {
			copied, fills := p.CopyPlan(last, replace)
			s.filled(copied, fills, "last week")
		})
	})
}

// clearDay clears the plan of the day the cursor is on; its actual time
// and its note stay.
func (s *Screen) clearDay() {
	i := s.Grid.At[1]
	s.Grid.clearDay(i)
	s.changed()
	s.setInfo("Cleared the plan of " + s.Grid.day().Format("Monday") + ". Its actual time and note stay; nothing is saved until the week is.")
}

// fillable returns the week as typed, unless a cell cannot be read: a
// fill would write over what was typed there.
func (s *Screen) fillable() (week.Plan, bool) {
	p, _ := s.Grid.read()
	if s.Grid.unreadable() {
		s.changed()
		s.setInfo("Put right the cells that are not durations first.")
		return p, false
	}
	return p, true
}

// askReplace asks, when some days of p have a plan already, whether to
// fill only the empty days or every day; with none, it fills at once.
func (s *Screen) askReplace(p week.Plan, title string, fill func(replace bool)) {
	var planned []string
	for _, d := range p.Days {
		if d.PlannedTotal() > 0 {
			planned = append(planned, d.Date.Format("Monday"))
		}
	}
	if len(planned) == 0 {
		fill(false)
		return
	}
	text := widget.NewLabel(listText(planned) + " already " + map[bool]string{true: "has", false: "have"}[len(planned) == 1] +
		" a plan. Fill only the days without one, or replace the plan of every day the source plans?")
	text.Wrapping = fyne.TextWrapWord
	d := control.NewDialog(s.win, title+"?", control.WithWidth(420, text))
	d.Button("Cancel", widget.MediumImportance, false, nil)
	d.Button("Only the empty days", widget.HighImportance, true, func() { fill(false) })
	d.Button("Replace every day", widget.DangerImportance, false, func() { fill(true) })
	d.Show()
}

// filled shows the week as a fill left it, and says what it did.
func (s *Screen) filled(p week.Plan, fills []week.DayFill, source string) {
	s.Grid.show(p)
	s.changed()
	s.setInfo(fillText(fills, source) + " Nothing is saved until the week is.")
}

// fillText says what a fill did to the week's days, in a few sentences.
func fillText(fills []week.DayFill, source string) string {
	by := map[string][]string{}
	for _, f := range fills {
		by[f.Result] = append(by[f.Result], f.Date.Format("Monday"))
	}
	days := func(result string) string {
		if names := by[result]; len(names) < 7 {
			return listText(names)
		}
		return "every day"
	}
	var parts []string
	if len(by[week.Filled]) > 0 {
		parts = append(parts, "Planned "+days(week.Filled)+" from "+source+".")
	}
	if len(by[week.KeptPlan]) > 0 {
		parts = append(parts, "Kept the plan of "+days(week.KeptPlan)+".")
	}
	if len(by[week.NothingIn]) > 0 {
		parts = append(parts, strings.ToUpper(source[:1])+source[1:]+" plans nothing for "+days(week.NothingIn)+".")
	}
	if len(by[week.NoSource]) > 0 {
		parts = append(parts, "No ideal week or targets were in force for "+days(week.NoSource)+": set them with Ideal week….")
	}
	if len(parts) == 0 {
		return "Nothing to fill."
	}
	return strings.Join(parts, " ")
}

// listText joins names as a sentence does: "Monday, Tuesday and Friday".
func listText(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// clearDay empties the plan of the i-th day: its cells, and the old plan
// of an archived dimension, which the Day planner would keep but a
// cleared day drops.
func (g *weekGrid) clearDay(i int) {
	if i < 0 || i >= 7 {
		return
	}
	g.Plan = g.Plan.ClearPlan(i)
	g.filling = true
	defer func() { g.filling = false }()
	for r := range g.Rows {
		if c := g.Cells[r][i]; c != nil {
			c.SetText("")
			c.SetValidationError(nil)
		} else {
			g.PlanText[r][i].SetText("")
		}
	}
}

// unreadable reports whether a cell holds what is not a duration.
func (g *weekGrid) unreadable() bool {
	for _, row := range g.Cells {
		for _, c := range row {
			if c != nil {
				if _, err := app.ParseDuration(c.Text); err != nil {
					return true
				}
			}
		}
	}
	return false
}
