package control

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// working is the one way a person sees work they wait on: a dialog over
// the window with a bar that moves (or fills, as the work tells how far it
// has come), and Cancel where the work can stop. Its context, which the
// work is given, is done once Cancel or Escape is pressed, or the work is
// over. Progress reaches the bar through tasks.show, one update at a time
// with the tasks' dones, as all progress of the window does.
type working struct {
	ctx    context.Context
	stop   context.CancelFunc
	box    *DialogBox
	bar    *widget.ProgressBar // nil when the bar only moves
	tasks  *Tasks
	Cancel *KeyButton // nil when the work cannot stop
}

// ShowWorking opens the dialog titled title over win. The bar fills as
// the work calls tell when measured, and only moves otherwise; a
// cancellable work gets a Cancel button (and Escape), which ends its
// context.
func ShowWorking(win fyne.Window, t *Tasks, title string, measured, cancellable bool) *working {
	w := &working{tasks: t}
	w.ctx, w.stop = context.WithCancel(BgContext())
	var bar fyne.CanvasObject
	if measured {
		w.bar = widget.NewProgressBar()
		bar = w.bar
	} else {
		bar = widget.NewProgressBarInfinite()
	}
	w.box = NewDialog(win, title, WithWidth(320, bar))
	w.box.Cancel = func() {} // Escape does nothing to work that cannot stop
	if cancellable {
		w.Cancel = w.box.Button("Cancel", widget.MediumImportance, true, w.stop)
		w.box.Cancel = w.Cancel.OnTapped
	}
	w.box.Show()
	return w
}

// Context is the context the work is given.
func (w *working) Context() context.Context { return w.ctx }

// Tell shows that the work has come fraction of the way (0 to 1); it is
// called from the work's goroutine.
func (w *working) Tell(fraction float64) {
	if w.bar != nil {
		w.tasks.Show(func() { w.bar.SetValue(fraction) })
	}
}

// Done closes the dialog; UI goroutine only.
func (w *working) Done() {
	w.stop()
	w.box.Hide()
}

// Cancelled reports whether err is the work stopping because the person
// pressed Cancel.
func Cancelled(err error) bool { return errors.Is(err, context.Canceled) }

// ShowBusy shows a dialog whose bar moves over win while work that cannot
// stop runs, and returns the function that closes it.
func ShowBusy(win fyne.Window, title string) func() {
	return ShowWorking(win, nil, title, false, false).Done
}
