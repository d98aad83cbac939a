// Package ui is Daymark's Fyne GUI: the main window with its navigation
// and menu, the Day planner it opens on, the timer, the tray and sync, and
// the other screens behind it, each in a package of its own. Screens keep
// the widgets they need and call package app (and its rooms) for
// everything else; they never build SQL. Only main imports ui.
//
// Work that can take longer than a frame runs off the UI goroutine through
// control.Tasks, with the context control.BgContext gives, and comes back
// with fyne.Do; a person waiting on it sees its progress, and can cancel it
// where it can stop (control.ShowWorking).
//
// The packages under ui, each with a map of its files in its doc.go:
//
//	ui/control           what several screens share: keyboard-complete widgets, every
//	                     dialog, layouts, the chart view, tasks off the UI goroutine
//	ui/weekscreen        Week: the week's grid, the ideal week, the weekly review
//	ui/balancescreen     Balance: figures and charts over a range, targets and focus
//	ui/valuescreen       Values: the list, alignment, reflections, contexts
//	ui/decisionscreen    Decisions: the log, its search, a decision's form
//	ui/coachingscreen    Coaching: sessions and the brief for the next one
//	ui/dimensionscreen   Dimensions: rename, recolour, reorder, archive
//	ui/timeimportdialog  actual time from a calendar or time tracker: preview, problems, rules
//	ui/prefs             the person's settings and what the window remembers
//	ui/look              the theme, light, dark or following the system
//	ui/locale            a language for Fyne when the system names none; imported
//	                     first, before Fyne reads the locale
//
// The files of package ui:
//
//	The window
//	  window.go            the Window, its Services and the navigation between screens
//	  menu.go, help.go     the main menu, the keyboard shortcuts, Help and About
//	  launch.go            opening a database for the window (Launcher), switching databases
//	  launchrefusal.go     what the window says about a file it cannot open
//	  databases.go         File → New, Open, sample data
//	  filemenu.go          File → Export, Import, Back up, Restore; reading again what changed
//	  watch.go             noticing that another program changed the database
//	  sync*.go             syncing through a folder: the rounds and the status line, its
//	                       compact look, the conflicts and the last round, the folder in Settings
//	  welcome.go           the first start on an empty database
//	  settingsdialog.go    the settings' dialog (the settings themselves: ui/prefs)
//	  fonts.go             the fonts, loaded beside the rest before the first frame
//	                       (the light and dark looks, following the system: ui/look)
//
//	The Day planner
//	  day*.go              the Day planner: the form of planned and actual minutes, filling it, its charts, the guide
//
//	The timer, the tray and staying open all day (day planner's part: daytimer*.go)
//	  timer.go             the timer as last read; start, switch and stop, in the order asked
//	  timerdialogs.go      start or switch at a time said, stop at, correct or add an interval
//	  resident.go          the one goroutine of an open window: each minute, the looks for time away
//	  idle.go, idledialog.go
//	                       time away: what tells it, and the question on the person's return
//	  reminders.go         reminders as desktop notifications
//	  tray.go, trayclose.go
//	                       the tray's menu, closing the window to the tray
//	  settingstimer.go     the settings of the tray, time away and reminders
package ui
