package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"daymark/app"
	"daymark/app/brief"
	"daymark/ui/control"
)

// coachingScreen holds the coaching sessions and the brief for the next
// one, a tab each.
type coachingScreen struct {
	sessions *sessionsView
	brief    *briefView
	*guardedTabs
	content fyne.CanvasObject
}

// The tabs of the Coaching screen.
const (
	tabSessions = iota
	tabBrief
)

// newCoachingScreen builds the screen; changed tells the Day planner that
// its reminder of the next session may have changed.
func newCoachingScreen(coaching *app.Coaching, briefs *brief.Preparer, win fyne.Window, t *control.Tasks, changed func()) *coachingScreen {
	s := &coachingScreen{}
	s.sessions = newSessionsView(coaching, win, t, changed, func() { s.show(tabBrief) })
	s.brief = newBriefView(coaching, briefs, win, t, func() {
		s.show(tabSessions)
		if s.current == tabSessions {
			s.sessions.planNext()
		}
	})
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon("Sessions", theme.AccountIcon(), s.sessions.content),
		container.NewTabItemWithIcon("Brief", theme.DocumentIcon(), s.brief.content),
	)
	s.guardedTabs = newGuardedTabs(tabs, []screen{s.sessions, s.brief})
	s.content = tabs
	return s
}

// The Coaching screen is a screen of the window: it hands each call to the
// tab in front.
func (s *coachingScreen) Leave(then func()) { s.front().Leave(then) }
func (s *coachingScreen) Save(then func())  { s.front().Save(then) }
func (s *coachingScreen) Shown()            { s.front().Shown() }

// dirty reports whether the tab in front holds typing not yet saved.
func (s *coachingScreen) dirty() bool {
	e, ok := s.front().(editor)
	return ok && e.dirty()
}

// create starts a new session (Ctrl+N).
func (s *coachingScreen) Create() {
	s.show(tabSessions)
	if s.current == tabSessions {
		s.sessions.Create()
	}
}

// showBrief brings the brief to the front.
func (s *coachingScreen) showBrief() { s.show(tabBrief) }
