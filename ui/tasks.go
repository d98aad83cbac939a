package ui

import (
	"context"
	"sync"

	"fyne.io/fyne/v2"
)

// tasks runs work off the UI goroutine and hands the result back to it.
// It counts what is under way so tests can wait for the screen to settle.
type tasks struct {
	wg     sync.WaitGroup
	charts []*chartView // every chart of the window, to redraw when the theme changes
}

// run calls work on a new goroutine, then done on the UI goroutine.
func (t *tasks) run(work func(), done func()) {
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		work()
		if done != nil {
			fyne.DoAndWait(done)
		}
	}()
}

// wait blocks until every task started so far has finished, its done
// included. Tests use it; the GUI never waits.
func (t *tasks) wait() { t.wg.Wait() }

// bgContext is the context of work the screens start: the app has no
// cancellation to pass down.
func bgContext() context.Context { return context.Background() }
