package ui

import (
	"context"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
)

// tasks runs work off the UI goroutine and hands the result back to it.
// It counts what is under way so tests can wait for the screen to settle.
type tasks struct {
	wg     sync.WaitGroup
	done   sync.Mutex   // one done at a time: Fyne's test driver runs them on the task's goroutine
	charts []*chartView // every chart of the window, to redraw when the theme changes
}

// run calls work on a new goroutine, then done on the UI goroutine.
func (t *tasks) run(work func(), done func()) {
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		work()
		if done != nil {
			t.done.Lock()
			defer t.done.Unlock()
			fyne.DoAndWait(done)
		}
	}()
}

// dropCharts forgets charts that are gone (a review closed): they are
// neither kept in memory nor drawn again when the theme changes.
func (t *tasks) dropCharts(views []*chartView) {
	t.charts = slices.DeleteFunc(t.charts, func(c *chartView) bool { return slices.Contains(views, c) })
}

// show runs f on the UI goroutine from a task's work, one at a time with
// the dones: progress on its way.
func (t *tasks) show(f func()) {
	t.done.Lock()
	defer t.done.Unlock()
	fyne.DoAndWait(f)
}

// wait blocks until every task started so far has finished, its done
// included. Tests use it; the GUI never waits.
func (t *tasks) wait() { t.wg.Wait() }

// bgContext is the context of every call the window makes into app: the
// one place it is made. Work a person waits on and may stop gets a context
// of its own below it (see working).
func bgContext() context.Context { return context.Background() }

// sequence keeps work in the order it was asked for: each piece starts only
// once the one before has finished. A cell of the matrix rated twice in
// quick succession must store the second rating last.
type sequence struct {
	mu   sync.Mutex
	tail chan struct{} // closed when the latest piece has finished
}

// runInOrder is run for work that must follow the work started before it
// in s.
func (t *tasks) runInOrder(s *sequence, work func(), done func()) {
	s.mu.Lock()
	before, mine := s.tail, make(chan struct{})
	s.tail = mine
	s.mu.Unlock()
	t.run(func() {
		if before != nil {
			<-before
		}
		work()
	}, func() {
		defer close(mine) // after done too, so results reach the screen in order
		if done != nil {
			done()
		}
	})
}
