package ui

import (
	"daymark/app"
	"daymark/data"
	"daymark/ui/control"
)

// Filling the day's form from what is known: the plan as the actual
// time, the last day planned before it, the target in force.

func (s *dayScreen) copyPlanToActual() {
	day, _ := s.read()
	s.form.fill(app.CopyPlanToActual(day, s.form.dims))
	s.changed()
}

func (s *dayScreen) copyPreviousPlan() {
	date := s.date
	var previous data.Day
	var found bool
	var err error
	s.tasks.Run(func() { previous, found, err = s.planner.PreviousPlan(control.BgContext(), date) }, func() {
		switch {
		case date != s.date:
			return
		case err != nil:
			control.ShowProblem(s.win, "Daymark cannot read the day", err)
		case !found:
			s.setInfo("There is no earlier plan to copy.")
		default:
			day, _ := s.read()
			s.form.fill(app.UsePlan(day, previous, s.form.dims))
			s.changed()
			s.setInfo("Copied the plan of " + previous.Date.Format("Monday 2 January") + ".")
		}
	})
}

// useTarget plans the day as the target in force on it.
func (s *dayScreen) useTarget() {
	t := s.guide.Target
	if t == nil {
		s.setInfo("No target is in force on this day: set targets on the Balance screen (Ctrl+3, Targets…).")
		return
	}
	day, _ := s.read()
	s.form.fill(app.UsePlan(day, data.Day{Planned: t.Minutes}, s.form.dims))
	s.changed()
	s.setInfo("Planned as the target in force from " + t.From.Format("2 January 2006") + ".")
}
