// Package ui is Daymark's Fyne GUI: the main window with its navigation
// and menu, and the screens behind it. Screens keep the widgets they need
// and call package app (and its rooms) for everything else; they never
// build SQL. It imports app, its rooms and charts; only main imports ui.
//
// Work that can take longer than a frame runs off the UI goroutine through
// control.Tasks, with the context control.BgContext gives, and comes back
// with fyne.Do; a person waiting on it sees its progress, and can cancel it
// where it can stop (control.ShowWorking).
//
// A screen's files share its name as a prefix; what several screens share
// lives in files named for what it is:
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
//	The screens
//	  day*.go              the Day planner: the form of planned and actual minutes, its charts, the guide
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
//
// The widgets, dialogs, layouts and tasks that several screens share are
// in the sub-package ui/control, with a map of its own files.
//
// The sub-package ui/locale names a language for Fyne when the system names
// none; it is imported first, before Fyne reads the locale.
package ui
