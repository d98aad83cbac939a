package ui

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
	box    *dialogBox
	bar    *widget.ProgressBar // nil when the bar only moves
	tasks  *tasks
	cancel *keyButton // nil when the work cannot stop
}

// showWorking opens the dialog titled title over win. The bar fills as
// the work calls tell when measured, and only moves otherwise; a
// cancellable work gets a Cancel button (and Escape), which ends its
// context.
func showWorking(win fyne.Window, t *tasks, title string, measured, cancellable bool) *working {
	w := &working{tasks: t}
	w.ctx, w.stop = context.WithCancel(bgContext())
	var bar fyne.CanvasObject
	if measured {
		w.bar = widget.NewProgressBar()
		bar = w.bar
	} else {
		bar = widget.NewProgressBarInfinite()
	}
	w.box = newDialog(win, title, withWidth(320, bar))
	w.box.cancel = func() {} // Escape does nothing to work that cannot stop
	if cancellable {
		w.cancel = w.box.button("Cancel", widget.MediumImportance, true, w.stop)
		w.box.cancel = w.cancel.OnTapped
	}
	w.box.show()
	return w
}

// context is the context the work is given.
func (w *working) context() context.Context { return w.ctx }

// tell shows that the work has come fraction of the way (0 to 1); it is
// called from the work's goroutine.
func (w *working) tell(fraction float64) {
	if w.bar != nil {
		w.tasks.show(func() { w.bar.SetValue(fraction) })
	}
}

// done closes the dialog; UI goroutine only.
func (w *working) done() {
	w.stop()
	w.box.hide()
}

// cancelled reports whether err is the work stopping because the person
// pressed Cancel.
func cancelled(err error) bool { return errors.Is(err, context.Canceled) }

// showBusy shows a dialog whose bar moves over win while work that cannot
// stop runs, and returns the function that closes it.
func showBusy(win fyne.Window, title string) func() {
	return showWorking(win, nil, title, false, false).done
}
