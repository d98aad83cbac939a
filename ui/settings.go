package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"daymark/app"
	"daymark/data"
)

// settings are the person's choices and what the window remembers between
// runs, kept with Fyne's preferences (per user, under the app's ID).
type settings struct{ p fyne.Preferences }

// The preference keys.
const (
	prefTheme         = "theme"       // themeSystem, themeLight or themeDark
	prefWeekStart     = "weekStart"   // "monday" or "sunday"
	prefReviewDay     = "reviewDay"   // the weekly review's day: "friday" unless another is chosen
	prefDefaultView   = "defaultView" // viewLast or a screen's key
	prefLastScreen    = "lastScreen"  // a screen's key
	prefWidth         = "windowWidth"
	prefHeight        = "windowHeight"
	prefBalancePeriod = "balancePeriod" // an app.Period
	prefBalanceFrom   = "balanceFrom"   // a custom range's dates
	prefBalanceTo     = "balanceTo"
	prefWelcomed      = "welcomed"     // the welcome was seen
	prefBackupFolder  = "backupFolder" // where backups go; empty for beside the database
)

// The theme choices.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// viewLast opens the screen in front when Daymark last closed.
const viewLast = "last"

// screenKeys name the screens in the preferences, in navigation order;
// screenNames name them for a person.
var (
	screenKeys  = []string{"day", "week", "balance", "values", "decisions", "coaching", "dimensions"}
	screenNames = []string{"Day planner", "Week", "Balance", "Values", "Decisions", "Coaching", "Dimensions"}
)

// The window's size when nothing is remembered, and the smallest it opens at.
var (
	defaultSize = fyne.NewSize(1180, 760)
	minimumSize = fyne.NewSize(800, 560)
)

func newSettings(a fyne.App) settings { return settings{p: a.Preferences()} }

// BackupFolder returns the folder chosen for backups in the settings, or
// "" for the folder beside the database: the opener opens with it, so the
// backup before a schema update goes there too.
func BackupFolder(a fyne.App) string { return newSettings(a).backupFolder() }

func (s settings) backupFolder() string { return s.p.String(prefBackupFolder) }

func (s settings) theme() string {
	switch t := s.p.String(prefTheme); t {
	case themeLight, themeDark:
		return t
	}
	return themeSystem
}

// WeekStart returns the first day of the week: Monday unless Sunday is chosen.
func (s settings) WeekStart() time.Weekday {
	if s.p.String(prefWeekStart) == "sunday" {
		return time.Sunday
	}
	return time.Monday
}

func (s settings) setWeekStart(d time.Weekday) {
	if d == time.Sunday {
		s.p.SetString(prefWeekStart, "sunday")
	} else {
		s.p.SetString(prefWeekStart, "monday")
	}
}

// reviewDay returns the day of the week the weekly review is asked for:
// Friday unless another is chosen.
func (s settings) reviewDay() time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(s.p.String(prefReviewDay), d.String()) {
			return d
		}
	}
	return time.Friday
}

func (s settings) setReviewDay(d time.Weekday) {
	s.p.SetString(prefReviewDay, strings.ToLower(d.String()))
}

// defaultView returns viewLast or the key of the screen to open at start.
func (s settings) defaultView() string {
	v := s.p.String(prefDefaultView)
	if screenIndex(v) < 0 {
		return viewLast
	}
	return v
}

// startScreen returns the screen to open at start.
func (s settings) startScreen() int {
	key := s.defaultView()
	if key == viewLast {
		key = s.p.String(prefLastScreen)
	}
	return max(0, screenIndex(key))
}

func (s settings) rememberScreen(i int) {
	if i >= 0 && i < len(screenKeys) {
		s.p.SetString(prefLastScreen, screenKeys[i])
	}
}

func screenIndex(key string) int {
	for i, k := range screenKeys {
		if k == key {
			return i
		}
	}
	return -1
}

// windowSize returns the size the window had when it last closed, at least
// the minimum.
func (s settings) windowSize() fyne.Size {
	w, h := s.p.Float(prefWidth), s.p.Float(prefHeight)
	if w <= 0 || h <= 0 {
		return defaultSize
	}
	return fyne.NewSize(max(float32(w), minimumSize.Width), max(float32(h), minimumSize.Height))
}

func (s settings) rememberSize(size fyne.Size) {
	if size.Width >= minimumSize.Width && size.Height >= minimumSize.Height {
		s.p.SetFloat(prefWidth, float64(size.Width))
		s.p.SetFloat(prefHeight, float64(size.Height))
	}
}

// BalanceRange returns the range last shown on the Balance screen, moved
// to today for a week, month, quarter or year: "this month" stays this
// month. A custom range comes back as it was.
func (s settings) BalanceRange(today data.Date) app.Range {
	p := app.Period(s.p.IntWithFallback(prefBalancePeriod, int(app.Month)))
	if p == app.Custom {
		from, err1 := data.ParseDate(s.p.String(prefBalanceFrom))
		to, err2 := data.ParseDate(s.p.String(prefBalanceTo))
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

func (s settings) RememberBalanceRange(r app.Range) {
	s.p.SetInt(prefBalancePeriod, int(r.Period))
	s.p.SetString(prefBalanceFrom, r.From.String())
	s.p.SetString(prefBalanceTo, r.To.String())
}
