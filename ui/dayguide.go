package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/data"
	"daymark/ui/control"
)

// reminder is a banner above the day that, tapped, saves the day and opens
// what it reminds of (the screen the window sets in open).
func (s *dayScreen) reminder(icon fyne.Resource, importance widget.Importance, open func() func()) *control.KeyButton {
	b := control.NewKeyButton("", icon, func() {
		if then := open(); then != nil {
			s.Leave(then)
		}
	})
	b.Importance = importance
	b.Alignment = widget.ButtonAlignLeading
	b.Hide()
	return b
}

// showGuide shows the target beside each dimension and the focus above.
func (s *dayScreen) showGuide(g app.Guide) {
	s.guide = g
	s.form.showGuide(g)
	switch g.ReviewsDue {
	case 0:
		s.reviews.Hide()
	case 1:
		s.reviews.SetText("A decision is due for review: see how it turned out")
		s.reviews.Show()
	default:
		s.reviews.SetText(fmt.Sprintf("%d decisions are due for review: see how they turned out", g.ReviewsDue))
		s.reviews.Show()
	}
	if g.Session == nil {
		s.coaching.Hide()
	} else {
		text := "Coaching " + app.When(g.Session.Date, data.Today())
		if g.Session.Coach != "" {
			text = "Coaching with " + g.Session.Coach + " " + app.When(g.Session.Date, data.Today())
		}
		s.coaching.SetText(text + ": prepare your brief")
		s.coaching.Show()
	}
	if g.Focus == nil {
		s.focusLine.Hide()
		return
	}
	name := "a dimension"
	for _, d := range s.all {
		if d.ID == g.Focus.DimensionID {
			name = d.Name
		}
	}
	text := "★ Focus since " + g.Focus.Started.Format("2 Jan 2006") + ": " + name
	if g.Focus.Reason != "" {
		text += ", because " + strings.TrimSuffix(control.FirstLine(g.Focus.Reason), ".")
	}
	s.focusLine.SetText(text)
	s.focusLine.Show()
}

// refreshGuide reads the target and focus again (they changed elsewhere),
// and whether the week is to be reviewed.
func (s *dayScreen) refreshGuide() {
	date := s.date
	var g app.Guide
	var err error
	s.tasks.Run(func() { g, err = s.planner.Guide(control.BgContext(), date) }, func() {
		if err == nil && date == s.date {
			s.showGuide(g)
			s.changed()
		}
	})
	s.refreshReview()
}

// refreshReview reads whether the week holding today waits for its
// review: from the review day to the week's end, until it is saved.
func (s *dayScreen) refreshReview() {
	if s.reviewDue == nil {
		return
	}
	var week app.Range
	var due bool
	var err error
	s.tasks.Run(func() { week, due, err = s.reviewDue(control.BgContext()) }, func() {
		if err != nil || !due {
			s.weekly.Hide()
			return
		}
		s.reviewWeek = week
		s.weekly.SetText("Review your week of " + week.From.Format("2 Jan") + ": ten minutes on its balance, decisions and next week")
		s.weekly.Show()
	})
}

// shown puts the cursor in the first planned field, its value selected
