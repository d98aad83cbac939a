package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"daymark/app"
	"daymark/data"
)

// valuesScreen holds the values, their alignment, the reflections and the
// value contexts, a tab each.
type valuesScreen struct {
	list        *valueList
	alignment   *alignmentView
	reflections *reflectionsView
	contexts    *contextsView
	*guardedTabs
	content fyne.CanvasObject
}

// The tabs of the Values screen.
const (
	tabValues = iota
	tabAlignment
	tabReflections
	tabContexts
)

func newValuesScreen(values *app.Values, win fyne.Window, t *tasks) *valuesScreen {
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
	s.guardedTabs = newGuardedTabs(tabs, []screen{s.list, s.alignment, s.reflections, s.contexts})
	s.content = tabs
	return s
}

// The Values screen is a screen of the window: it hands each call to the
// tab in front.
func (s *valuesScreen) leave(then func()) { s.front().leave(then) }
func (s *valuesScreen) save(then func())  { s.front().save(then) }
func (s *valuesScreen) shown()            { s.front().shown() }

// dirty reports whether the tab in front holds typing not yet saved.
func (s *valuesScreen) dirty() bool {
	e, ok := s.front().(editor)
	return ok && e.dirty()
}

// shown reads the values again and puts the cursor in the form.
func (l *valueList) shown() {
	var all []data.Value
	var err error
	l.tasks.run(func() { all, err = l.load(bgContext()) }, func() {
		if err != nil {
			showProblem(l.win, "Daymark cannot read the values", err)
			return
		}
		id := l.current.ID
		l.start(all)
		for _, v := range l.rows {
			if v.ID == id {
				l.edit(v)
			}
		}
		focusHeld(l.win.Canvas(), l.name)
	})
}

// The alignment keeps nothing unsaved: each rating is stored as it changes.
func (v *alignmentView) leave(then func()) { then() }
func (v *alignmentView) save(then func()) {
	if then != nil {
		then()
	}
}
func (v *alignmentView) shown() {
	v.reload()
	focusHeld(v.win.Canvas(), nil)
}

func (v *reflectionsView) shown() {
	v.reload()
	focusHeld(v.win.Canvas(), nil)
}

func (v *contextsView) shown() {
	v.reload()
	focusHeld(v.win.Canvas(), nil)
}
