package look

import (
	"image/color"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"daymark/ui/prefs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// AppTheme is Fyne's theme with Daymark's colours where Fyne's own are
// too faint to read (secondary text, placeholders, outlines, the focus,
// the status colours: see palette), in the variant the person chose, or
// the system's when fixed is false.
type AppTheme struct {
	fyne.Theme
	Fixed   bool
	Variant fyne.ThemeVariant // when fixed
	byEnv   bool              // FYNE_THEME names a variant: Fyne's reading of it is followed
}

// Color gives Daymark's colour of n, or Fyne's, in the theme's variant.
func (t AppTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.Effective(v)
	if c, ok := palette[v][n]; ok {
		return c
	}
	return t.Theme.Color(n, v)
}

// Effective is the variant the window is drawn in: the one chosen, or the
// system's.
func (t AppTheme) Effective(fyneVariant fyne.ThemeVariant) fyne.ThemeVariant {
	switch {
	case t.Fixed:
		return t.Variant
	case t.byEnv:
		return fyneVariant
	case SystemDark.Load():
		return theme.VariantDark
	}
	return theme.VariantLight
}

// palette holds the colours Daymark sets itself, per variant. Each meets
// WCAG 2.2 against the backgrounds it is drawn on: 4.5:1 for text
// (secondary text is Fyne's "disabled" colour: low-importance labels,
// hints, list subtitles), 3:1 for outlines and the focus (see
// theme_test.go, which computes the ratios).
var palette = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameForeground:          rgb(0x1f, 0x23, 0x28),
		theme.ColorNameDisabled:            rgb(0x57, 0x5c, 0x63),
		theme.ColorNamePlaceHolder:         rgb(0x66, 0x6b, 0x72),
		theme.ColorNameInputBorder:         rgb(0x86, 0x8b, 0x93),
		theme.ColorNameFocus:               color.NRGBA{R: 0x0b, G: 0x2e, B: 0x7a, A: 0x87},
		theme.ColorNameError:               rgb(0xc6, 0x28, 0x28),
		theme.ColorNameSuccess:             rgb(0x1b, 0x7a, 0x34),
		theme.ColorNameWarning:             rgb(0xa8, 0x4b, 0x00),
		theme.ColorNameForegroundOnWarning: rgb(0xff, 0xff, 0xff),
		theme.ColorNameForegroundOnSuccess: rgb(0xff, 0xff, 0xff),
		theme.ColorNameHyperlink:           rgb(0x1a, 0x56, 0xdb),
		theme.ColorNamePrimary:             rgb(0x1a, 0x56, 0xdb),
	},
	theme.VariantDark: {
		theme.ColorNameDisabled:            rgb(0xa3, 0xa6, 0xad),
		theme.ColorNamePlaceHolder:         rgb(0xa3, 0xa6, 0xad),
		theme.ColorNameInputBorder:         rgb(0x78, 0x7c, 0x84),
		theme.ColorNameFocus:               color.NRGBA{R: 0x8a, G: 0xb4, B: 0xff, A: 0x80},
		theme.ColorNameError:               rgb(0xff, 0x6b, 0x61),
		theme.ColorNameSuccess:             rgb(0x4a, 0xde, 0x80),
		theme.ColorNameWarning:             rgb(0xf5, 0x9e, 0x0b),
		theme.ColorNameForegroundOnWarning: rgb(0x17, 0x17, 0x18),
		theme.ColorNameForegroundOnSuccess: rgb(0x17, 0x17, 0x18),
		theme.ColorNameHyperlink:           rgb(0x7c, 0xaa, 0xff),
		theme.ColorNamePrimary:             rgb(0x25, 0x63, 0xeb),
	},
}

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }

// ApplyTheme follows the system, or holds the window light or dark.
func ApplyTheme(a fyne.App, choice string) {
	switch choice {
	case prefs.ThemeLight:
		a.Settings().SetTheme(AppTheme{Theme: theme.DefaultTheme(), Fixed: true, Variant: theme.VariantLight})
	case prefs.ThemeDark:
		a.Settings().SetTheme(AppTheme{Theme: theme.DefaultTheme(), Fixed: true, Variant: theme.VariantDark})
	default:
		env := os.Getenv("FYNE_THEME")
		a.Settings().SetTheme(AppTheme{Theme: theme.DefaultTheme(), byEnv: env == "light" || env == "dark"})
	}
}

// What the system says of light and dark: systemDark once it has said
// dark, light while it says nothing (no desktop portal, no preference).
// Fyne's own guess is dark when the system is silent, so appTheme follows
// it only when FYNE_THEME names a variant.
var (
	SystemDark     atomic.Bool
	systemWatching atomic.Bool           // watchSystemTheme was started
	systemHeard    = make(chan struct{}) // closed once the system has answered, or cannot
	heardOnce      sync.Once
)

// SetSystemDark records what the system says, and redraws the window in
// it when the window follows the system. Safe from any goroutine.
func SetSystemDark(a fyne.App, dark bool) {
	changed := SystemDark.Swap(dark) != dark
	heardOnce.Do(func() { close(systemHeard) })
	if !changed {
		return
	}
	fyne.Do(func() {
		if t, ok := a.Settings().Theme().(AppTheme); ok && !t.Fixed {
			a.Settings().SetTheme(t) // the same theme again: everything is redrawn
		}
	})
}

// systemSilent records that the system will not say.
func systemSilent() { heardOnce.Do(func() { close(systemHeard) }) }

// WaitForSystemTheme waits a moment for the system's first answer, so a
// window on a dark desktop does not open light and turn dark.
func WaitForSystemTheme(limit time.Duration) {
	if !systemWatching.Load() {
		return
	}
	if t, ok := fyne.CurrentApp().Settings().Theme().(AppTheme); ok && (t.Fixed || t.byEnv) {
		return // the person chose: nothing to wait for
	}
	select {
	case <-systemHeard:
	case <-time.After(limit):
	}
}
