package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/ui/control"
	"daymark/ui/prefs"
)

// welcomeText is the idea of Daymark in three sentences, and where to start.
var welcomeText = []string{
	"Daymark keeps your values and your organisation's, and the decisions you make by them, with how each one felt.",
	"It keeps how you spend each day's 1440 minutes across the dimensions of leadership (my self, people, organisational improvement, value management), planned against actual, and shows the balance at a glance.",
	"Before a coaching session, it turns all of that into a brief.",
}

// welcome greets a person on Daymark's first start, when the database is
// still empty; once seen, it is shown again only from the Help menu. It
// asks the database on the UI goroutine, once in a lifetime, so that the
// welcome is there with the first frame, before any key is pressed.
func (w *Window) welcome() {
	if w.settings.Store.Bool(prefs.PrefWelcomed) || w.isSample() {
		return
	}
	if empty, err := w.svc.DataFile.IsEmpty(control.BgContext()); err == nil && empty {
		w.showWelcome()
		return
	}
	w.settings.Store.SetBool(prefs.PrefWelcomed, true) // someone's data is here already
}

// showWelcome explains the idea and offers sample data to explore in a
// file of its own.
func (w *Window) showWelcome() {
	var d *control.DialogBox
	body := container.NewVBox()
	for _, s := range welcomeText {
		l := widget.NewLabel(s)
		l.Wrapping = fyne.TextWrapWord
		body.Add(l)
	}
	start := widget.NewLabel("You start with the four dimensions: make them yours on the Dimensions screen. To look around first, explore a year of sample data: it goes in a file of its own, and yours stays as it is.")
	start.Wrapping = fyne.TextWrapWord
	body.Add(start)
	d = control.NewDialog(w.win, "Welcome to Daymark", control.WithWidth(560, body))
	d.Button("Explore sample data", widget.MediumImportance, false, w.exploreSample)
	d.Button("Start with my own", widget.HighImportance, true, nil) // Return or Escape starts, Tab reaches the sample
	d.Closed = func() { w.settings.Store.SetBool(prefs.PrefWelcomed, true) }
	d.Show()
}

// sampleBanner says that the data on screen is the sample, with the way
// back to the person's own.
func (w *Window) sampleBanner() fyne.CanvasObject {
	text := widget.NewLabel("You are exploring sample data (" + sampleName + "): nothing here is yours, so try anything.")
	text.Truncation = fyne.TextTruncateEllipsis
	back := control.NewKeyButton("Back to my data", theme.NavigateBackIcon(), w.leaveSample)
	back.Importance = widget.HighImportance
	return container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.InfoIcon()), container.NewHBox(layout.NewSpacer(), back), text)
}
