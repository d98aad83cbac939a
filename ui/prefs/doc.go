// Package prefs holds the person's settings and what the window remembers
// between runs (its size, the screen in front, the Balance range), kept in
// Fyne's preferences, with a copy of its own that a kill in the middle of
// a save cannot empty.
//
//	settings.go          the settings: their keys, their defaults, reading and keeping each
//	reminders.go         the reminders' settings, and when each was last sent
//	preferences.go       the copy of Fyne's preferences file, written whole, put back when Fyne's is broken
package prefs
