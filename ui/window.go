package ui

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"daymark/app"
	"daymark/app/brief"
	"daymark/app/capture"
	daysync "daymark/app/sync"
	"daymark/app/timeimport"
	"daymark/app/week"
	"daymark/data"
	"daymark/ui/balancescreen"
	"daymark/ui/coachingscreen"
	"daymark/ui/control"
	"daymark/ui/decisionscreen"
	"daymark/ui/dimensionscreen"
	"daymark/ui/look"
	"daymark/ui/prefs"
	"daymark/ui/valuescreen"
	"daymark/ui/weekscreen"
)

// Services are what the window works with.
type Services struct {
	Planner    *app.Planner
	Weeks      *week.Planner
	Dimensions *app.Dimensions
	Balancer   *app.Balancer
	Values     *app.Values
	Decisions  *app.Decisions
	Coaching   *app.Coaching
	Briefs     *brief.Preparer
	DataFile   *app.DataFile
	TimeImport *timeimport.Importer
	Sync       *daysync.Syncer
	Timer      *capture.Timer
	Reminders  *capture.Reminders
	Path       string // the database file, shown in About
	Version    string
}

// NewServices returns the use cases of the app over store, for a window of
// Daymark's version.
func NewServices(store *data.Store, version string) Services {
	timer := capture.NewTimer(store)
	return Services{
		Planner:    app.NewPlanner(store),
		Weeks:      week.NewPlanner(store),
		Dimensions: app.NewDimensions(store),
		Balancer:   app.NewBalancer(store),
		Values:     app.NewValues(store),
		Decisions:  app.NewDecisions(store),
		Coaching:   app.NewCoaching(store),
		Briefs:     brief.NewPreparer(store),
		DataFile:   app.NewDataFile(store),
		TimeImport: timeimport.NewImporter(store),
		Sync:       daysync.New(store),
		Timer:      timer,
		Reminders:  capture.NewReminders(store, timer),
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
	settings  prefs.Settings
	tasks     *control.Tasks
	day       *dayScreen
	week      *weekscreen.Screen // this screen and those below: nil until first shown
	balance   *balancescreen.Screen
	values    *valuescreen.Screen
	decisions *decisionscreen.Screen
	coaching  *coachingscreen.Screen
	dims      *dimensionscreen.Screen
	sync      *windowSync          // the sync folder, its rounds and status line (sync.go)
	nav       *control.GuardedTabs // the screens behind the navigation
	launcher  *Launcher            // opens another database in the window; nil in tests that build the window alone
	previous  string               // the database open before this one, if any
	looking   bool                 // a look for changes made elsewhere is under way
	stale     bool                 // another program changed the data; not yet shown

	clock      clock            // the time of the window's schedules (resident.go)
	status     capture.Status   // the timer as last read
	timerOrder control.Sequence // the timer's readings and changes, in the order asked
	desk       desktopOffer     // the tray and notifications
	hidden     bool             // closed to the tray
	idle       idleWatch        // the watch for time away
	reminding  bool             // the reminders due are being read
	exit       func()           // ends the app: its Quit, or a test's
}

// Screens, in the order of the navigation (and of Ctrl+1, Ctrl+2, …).
const (
	screenDay = iota
	screenWeek
	screenBalance
	screenValues
	screenDecisions
	screenCoaching
	screenDimensions
)

// New builds the window's menu, its close handling and the Day planner,
// reading the dimensions and today's plan before the window is first
// drawn. The other screens are built the first time they are shown: the
// window opens as soon as what it shows first is ready.
func New(a fyne.App, win fyne.Window, svc Services) (*Window, error) {
	w := &Window{app: a, win: win, svc: svc, settings: prefs.New(a), tasks: &control.Tasks{},
		clock: systemClock{}, desk: newDesktopOffer(a), idle: newIdleWatch(), exit: a.Quit}
	control.ForgetScreens()
	w.settingsLoaded()
	ctx := control.BgContext()
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

	control.RecordedDays = svc.Planner
	w.day = newDayScreen(w, svc.Planner, win, w.tasks)
	w.day.importTime = w.chooseTimeImport
	w.day.openReviews = func() {
		w.nav.Show(screenDecisions)
		if w.nav.Current == screenDecisions {
			w.decisions.ShowReviewsDue()
		}
	}
	w.day.openBrief = func() {
		w.nav.Show(screenCoaching)
		if w.nav.Current == screenCoaching {
			w.coaching.ShowBrief()
		}
	}
	w.day.reviewDue = func(ctx context.Context) (app.Range, bool, error) {
		return svc.Weeks.WeekToReview(ctx, data.Today(), w.settings.ReviewDay(), w.settings.WeekStart())
	}
	w.day.openReview = w.openReview
	w.day.start(all, day, guide)
	w.readTimer()
	w.day.refreshReview()

	// The tabs are placed, and given a size, before they have items: Fyne
	// refreshes every tab button (re-colouring and parsing its icons) each
	// time it lays the tabs out, and at no size at all it does so once
	// for each number of tabs that might fit, 28 refreshes for 7 tabs.
	nav := container.NewAppTabs()
	nav.SetTabLocation(container.TabLocationLeading)
	nav.Resize(w.settings.WindowSize(screenSize))
	nav.SetItems(look.NavItems(nav,
		look.NavTab{Text: "Day", Icon: theme.CalendarIcon()},
		look.NavTab{Text: "Week", Icon: theme.ListIcon()},
		look.NavTab{Text: "Balance", Icon: theme.GridIcon()},
		look.NavTab{Text: "Values", Icon: theme.ConfirmIcon()},
		look.NavTab{Text: "Decisions", Icon: theme.QuestionIcon()},
		look.NavTab{Text: "Coaching", Icon: theme.AccountIcon()},
		look.NavTab{Text: "Dimensions", Icon: theme.ColorPaletteIcon()},
	))
	nav.Items[0].Content = w.day.content
	w.nav = control.NewLazyTabs(nav, w.day, w.build)
	w.nav.OnShown = w.settings.RememberScreen

	var content fyne.CanvasObject = nav
	if w.isSample() {
		content = container.NewBorder(container.NewPadded(w.sampleBanner()), nil, nil, nil, nav)
	}
	w.sync = newWindowSync(w)
	content = container.NewBorder(nil, w.sync.bar, nil, nil, content)
	win.SetContent(container.NewStack(control.NewKeyHold(win.Canvas()), content))
	win.SetMainMenu(w.menu())
	win.SetCloseIntercept(w.close)
	control.ListenForEscape(win)
	a.Settings().AddListener(func(fyne.Settings) { w.redrawCharts() })
	if start := w.settings.StartScreen(); start != screenDay {
		w.nav.Show(start)
	} else {
		w.day.Shown()
	}
	if err := svc.DataFile.BackupFolderProblem(); err != nil {
		w.problem("Backups go beside the database for now", err)
	}
	return w, nil
}

// Started does what waits for the window's first frame: the daily backup,
// which copies the whole file, would slow it down.
func (w *Window) Started() { w.dailyBackup() }

// build makes the screen of a tab the first time it is shown, and returns
// it with its content.
func (w *Window) build(tab int) (control.Screen, fyne.CanvasObject) {
	switch tab {
	case screenWeek:
		w.week = weekscreen.New(w.svc.Weeks, w.win, w.tasks, w.settings)
		w.week.OpenDay = w.openDay
		w.week.Reviewed = w.day.refreshGuide
		w.week.Dims = func() []data.Dimension { return w.day.all }
		return w.week, w.week.Content
	case screenBalance:
		w.balance = balancescreen.New(w.svc.Balancer, w.win, w.tasks, w.day.refreshGuide, w.settings)
		return w.balance, w.balance.Content
	case screenValues:
		w.values = valuescreen.New(w.svc.Values, w.win, w.tasks)
		return w.values, w.values.Content
	case screenDecisions:
		w.decisions = decisionscreen.New(w.svc.Decisions, w.win, w.tasks, w.day.refreshGuide)
		return w.decisions, w.decisions.Content
	case screenCoaching:
		w.coaching = coachingscreen.New(w.svc.Coaching, w.svc.Briefs, w.win, w.tasks, w.day.refreshGuide)
		return w.coaching, w.coaching.Content
	case screenDimensions:
		w.dims = dimensionscreen.New(w.svc.Dimensions, w.win, w.tasks, w.day.setDimensions)
		w.dims.Start(w.day.all)
		return w.dims, w.dims.Content
	}
	panic("ui: no screen for tab " + strconv.Itoa(tab))
}

// openDay shows date on the Day planner, once the screen in front has left.
func (w *Window) openDay(date data.Date) {
	w.nav.Show(screenDay)
	if w.nav.Current == screenDay {
		w.day.goTo(date)
	}
}

// openReview opens the weekly review of week on the Week screen.
func (w *Window) openReview(rng app.Range) {
	w.nav.Show(screenWeek)
	if w.nav.Current == screenWeek {
		w.week.StartReview(rng)
	}
}

// save saves the screen in front (Ctrl+S).
func (w *Window) save() { w.nav.Front().Save(nil) }

// creator is a screen that starts a new record (Ctrl+N); finder one that
// searches (Ctrl+F).
type (
	creator interface{ Create() }
	finder  interface{ Find() }
)

// create starts a new record on the screen in front, or a new decision.
func (w *Window) create() {
	if c, ok := w.nav.Front().(creator); ok {
		c.Create()
		return
	}
	w.nav.Show(screenDecisions)
	if w.nav.Current == screenDecisions {
		w.decisions.Create()
	}
}

// find searches on the screen in front, or the decisions.
func (w *Window) find() {
	if f, ok := w.nav.Front().(finder); ok {
		f.Find()
		return
	}
	w.nav.Show(screenDecisions)
	if w.nav.Current == screenDecisions {
		w.decisions.Find()
	}
}

// quit saves what is open, or asks, then closes the window and the app,
// remembering its size.
func (w *Window) quit() {
	w.nav.Front().Leave(func() {
		w.rememberWindow()
		w.exit()
	})
}

// redrawCharts draws every chart again, in the theme's new colours.
func (w *Window) redrawCharts() {
	for _, c := range w.tasks.Charts {
		c.Redraw()
	}
}
