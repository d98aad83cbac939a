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
	*control.GuardedTabs
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
	s.sessions = newSessionsView(coaching, win, t, changed, func() { s.Show(tabBrief) })
	s.brief = newBriefView(coaching, briefs, win, t, func() {
		s.Show(tabSessions)
		if s.Current == tabSessions {
			s.sessions.planNext()
		}
	})
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon("Sessions", theme.AccountIcon(), s.sessions.content),
		container.NewTabItemWithIcon("Brief", theme.DocumentIcon(), s.brief.content),
	)
	s.GuardedTabs = control.NewGuardedTabs(tabs, []control.Screen{s.sessions, s.brief})
	s.content = tabs
	return s
}

// The Coaching screen is a screen of the window: it hands each call to the
// tab in front.
func (s *coachingScreen) Leave(then func()) { s.Front().Leave(then) }
func (s *coachingScreen) Save(then func())  { s.Front().Save(then) }
func (s *coachingScreen) Shown()            { s.Front().Shown() }

// Dirty reports whether the tab in front holds typing not yet saved.
func (s *coachingScreen) Dirty() bool {
	e, ok := s.Front().(control.Editor)
	return ok && e.Dirty()
}

// create starts a new session (Ctrl+N).
func (s *coachingScreen) Create() {
	s.Show(tabSessions)
	if s.Current == tabSessions {
		s.sessions.Create()
	}
}

// showBrief brings the brief to the front.
func (s *coachingScreen) showBrief() { s.Show(tabBrief) }
