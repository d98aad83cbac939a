// Package week is the person's week: the ideal week (minutes per
// dimension for each day of the week, in versions from a date), the week
// planner (a week's seven days planned and recorded, filled from the
// ideal week or last week, its figures as the Balance screen works them
// out) and the guided weekly review, saved as a record. Its door is
// Planner. See docs/week.md.
//
// It imports app, data and charts, and nothing of Fyne.
package week
