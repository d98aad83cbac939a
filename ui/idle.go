package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"daymark/app/capture"
	"daymark/app/idle"
)

// Time away while a timer runs: twice a minute, and only while one runs,
// the window asks the desktop how long the person has been idle
// (package idle: the X server or GNOME) and hands it to capture.IdleTracker,
// which says when they come back from longer away than the threshold
// (File → Settings, ten minutes unless changed); the window then asks
// what that time was (idledialog.go). Where the desktop says nothing, the
// tracker notices the computer waking from sleep instead, and Settings
// says so.

// idleEvery is how often the window looks while a timer runs.
const idleEvery = 30 * time.Second

// idleState is what the watch for time away goes by: the interval that
// runs (empty when none) and the threshold.
type idleState struct {
	running   string
	threshold time.Duration
}

// idleWatch is the window's side of the watch.
type idleWatch struct {
	source func() (idle.Source, error) // idle.Detect, or a test's
	state  chan idleState              // to the watch: the latest state
	sent   idleState                   // the state last sent
	name   string                      // what answers: "the X server", "GNOME"; empty where nothing does
	found  bool                        // the source has been looked for
	asking bool                        // the question about time away is open
}

func newIdleWatch() idleWatch {
	return idleWatch{source: idle.Detect, state: make(chan idleState, 1)}
}

// idleRunning tells the watch what runs now, and the threshold.
func (w *Window) idleRunning(st capture.Status) {
	next := idleState{threshold: time.Duration(w.settings.IdleMinutes()) * time.Minute}
	if st.Running {
		next.running = st.Interval.ID
	}
	if next == w.idle.sent {
		return
	}
	w.idle.sent = next
	select { // only the latest state matters
	case <-w.idle.state:
	default:
	}
	w.idle.state <- next
}

// watching reports whether time away is looked for: a timer runs, and
// the person wants to be asked.
func (s idleState) watching() bool { return s.running != "" && s.threshold > 0 }

// findIdleSource finds what tells idle time, and says so for Settings.
func (w *Window) findIdleSource() idle.Source {
	src, err := w.idle.source()
	fyne.Do(func() {
		w.idle.found = true
		if err == nil {
			w.idle.name = src.Name()
		}
	})
	return src
}
