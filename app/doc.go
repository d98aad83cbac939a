// Package app holds Daymark's use cases, the ones the other rooms build
// on: the rules of planning a day, the durations people type, the
// dimensions editor, balance figures and ranges, values and alignment,
// decisions and their insights, coaching sessions and their actions, the
// database file itself (opening it, exports, backups, restores, checks:
// DataFile), where the files a person asks for may go (Outputs), the
// inputs of every chart, and the words sentences share.
//
// Parts with their own vocabulary and a narrow door are rooms of their
// own, built on app: timeimport (actual time from calendars and time
// trackers), capture (the timer and the reminders), week (the ideal week,
// the week planner, the weekly review), brief (the coaching brief) and
// demo (sample data). The export document (document) sits below it, and
// cli, the command line, above them all.
//
// It imports data, charts, assets and app/document, and nothing of Fyne:
// the same use cases serve the window and the command line.
package app
