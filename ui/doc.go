// Package ui is Daymark's Fyne GUI: the main window with its navigation and
// menu, and one file per screen. Screens keep the widgets they need and call
// package app for everything else; they never build SQL.
//
// Work that can take longer than a frame runs off the UI goroutine (see
// tasks) and comes back with fyne.Do. Only main imports ui.
package ui
