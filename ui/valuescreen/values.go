package valuescreen

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"daymark/app"
	"daymark/data"
	"daymark/ui/control"
)

// Screen holds the values, their alignment, the reflections and the
// value contexts, a tab each.
type Screen struct {
	List        *valueList
	Alignment   *alignmentView
	Reflections *reflectionsView
	Contexts    *contextsView
	*control.GuardedTabs
	Content fyne.CanvasObject
}

// The tabs of the Values screen.
const (
	TabValues = iota
	TabAlignment
	TabReflections
	TabContexts
)

// New builds the Values screen on its first tab, the list.
func New(values *app.Values, win fyne.Window, t *control.Tasks) *Screen {
	s := &Screen{}
	s.Alignment = newAlignmentView(values, win, t)
	s.List = newValueList(values, win, t, func([]data.Value) {})
	s.Reflections = newReflectionsView(values, win, t)
	s.Contexts = newContextsView(values, win, t)
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon("Values", theme.ListIcon(), s.List.content),
		container.NewTabItemWithIcon("Alignment", theme.GridIcon(), s.Alignment.content),
		container.NewTabItemWithIcon("Reflections", theme.DocumentCreateIcon(), s.Reflections.content),
		container.NewTabItemWithIcon("Contexts", theme.StorageIcon(), s.Contexts.content),
	)
	s.GuardedTabs = control.NewGuardedTabs(tabs, []control.Screen{s.List, s.Alignment, s.Reflections, s.Contexts})
	s.Content = tabs
	return s
}

// The Values screen is a screen of the window: it hands each call to the
// tab in front.
func (s *Screen) Leave(then func()) { s.Front().Leave(then) }
func (s *Screen) Save(then func())  { s.Front().Save(then) }
func (s *Screen) Shown()            { s.Front().Shown() }

// Dirty reports whether the tab in front holds typing not yet saved.
func (s *Screen) Dirty() bool {
	e, ok := s.Front().(control.Editor)
	return ok && e.Dirty()
}

// Shown reads the values again and puts the cursor in the form.
func (l *valueList) Shown() {
	var all []data.Value
	var err error
	l.Tasks.Run(func() { all, err = l.Load(control.BgContext()) }, func() {
		if err != nil {
			control.ShowProblem(l.Win, "Daymark cannot read the values", err)
			return
		}
		id := l.Current.ID
		l.Start(all)
		for _, v := range l.Rows {
			if v.ID == id {
				l.Edit(v)
			}
		}
		control.FocusHeld(l.Win.Canvas(), l.Name)
	})
}

// The alignment keeps nothing unsaved: each rating is stored as it changes.
func (v *alignmentView) Leave(then func()) { then() }
func (v *alignmentView) Save(then func()) {
	if then != nil {
		then()
	}
}
func (v *alignmentView) Shown() {
	v.reload()
	control.FocusHeld(v.win.Canvas(), nil)
}

func (v *reflectionsView) Shown() {
	v.reload()
	control.FocusHeld(v.win.Canvas(), nil)
}

func (v *contextsView) Shown() {
	v.reload()
	control.FocusHeld(v.Win.Canvas(), nil)
}
