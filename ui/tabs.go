package ui

import (
	"fyne.io/fyne/v2/container"
)

// guardedTabs are tabs of screens: before another tab comes to the front,
// the screen in front is asked to leave (it saves, or asks the person), and
// until it has, the tabs stay where they were.
type guardedTabs struct {
	tabs      *container.AppTabs
	screens   []screen    // a screen per tab, in order
	current   int         // the tab in front
	switching bool        // set while the tabs are moved by code
	onShown   func(i int) // told of each tab brought to the front, if set
}

func newGuardedTabs(tabs *container.AppTabs, screens []screen) *guardedTabs {
	g := &guardedTabs{tabs: tabs, screens: screens}
	tabs.OnSelected = func(*container.TabItem) { g.show(tabs.SelectedIndex()) }
	return g
}

// show brings tab target to the front once the one in front has left.
func (g *guardedTabs) show(target int) {
	if g.switching || target == g.current {
		return
	}
	g.selectTab(g.current)
	g.screens[g.current].leave(func() {
		g.current = target
		g.selectTab(target)
		g.screens[target].shown()
		if g.onShown != nil {
			g.onShown(target)
		}
	})
}

// selectTab moves the tabs without acting on it.
func (g *guardedTabs) selectTab(i int) {
	g.switching = true
	defer func() { g.switching = false }()
	g.tabs.SelectIndex(i)
}

// front returns the screen in front.
func (g *guardedTabs) front() screen { return g.screens[g.current] }
