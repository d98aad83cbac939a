package control

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// GuardedTabs are tabs of screens: before another tab comes to the front,
// the screen in front is asked to leave (it saves, or asks the person), and
// until it has, the tabs stay where they were.
type GuardedTabs struct {
	tabs      *container.AppTabs
	screens   []Screen                                  // a screen per tab, in order; nil until built
	build     func(tab int) (Screen, fyne.CanvasObject) // makes a screen not built yet, and its content
	Current   int                                       // the tab in front
	switching bool                                      // set while the tabs are moved by code
	OnShown   func(i int)                               // told of each tab brought to the front, if set
}

// NewGuardedTabs guards tabs whose screens are all built.
func NewGuardedTabs(tabs *container.AppTabs, screens []Screen) *GuardedTabs {
	g := &GuardedTabs{tabs: tabs, screens: screens}
	tabs.OnSelected = func(*container.TabItem) { g.Show(tabs.SelectedIndex()) }
	return g
}

// NewLazyTabs guards tabs whose screens, but for the first, are built by
// build the first time they come to the front: a window opens faster
// when it makes only what it shows. Until then a tab holds a placeholder.
func NewLazyTabs(tabs *container.AppTabs, first Screen, build func(tab int) (Screen, fyne.CanvasObject)) *GuardedTabs {
	screens := make([]Screen, len(tabs.Items))
	screens[0] = first
	g := NewGuardedTabs(tabs, screens)
	g.build = build
	return g
}

// Show brings tab target to the front once the one in front has left.
func (g *GuardedTabs) Show(target int) {
	if g.switching || target == g.Current {
		return
	}
	g.selectTab(g.Current)
	if c := fyne.CurrentApp().Driver().CanvasForObject(g.tabs); c != nil {
		HoldKeys(c) // until the screen has put the cursor where work starts
	}
	g.screens[g.Current].Leave(func() {
		s := g.screen(target)
		g.Current = target
		g.selectTab(target)
		s.Shown()
		if g.OnShown != nil {
			g.OnShown(target)
		}
	})
}

// Screen returns the screen of tab i, building it if need be.
func (g *GuardedTabs) screen(i int) Screen {
	if g.screens[i] == nil {
		s, content := g.build(i)
		g.screens[i] = s
		g.tabs.Items[i].Content = content
	}
	return g.screens[i]
}

// selectTab moves the tabs without acting on it.
func (g *GuardedTabs) selectTab(i int) {
	g.switching = true
	defer func() { g.switching = false }()
	g.tabs.SelectIndex(i)
}

// Front returns the screen in front.
func (g *GuardedTabs) Front() Screen { return g.screens[g.Current] }

// Screen is what the window needs of every screen.
type Screen interface {
	Leave(then func()) // save what changed (or ask), then call then
	Save(then func())  // Ctrl+S
	Shown()            // brought to the front: read what may have changed, put the cursor where work starts
}

// Editor is a screen that may hold typing not yet saved.
type Editor interface{ Dirty() bool }
