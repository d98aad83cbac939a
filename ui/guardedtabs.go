package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"daymark/ui/control"
)

// guardedTabs are tabs of screens: before another tab comes to the front,
// the screen in front is asked to leave (it saves, or asks the person), and
// until it has, the tabs stay where they were.
type guardedTabs struct {
	tabs      *container.AppTabs
	screens   []screen                                  // a screen per tab, in order; nil until built
	build     func(tab int) (screen, fyne.CanvasObject) // makes a screen not built yet, and its content
	current   int                                       // the tab in front
	switching bool                                      // set while the tabs are moved by code
	onShown   func(i int)                               // told of each tab brought to the front, if set
}

// newGuardedTabs guards tabs whose screens are all built.
func newGuardedTabs(tabs *container.AppTabs, screens []screen) *guardedTabs {
	g := &guardedTabs{tabs: tabs, screens: screens}
	tabs.OnSelected = func(*container.TabItem) { g.show(tabs.SelectedIndex()) }
	return g
}

// newLazyTabs guards tabs whose screens, but for the first, are built by
// build the first time they come to the front: a window opens faster
// when it makes only what it shows. Until then a tab holds a placeholder.
func newLazyTabs(tabs *container.AppTabs, first screen, build func(tab int) (screen, fyne.CanvasObject)) *guardedTabs {
	screens := make([]screen, len(tabs.Items))
	screens[0] = first
	g := newGuardedTabs(tabs, screens)
	g.build = build
	return g
}

// show brings tab target to the front once the one in front has left.
func (g *guardedTabs) show(target int) {
	if g.switching || target == g.current {
		return
	}
	g.selectTab(g.current)
	if c := fyne.CurrentApp().Driver().CanvasForObject(g.tabs); c != nil {
		control.HoldKeys(c) // until the screen has put the cursor where work starts
	}
	g.screens[g.current].Leave(func() {
		s := g.screen(target)
		g.current = target
		g.selectTab(target)
		s.Shown()
		if g.onShown != nil {
			g.onShown(target)
		}
	})
}

// screen returns the screen of tab i, building it if need be.
func (g *guardedTabs) screen(i int) screen {
	if g.screens[i] == nil {
		s, content := g.build(i)
		g.screens[i] = s
		g.tabs.Items[i].Content = content
	}
	return g.screens[i]
}

// selectTab moves the tabs without acting on it.
func (g *guardedTabs) selectTab(i int) {
	g.switching = true
	defer func() { g.switching = false }()
	g.tabs.SelectIndex(i)
}

// front returns the screen in front.
func (g *guardedTabs) front() screen { return g.screens[g.current] }
