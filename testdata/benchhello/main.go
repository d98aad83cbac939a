// benchhello is the smallest Fyne program with a window: the baseline that
// make bench times Daymark's first window and memory against.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("Hello")
	w.SetContent(widget.NewLabel("Hello"))
	w.Resize(fyne.NewSize(1180, 760)) // Daymark's window: the same pixels to draw
	w.ShowAndRun()
}
