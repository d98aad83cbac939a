// Package app holds Daymark's use cases: the rules of planning a day, the
// durations people type, the dimensions editor, the sample data, balance
// figures, insights, the coaching brief, importers and exporters, and
// actual time filled from calendars (read with go-ical and rrule-go) and
// time trackers' CSV exports, actual time that records itself (the
// timer, what to do with time away, reminders), and the week (the ideal
// week, the week planner and the weekly review).
//
// It uses package data for storage and package charts for figures, and
// nothing of Fyne: the same use cases serve the GUI and the command line.
package app
