package prefs

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"daymark/app"
	"daymark/data"
)

// Settings are the person's choices and what the window remembers between
// runs, kept with Fyne's preferences (per user, under the app's ID).
type Settings struct{ Store fyne.Preferences }

// The preference keys.
const (
	PrefTheme         = "theme"       // themeSystem, themeLight or themeDark
	prefWeekStart     = "weekStart"   // "monday" or "sunday"
	prefReviewDay     = "reviewDay"   // the weekly review's day: "friday" unless another is chosen
	PrefDefaultView   = "defaultView" // viewLast or a screen's key
	prefLastScreen    = "lastScreen"  // a screen's key
	prefWidth         = "windowWidth"
	prefHeight        = "windowHeight"
	prefBalancePeriod = "balancePeriod" // an app.Period
	prefBalanceFrom   = "balanceFrom"   // a custom range's dates
	prefBalanceTo     = "balanceTo"
	PrefWelcomed      = "welcomed"     // the welcome was seen
	PrefBackupFolder  = "backupFolder" // where backups go; empty for beside the database
)

// The theme choices.
const (
	ThemeSystem = "system"
	ThemeLight  = "light"
	ThemeDark   = "dark"
)

// ViewLast opens the screen in front when Daymark last closed.
const ViewLast = "last"

// screenKeys name the screens in the preferences, in navigation order;
// screenNames name them for a person.
var (
	ScreenKeys  = []string{"day", "week", "balance", "values", "decisions", "coaching", "dimensions"}
	ScreenNames = []string{"Day planner", "Week", "Balance", "Values", "Decisions", "Coaching", "Dimensions"}
)

// The window's size when nothing is remembered, and the smallest it opens at.
var (
	defaultSize = fyne.NewSize(1180, 760)
	minimumSize = fyne.NewSize(800, 560)
)

// New returns the settings kept in a's preferences.
func New(a fyne.App) Settings { return Settings{Store: a.Preferences()} }

// BackupFolder returns the folder chosen for backups in the settings, or
// "" for the folder beside the database: the opener opens with it, so the
// backup before a schema update goes there too.
func BackupFolder(a fyne.App) string { return New(a).BackupFolder() }

func (s Settings) BackupFolder() string { return s.Store.String(PrefBackupFolder) }

func (s Settings) Theme() string {
	switch t := s.Store.String(PrefTheme); t {
	case ThemeLight, ThemeDark:
		return t
	}
	return ThemeSystem
}

// WeekStart returns the first day of the week: Monday unless Sunday is chosen.
func (s Settings) WeekStart() time.Weekday {
	if s.Store.String(prefWeekStart) == "sunday" {
		return time.Sunday
	}
	return time.Monday
}

func (s Settings) SetWeekStart(d time.Weekday) {
	if d == time.Sunday {
		s.Store.SetString(prefWeekStart, "sunday")
	} else {
		s.Store.SetString(prefWeekStart, "monday")
	}
}

// ReviewDay returns the day of the week the weekly review is asked for:
// Friday unless another is chosen.
func (s Settings) ReviewDay() time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(s.Store.String(prefReviewDay), d.String()) {
			return d
		}
	}
	return time.Friday
}

func (s Settings) SetReviewDay(d time.Weekday) {
	s.Store.SetString(prefReviewDay, strings.ToLower(d.String()))
}

// DefaultView returns viewLast or the key of the screen to open at start.
func (s Settings) DefaultView() string {
	v := s.Store.String(PrefDefaultView)
	if ScreenIndex(v) < 0 {
		return ViewLast
	}
	return v
}

// StartScreen returns the screen to open at start.
func (s Settings) StartScreen() int {
	key := s.DefaultView()
	if key == ViewLast {
		key = s.Store.String(prefLastScreen)
	}
	return max(0, ScreenIndex(key))
}

func (s Settings) RememberScreen(i int) {
	if i >= 0 && i < len(ScreenKeys) {
		s.Store.SetString(prefLastScreen, ScreenKeys[i])
	}
}

func ScreenIndex(key string) int {
	for i, k := range ScreenKeys {
		if k == key {
			return i
		}
	}
	return -1
}

// WindowSize returns the size the window had when it last closed, at least
// the minimum; before it has closed once, the default size fitted to the
// size screen gives (zero where it cannot say), which is asked only then.
func (s Settings) WindowSize(screen func() fyne.Size) fyne.Size {
	if !s.SizeRemembered() {
		return fitScreen(defaultSize, screen())
	}
	w, h := s.Store.Float(prefWidth), s.Store.Float(prefHeight)
	return fyne.NewSize(max(float32(w), minimumSize.Width), max(float32(h), minimumSize.Height))
}

// SizeRemembered says whether the window's size is remembered from a run
// before.
func (s Settings) SizeRemembered() bool {
	return s.Store.Float(prefWidth) > 0 && s.Store.Float(prefHeight) > 0
}

// fitScreen is size made smaller where it is larger than most of screen,
// leaving room for the desktop's panels and the window's title bar, but
// never below the minimum; size itself where the screen is not known.
func fitScreen(size, screen fyne.Size) fyne.Size {
	if screen.Width <= 0 || screen.Height <= 0 {
		return size
	}
	return fyne.NewSize(
		max(min(size.Width, screen.Width*0.92), minimumSize.Width),
		max(min(size.Height, screen.Height*0.85), minimumSize.Height))
}

// RememberSize keeps the window's size for the next start, when it is at
// least the minimum.
func (s Settings) RememberSize(size fyne.Size) {
	if size.Width >= minimumSize.Width && size.Height >= minimumSize.Height {
		s.Store.SetFloat(prefWidth, float64(size.Width))
		s.Store.SetFloat(prefHeight, float64(size.Height))
	}
}

// BalanceRange returns the range last shown on the Balance screen, moved
// to today for a week, month, quarter or year: "this month" stays this
// month. A custom range comes back as it was.
func (s Settings) BalanceRange(today data.Date) app.Range {
	p := app.Period(s.Store.IntWithFallback(prefBalancePeriod, int(app.Month)))
	if p == app.Custom {
		from, err1 := data.ParseDate(s.Store.String(prefBalanceFrom))
		to, err2 := data.ParseDate(s.Store.String(prefBalanceTo))
		if err1 == nil && err2 == nil {
			if r, err := app.NewRange(from, to); err == nil {
				return r
			}
		}
		p = app.Month
	}
	if p < app.Week || p > app.Year {
		p = app.Month
	}
	return app.RangeOf(p, today, s.WeekStart())
}

func (s Settings) RememberBalanceRange(r app.Range) {
	s.Store.SetInt(prefBalancePeriod, int(r.Period))
	s.Store.SetString(prefBalanceFrom, r.From.String())
	s.Store.SetString(prefBalanceTo, r.To.String())
}

// PrefIdleMinutes is the threshold of time away, in minutes; 0 for never.
const PrefIdleMinutes = "idleMinutes"

// IdleMinutes returns the threshold of time away, in minutes (0: never ask).
func (s Settings) IdleMinutes() int {
	if m := s.Store.IntWithFallback(PrefIdleMinutes, 10); m >= 0 && m <= 24*60 {
		return m
	}
	return 10
}
