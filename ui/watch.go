package ui

import (
	"time"

	"daymark/ui/control"

	"fyne.io/fyne/v2"
)

// A window shows what another program (the command line: an import, a
// demo, a restore) writes to its database while it is open. It looks when
// the window comes to the front and every few seconds; the store tells its
// own writes from others' (data.Store.ChangedElsewhere). The screen in
// front is read again, unless it holds typing not yet saved: that is
// never thrown away, and the screen is read again once it is saved.

// watch looks for changes when the app comes to the front and every
// interval, until stop is closed.
func (w *Window) watch(every time.Duration, stop <-chan struct{}) {
	w.app.Lifecycle().SetOnEnteredForeground(w.lookForChanges)
	go func() {
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				fyne.Do(w.lookForChanges)
			}
		}
	}()
}

// lookForChanges asks the store, off the UI goroutine, whether another
// program wrote, and shows what changed.
func (w *Window) lookForChanges() {
	if w.looking || w.hidden { // closed to the tray: it looks once it opens
		return
	}
	w.looking = true
	var changed bool
	var err error
	w.tasks.Run(func() { changed, err = w.svc.DataFile.ChangedElsewhere(control.BgContext()) }, func() {
		w.looking = false
		if err == nil && changed {
			w.stale = true
		}
		if w.stale {
			w.showChanges()
		}
	})
}

// showChanges reads the dimensions and the screen in front again, unless
// that screen holds unsaved typing.
func (w *Window) showChanges() {
	if e, ok := w.nav.Front().(control.Editor); ok && e.Dirty() {
		return // still stale: shown after the next look, once saved
	}
	w.stale = false
	if !w.rereadDimensions() {
		return
	}
	w.day.reread()
	w.readTimer() // a timer started or stopped from the command line
	if w.nav.Current != screenDay {
		w.nav.Front().Shown()
	}
}
