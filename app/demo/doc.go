// Package demo fills a new database with believable sample data, for
// exploring the app, screenshots and benchmarks: days planned and
// recorded, targets and a focus, values and their alignment, reflections,
// value contexts, decisions, coaching sessions, the ideal week and weekly
// reviews. Its doors are Fill (daymark demo) and MakeSample (the window's
// sample database).
//
// It imports app, app/week, data, and nothing of Fyne.
package demo
