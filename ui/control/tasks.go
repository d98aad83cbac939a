package control

import (
	"context"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
)

// Tasks runs work off the UI goroutine and hands the result back to it.
// It counts what is under way so tests can wait for the screen to settle.
type Tasks struct {
	wg     sync.WaitGroup
	Done   sync.Mutex   // one done at a time: Fyne's test driver runs them on the task's goroutine
	Charts []*ChartView // every chart of the window, to redraw when the theme changes
}

// Run calls work on a new goroutine, then done on the UI goroutine.
func (t *Tasks) Run(work func(), done func()) {
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		work()
		if done != nil {
			t.Done.Lock()
			defer t.Done.Unlock()
			fyne.DoAndWait(done)
		}
	}()
}

// DropCharts forgets charts that are gone (a review closed): they are
// neither kept in memory nor drawn again when the theme changes.
func (t *Tasks) DropCharts(views []*ChartView) {
	t.Charts = slices.DeleteFunc(t.Charts, func(c *ChartView) bool { return slices.Contains(views, c) })
}

// Show runs f on the UI goroutine from a task's work, one at a time with
// the dones: progress on its way.
func (t *Tasks) Show(f func()) {
	t.Done.Lock()
	defer t.Done.Unlock()
	fyne.DoAndWait(f)
}

// Wait blocks until every task started so far has finished, its done
// included. Tests use it; the GUI never waits.
func (t *Tasks) Wait() { t.wg.Wait() }

// BgContext is the context of every call the window makes into app: the
// one place it is made. Work a person waits on and may stop gets a context
// of its own below it (see working).
func BgContext() context.Context { return context.Background() }

// Sequence keeps work in the order it was asked for: each piece starts only
// once the one before has finished. A cell of the matrix rated twice in
// quick succession must store the second rating last.
type Sequence struct {
	mu   sync.Mutex
	tail chan struct{} // closed when the latest piece has finished
}

// RunInOrder is run for work that must follow the work started before it
// in s.
func (t *Tasks) RunInOrder(s *Sequence, work func(), done func()) {
	s.mu.Lock()
	before, mine := s.tail, make(chan struct{})
	s.tail = mine
	s.mu.Unlock()
	t.Run(func() {
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
