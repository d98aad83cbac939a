package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"daymark/app"
	"daymark/data"
)

// Services are what the window works with.
type Services struct {
	Planner    *app.Planner
	Dimensions *app.Dimensions
	Balancer   *app.Balancer
	DataFile   *app.DataFile
	Path       string // the database file, shown in About
	Version    string
}

// Window is Daymark's main window: a screen per feature behind a side
// navigation, and the main menu with the keyboard shortcuts.
type Window struct {
	app     fyne.App
	win     fyne.Window
	svc     Services
	tasks   *tasks
	tabs    *container.AppTabs
	day     *dayScreen
	balance *balanceScreen
	dims    *dimensionsScreen

	screens   []screen // in navigation order
	current   int      // the screen in front
	switching bool     // set while the navigation is moved by code
}

// screen is what the window needs of every screen.
type screen interface {
	leave(then func()) // save what changed (or ask), then call then
	save(then func())  // Ctrl+S
	shown()            // brought to the front: read what may have changed, put the cursor where work starts
}

// Screens, in the order of the navigation (and of Ctrl+1, Ctrl+2, …).
const (
	screenDay = iota
	screenBalance
	screenDimensions
)

// New builds the window's content, menu and close handling, reading the
// dimensions and today's plan before the window is first drawn.
func New(a fyne.App, win fyne.Window, svc Services) (*Window, error) {
	w := &Window{app: a, win: win, svc: svc, tasks: &tasks{}}
	ctx := context.Background()
	all, err := svc.Dimensions.List(ctx)
	if err != nil {
		return nil, err
	}
	day, err := svc.Planner.Day(ctx, data.Today())
	if err != nil {
		return nil, err
	}
	guide, err := svc.Planner.Guide(ctx, data.Today())
	if err != nil {
		return nil, err
	}

	w.day = newDayScreen(svc.Planner, win, w.tasks)
	w.balance = newBalanceScreen(svc.Balancer, win, w.tasks, w.day.refreshGuide)
	w.dims = newDimensionsScreen(svc.Dimensions, win, w.tasks, w.day.setDimensions)
	w.day.start(all, day, guide)
	w.dims.start(all)

	w.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Day", theme.CalendarIcon(), w.day.content),
		container.NewTabItemWithIcon("Balance", theme.GridIcon(), w.balance.content),
		container.NewTabItemWithIcon("Dimensions", theme.ColorPaletteIcon(), w.dims.content),
	)
	w.tabs.SetTabLocation(container.TabLocationLeading)
	w.screens = []screen{w.day, w.balance, w.dims}
	w.tabs.OnSelected = func(*container.TabItem) { w.show(w.tabs.SelectedIndex()) }

	win.SetContent(w.tabs)
	win.SetMainMenu(w.menu())
	win.SetCloseIntercept(w.quit)
	a.Settings().AddListener(func(fyne.Settings) { w.redrawCharts() })
	w.day.shown()
	w.dailyBackup()
	return w, nil
}

// show brings a screen to the front, as the navigation does, after the
// screen in front has saved its changes (or the person chose to discard
// them). Until then the navigation stays where it was.
func (w *Window) show(target int) {
	if w.switching || target == w.current {
		return
	}
	w.selectTab(w.current)
	w.screens[w.current].leave(func() {
		w.current = target
		w.selectTab(target)
		w.screens[target].shown()
	})
}

// selectTab moves the navigation without acting on it.
func (w *Window) selectTab(i int) {
	w.switching = true
	defer func() { w.switching = false }()
	w.tabs.SelectIndex(i)
}

// save saves the screen in front (Ctrl+S).
func (w *Window) save() { w.screens[w.current].save(nil) }

// quit saves what is open, or asks, then closes the window and the app.
func (w *Window) quit() {
	w.screens[w.current].leave(w.app.Quit)
}

func (w *Window) redrawCharts() {
	w.day.donut.redraw()
	w.day.bars.redraw()
}
