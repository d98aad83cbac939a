// Package app holds Daymark's use cases: the rules of planning a day, the
// durations people type, the dimensions editor, the sample data, and (as the
// product grows) balance figures, insights, the coaching brief, importers
// and exporters.
//
// It uses package data for storage and package charts for figures, and
// nothing of Fyne: the same use cases serve the GUI and the command line.
package app
