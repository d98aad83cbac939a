// Package weekscreen is the Week screen: the seven days of a week by
// dimension, planned and actual, with the week's totals and charts, filled
// from the ideal week or from last week; the ideal week's editor; the
// weekly review's six steps, and past reviews read again.
//
//	week.go              the screen: the week shown, moving between weeks, saving, the charts
//	weekgrid.go          the week's grid of minutes, its totals and targets by row
//	weekfill.go          filling a week from the ideal week or from last week
//	weekideal.go         the ideal week's editor and its dated versions
//	weekreview.go        the weekly review: its panel, moving through the steps, saving
//	weekreviewsteps.go   the review's six steps
//	weekpastreviews.go   past reviews, read again
package weekscreen
