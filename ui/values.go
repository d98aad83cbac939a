package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"daymark/app"
	"daymark/data"
	"daymark/ui/control"
)

// valuesScreen holds the values, their alignment, the reflections and the
// value contexts, a tab each.
type valuesScreen struct {
	list        *valueList
	alignment   *alignmentView
	reflections *reflectionsView
	contexts    *contextsView
	*control.GuardedTabs
	content fyne.CanvasObject
}

// The tabs of the Values screen.
const (
	tabValues = iota
	tabAlignment
	tabReflections
	tabContexts
)

func newValuesScreen(values *app.Values, win fyne.Window, t *control.Tasks) *valuesScreen {
	s := &valuesScreen{}
	s.alignment = newAlignmentView(values, win, t)
	s.list = newValueList(values, win, t, func([]data.Value) {})
	s.reflections = newReflectionsView(values, win, t)
	s.contexts = newContextsView(values, win, t)
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon("Values", theme.ListIcon(), s.list.content),
		container.NewTabItemWithIcon("Alignment", theme.GridIcon(), s.alignment.content),
		container.NewTabItemWithIcon("Reflections", theme.DocumentCreateIcon(), s.reflections.content),
		container.NewTabItemWithIcon("Contexts", theme.StorageIcon(), s.contexts.content),
	)
	s.GuardedTabs = control.NewGuardedTabs(tabs, []control.Screen{s.list, s.alignment, s.reflections, s.contexts})
	s.content = tabs
	return s
}

// The Values screen is a screen of the window: it hands each call to the
// tab in front.
func (s *valuesScreen) Leave(then func()) { s.Front().Leave(then) }
func (s *valuesScreen) Save(then func())  { s.Front().Save(then) }
func (s *valuesScreen) Shown()            { s.Front().Shown() }

// Dirty reports whether the tab in front holds typing not yet saved.
func (s *valuesScreen) Dirty() bool {
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
		control.FocusHeld(l.Win.Canvas(), l.name)
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
