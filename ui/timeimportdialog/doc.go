// Package timeimportdialog fills actual time from a calendar or a time
// tracker's export: the dialog that previews a file over a range of days
// (reading runs off the UI goroutine, with progress, and stops when it is
// no longer wanted), says what it cannot read, and applies it once the
// person has seen what it would set; and the rules that map events and
// projects to dimensions.
//
//	timeimport.go          the dialog: the range, typed minutes kept or replaced, applying
//	timeimportpreview.go   the preview: the days and the minutes each dimension would get
//	timeimportproblems.go  what the file holds that cannot be read, line by line
//	timeimportrules.go     the rules' editor
package timeimportdialog
