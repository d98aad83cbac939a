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
	Values     *app.Values
	Decisions  *app.Decisions
	Coaching   *app.Coaching
	DataFile   *app.DataFile
	TimeImport *app.TimeImport
	Path       string // the database file, shown in About
	Version    string
}

// NewServices returns the use cases over store, for a window.
func NewServices(store *data.Store, version string) Services {
	return Services{
		Planner:    app.NewPlanner(store),
		Dimensions: app.NewDimensions(store),
		Balancer:   app.NewBalancer(store),
		Values:     app.NewValues(store),
		Decisions:  app.NewDecisions(store),
		Coaching:   app.NewCoaching(store),
		DataFile:   app.NewDataFile(store),
		TimeImport: app.NewTimeImport(store),
		Path:       store.Path(),
		Version:    version,
	}
}

// Window is Daymark's main window: a screen per feature behind a side
// navigation, and the main menu with the keyboard shortcuts.
type Window struct {
	app       fyne.App
	win       fyne.Window
	svc       Services
	settings  settings
	tasks     *tasks
	day       *dayScreen
	balance   *balanceScreen
	values    *valuesScreen
	decisions *decisionsScreen
	coaching  *coachingScreen
	dims      *dimensionsScreen
	*guardedTabs
	launcher *Launcher // opens another database in the window; nil in tests that build the window alone
	previous string    // the database open before this one, if any
	looking  bool      // a look for changes made elsewhere is under way
	stale    bool      // another program changed the data; not yet shown
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
	screenValues
	screenDecisions
	screenCoaching
	screenDimensions
)

// New builds the window's content, menu and close handling, reading the
// dimensions and today's plan before the window is first drawn.
func New(a fyne.App, win fyne.Window, svc Services) (*Window, error) {
	w := &Window{app: a, win: win, svc: svc, settings: newSettings(a), tasks: &tasks{}}
	w.settingsLoaded()
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
	w.day.importTime = w.chooseTimeImport
	w.balance = newBalanceScreen(svc.Balancer, win, w.tasks, w.day.refreshGuide, w.settings)
	w.values = newValuesScreen(svc.Values, win, w.tasks)
	w.decisions = newDecisionsScreen(svc.Decisions, win, w.tasks, w.day.refreshGuide)
	w.day.openReviews = func() {
		w.show(screenDecisions)
		w.decisions.showReviewsDue()
	}
	w.coaching = newCoachingScreen(svc.Coaching, win, w.tasks, w.day.refreshGuide)
	w.day.openBrief = func() {
		w.show(screenCoaching)
		if w.current == screenCoaching {
			w.coaching.showBrief()
		}
	}
	w.dims = newDimensionsScreen(svc.Dimensions, win, w.tasks, w.day.setDimensions)
	w.day.start(all, day, guide)
	w.dims.start(all)

	nav := container.NewAppTabs(
		container.NewTabItemWithIcon("Day", theme.CalendarIcon(), w.day.content),
		container.NewTabItemWithIcon("Balance", theme.GridIcon(), w.balance.content),
		container.NewTabItemWithIcon("Values", theme.ConfirmIcon(), w.values.content),
		container.NewTabItemWithIcon("Decisions", theme.QuestionIcon(), w.decisions.content),
		container.NewTabItemWithIcon("Coaching", theme.AccountIcon(), w.coaching.content),
		container.NewTabItemWithIcon("Dimensions", theme.ColorPaletteIcon(), w.dims.content),
	)
	nav.SetTabLocation(container.TabLocationLeading)
	w.guardedTabs = newGuardedTabs(nav, []screen{w.day, w.balance, w.values, w.decisions, w.coaching, w.dims})
	w.guardedTabs.onShown = w.settings.rememberScreen

	if w.isSample() {
		win.SetContent(container.NewBorder(container.NewPadded(w.sampleBanner()), nil, nil, nil, nav))
	} else {
		win.SetContent(nav)
	}
	win.SetMainMenu(w.menu())
	win.SetCloseIntercept(w.quit)
	a.Settings().AddListener(func(fyne.Settings) { w.redrawCharts() })
	if start := w.settings.startScreen(); start != screenDay {
		w.show(start)
	} else {
		w.day.shown()
	}
	if err := svc.DataFile.BackupFolderProblem(); err != nil {
		w.problem("Backups go beside the database for now", err)
	}
	w.dailyBackup()
	return w, nil
}

// save saves the screen in front (Ctrl+S).
func (w *Window) save() { w.front().save(nil) }

// creator is a screen that starts a new record (Ctrl+N); finder one that
// searches (Ctrl+F).
type (
	creator interface{ create() }
	finder  interface{ find() }
)

// create starts a new record on the screen in front, or a new decision.
func (w *Window) create() {
	if c, ok := w.front().(creator); ok {
		c.create()
		return
	}
	w.show(screenDecisions)
	if w.current == screenDecisions {
		w.decisions.create()
	}
}

// find searches on the screen in front, or the decisions.
func (w *Window) find() {
	if f, ok := w.front().(finder); ok {
		f.find()
		return
	}
	w.show(screenDecisions)
	if w.current == screenDecisions {
		w.decisions.find()
	}
}

// quit saves what is open, or asks, then closes the window and the app,
// remembering its size.
func (w *Window) quit() {
	w.front().leave(func() {
		w.rememberWindow()
		w.app.Quit()
	})
}

// redrawCharts draws every chart again, in the theme's new colours.
func (w *Window) redrawCharts() {
	for _, c := range w.tasks.charts {
		c.redraw()
	}
}
