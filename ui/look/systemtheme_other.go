//go:build !(linux || openbsd || freebsd || netbsd)

package look

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// WatchSystemTheme follows Fyne's reading of the system's variant, which
// on macOS and Windows asks the system itself.
func WatchSystemTheme(a fyne.App) {
	systemWatching.Store(true)
	follow := func(s fyne.Settings) { SetSystemDark(a, s.ThemeVariant() == theme.VariantDark) }
	follow(a.Settings())
	a.Settings().AddListener(follow)
}
