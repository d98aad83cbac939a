// Package control holds what Daymark's screens share: widgets that a
// keyboard reaches completely (Space presses a focused button, Escape
// leaves a dialog by its safe choice, Tab scrolls the focused field into
// view, no keystroke typed during a redraw is lost), every dialog, the
// sentence a person reads for an error, layouts, the chart view, and the
// tasks that run work off the UI goroutine and bring it back in order.
// It knows no screen and nothing of the window: screens pass it what it
// needs.
//
//	dialogs.go           every dialog: Escape for the safe choice, ask, inform, problems
//	working.go           work a person waits on: progress, and Cancel where it can stop
//	deleting.go          deleting a record after asking, off the UI goroutine
//	words.go             counting words ("3 days"), a text's first line
//	messages.go          the sentence a person reads for an error, and the label that shows it
//	labels.go            a screen's intro, a note under what it helps with, a bold heading
//	forms.go             leaving a form: save, or ask before discarding
//	fields.go            keyboard-complete entries, check boxes, selects, lists, text areas
//	durationentry.go     a field for minutes that selects its value on arrival
//	datefield.go, datepicker.go
//	                     a date typed or picked on a calendar that marks recorded days
//	choicerow.go, ratingcell.go, valuepicker.go
//	                     a row of choices, a rating, values picked as chips
//	cursorrest.go        a cursor that stops blinking, so an idle window draws nothing
//	keybutton.go, keyhold.go, reveal.go
//	                     Space on buttons, no keystroke lost, Tab scrolls into view
//	guardedtabs.go       tabs of screens that ask the screen in front before it is left
//	listeditor.go        a list beside the form that edits its rows
//	gridcell.go          a grid of minutes the arrow keys move in (the week, the ideal week)
//	rowtable.go          columns side by side whose rows line up, Tab down each column
//	savestatus.go        "Saved at 15:04" / "Not saved" beside Save
//	layouts.go, swatch.go
//	                     widths, columns, readable measure, a dimension's colour
//	figurestable.go      the table of planned, actual and target figures by dimension
//	versionrow.go        a version in a list of dated versions, with its delete button
//	chartview.go         a chart image that redraws at its size
//	filedialogs.go, savewriter.go
//	                     choosing files, and a save that never empties a file it replaces
//	tasks.go             work off the UI goroutine, in order where order matters
package control
