package coachingscreen

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"daymark/app"
	"daymark/app/brief"
	"daymark/ui/control"
)

// Screen holds the coaching sessions and the brief for the next
// one, a tab each.
type Screen struct {
	Sessions *sessionsView
	Brief    *briefView
	*control.GuardedTabs
	Content fyne.CanvasObject
}

// The tabs of the Coaching screen.
const (
	TabSessions = iota
	TabBrief
)

// New builds the screen; changed tells the Day planner that
// its reminder of the next session may have changed.
func New(coaching *app.Coaching, briefs *brief.Preparer, win fyne.Window, t *control.Tasks, changed func()) *Screen {
	s := &Screen{}
	s.Sessions = newSessionsView(coaching, win, t, changed, func() { s.Show(TabBrief) })
	s.Brief = newBriefView(coaching, briefs, win, t, func() {
		s.Show(TabSessions)
		if s.Current == TabSessions {
			s.Sessions.planNext()
		}
	})
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon("Sessions", theme.AccountIcon(), s.Sessions.Content),
		container.NewTabItemWithIcon("Brief", theme.DocumentIcon(), s.Brief.content),
	)
	s.GuardedTabs = control.NewGuardedTabs(tabs, []control.Screen{s.Sessions, s.Brief})
	s.Content = tabs
	return s
}

// The Coaching screen is a screen of the window: it hands each call to the
// tab in front.
func (s *Screen) Leave(then func()) { s.Front().Leave(then) }
func (s *Screen) Save(then func())  { s.Front().Save(then) }
func (s *Screen) Shown()            { s.Front().Shown() }

// Dirty reports whether the tab in front holds typing not yet saved.
func (s *Screen) Dirty() bool {
	e, ok := s.Front().(control.Editor)
	return ok && e.Dirty()
}

// create starts a new session (Ctrl+N).
func (s *Screen) Create() {
	s.Show(TabSessions)
	if s.Current == TabSessions {
		s.Sessions.Create()
	}
}

// ShowBrief brings the brief to the front.
func (s *Screen) ShowBrief() { s.Show(TabBrief) }
