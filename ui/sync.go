package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app/errorlog"
	daysync "daymark/app/sync"
	"daymark/data"
	"daymark/ui/control"
)

// The window syncs through the folder chosen in the settings (see
// docs/sync.md): as it starts, a few seconds after a save, and every few
// minutes while it is open, each round on a goroutine of its own, never
// the UI's. A line under the screens says when it last synced, or how
// many conflicts wait, or that a round failed; it opens the conflicts, or
// says what went wrong. A failed round never stops work: it is tried
// again at the next.

// When the window syncs.
const (
	syncLook     = 2 * time.Second // how often it looks for a save
	syncDebounce = 5 * time.Second // after the last save seen, before a round
	syncEvery    = 3 * time.Minute // between rounds when nothing is saved
)

// syncClock decides when a round is due: first as the window starts,
// then once saves have paused for syncDebounce, and every syncEvery.
type syncClock struct {
	last    time.Time // when the last round started; zero before the first
	rev     int64     // the revision then
	seen    int64     // the latest revision seen
	changed time.Time // when it was seen
}

// due reports whether a round is due at now, the data being at revision rev.
func (c *syncClock) due(now time.Time, rev int64) bool {
	if c.last.IsZero() {
		return true
	}
	if rev != c.seen {
		c.seen, c.changed = rev, now
	}
	if rev != c.rev && now.Sub(c.changed) >= syncDebounce {
		return true
	}
	return now.Sub(c.last) >= syncEvery
}

// started notes a round started at now at revision rev.
func (c *syncClock) started(now time.Time, rev int64) {
	c.last, c.rev, c.seen, c.changed = now, rev, rev, time.Time{}
}

// windowSync is the window's side of sync: the folder, the rounds and
// the status line. Its fields belong to the UI goroutine.
type windowSync struct {
	w       *Window
	syncer  *daysync.Syncer
	folder  string // "" when the database does not sync
	clock   syncClock
	running bool
	last    daysync.Report // the last round that ended well
	synced  bool           // there was one
	err     error          // the last round failed with it
	status  *control.KeyButton
	bar     *fyne.Container          // the line under the screens: hidden while nothing syncs
	relist  func([]daysync.Conflict) // the conflicts list's, while it is open
}

// newWindowSync reads the folder and the last round. It runs as the
// window is built, before it is first drawn, like the window's other reads.
func newWindowSync(w *Window) *windowSync {
	s := &windowSync{w: w, syncer: w.svc.Sync}
	s.status = control.NewKeyButton("", theme.ViewRefreshIcon(), s.open)
	s.status.Importance = widget.LowImportance
	s.status.Alignment = widget.ButtonAlignLeading
	s.bar = syncBar(s.status)
	ctx := control.BgContext()
	var err error
	if s.folder, err = s.syncer.Folder(ctx); err == nil {
		s.last, s.synced, err = s.syncer.LastRound(ctx)
	}
	if err == nil && s.synced {
		s.last.Conflicts, err = s.syncer.ConflictCount(ctx)
	}
	s.err = err
	s.show()
	return s
}

// start looks for saves and rounds due every syncLook until stop is
// closed: the revision is read on this goroutine, the decision taken on
// the UI's.
func (s *windowSync) start(stop <-chan struct{}) {
	go func() {
		tick := time.NewTicker(syncLook)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case now := <-tick.C:
				rev, err := s.syncer.Revision(control.BgContext())
				if err != nil {
					continue // the round says what is wrong, if it is
				}
				fyne.Do(func() { s.tick(now, rev) })
			}
		}
	}()
}

// tick starts a round when one is due at now.
func (s *windowSync) tick(now time.Time, rev int64) {
	if s.folder == "" || s.running || !s.clock.due(now, rev) {
		return
	}
	s.clock.started(now, rev)
	s.round()
}

// round runs a round off the UI goroutine, then shows how it went and
// what it brought.
func (s *windowSync) round() {
	if s.running {
		return
	}
	s.running = true
	s.show()
	var rep daysync.Report
	var err error
	s.w.tasks.Run(func() { rep, err = s.syncer.Round(control.BgContext()) }, func() {
		s.running, s.err = false, err
		if err != nil { // shown only when the person asks: its cause is noted now, as it happens
			errorlog.Record("a sync round of the window", err)
		}
		if err == nil {
			s.last, s.synced = rep, true
		}
		s.show()
		if err == nil && s.relist != nil { // the list open shows what the round brought or settled
			s.listConflicts(func(list []daysync.Conflict) {
				if s.relist != nil {
					s.relist(list)
				}
			})
		}
		if err == nil && rep.Received > 0 {
			s.w.stale = true // the round wrote through the window's own store: not seen as a change from elsewhere
			s.w.showChanges()
		}
	})
}

// syncNow runs a round now (the menu's Sync now).
func (s *windowSync) syncNow() {
	if s.folder == "" {
		s.w.showSettings()
		return
	}
	s.clock.started(time.Now(), s.clock.seen)
	s.round()
}

// show puts the state in the status line.
func (s *windowSync) show() {
	if s.folder == "" {
		s.bar.Hide()
		return
	}
	s.bar.Show()
	text, importance := s.words()
	s.status.SetText(text)
	s.status.Importance = importance
	s.status.Refresh()
}

// words are the status line's text: the latest news first.
func (s *windowSync) words() (string, widget.Importance) {
	switch {
	case s.running:
		return "Syncing…", widget.LowImportance
	case data.ErrorCode(s.err) == data.ENotFound: // a stick not plugged in, a share not mounted: tried again at the next round
		return "Sync folder not there: see why", widget.WarningImportance
	case s.err != nil:
		return "Sync failed: see why", widget.DangerImportance
	case !s.synced:
		return "Not synced yet", widget.LowImportance
	case s.last.Conflicts > 0:
		return "Sync: " + control.Plural(s.last.Conflicts, "conflict"), widget.WarningImportance
	}
	text := "Synced " + when(s.last.At, time.Now())
	if n := s.last.SkippedFiles(); n > 0 {
		return text + " · " + control.Plural(n, "file") + " skipped", widget.WarningImportance
	}
	return text, widget.LowImportance
}

// when says when a round ended, seen at now: "at 14:05" today, "on Mon 2
// Mar at 14:05" before.
func when(t, now time.Time) string {
	t = t.Local()
	if y, m, d := t.Date(); now.Year() == y && now.Month() == m && now.Day() == d {
		return "at " + t.Format("15:04")
	}
	return "on " + t.Format("Mon 2 Jan at 15:04")
}

// open answers the status line: the conflicts when there are any, why a
// round failed, or what the last round did.
func (s *windowSync) open() {
	switch {
	case s.err != nil:
		control.ShowProblem(s.w.win, "Daymark could not sync", s.err)
	case s.synced && s.last.Conflicts > 0:
		s.showConflicts()
	default:
		s.showReport()
	}
}
