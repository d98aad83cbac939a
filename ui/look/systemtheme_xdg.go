//go:build linux || openbsd || freebsd || netbsd

package look

import (
	"fyne.io/fyne/v2"
	portal "github.com/rymdport/portal/settings"
	"github.com/rymdport/portal/settings/appearance"
)

// WatchSystemTheme asks the desktop portal for the colour scheme, then
// listens for changes, on a goroutine of its own: the lookup can hang on
// some desktops. No portal, or no preference, is light.
func WatchSystemTheme(a fyne.App) {
	systemWatching.Store(true)
	go func() {
		scheme, err := appearance.GetColorScheme()
		if err != nil {
			systemSilent()
			return
		}
		SetSystemDark(a, scheme == appearance.Dark)
		portal.OnSignalSettingChanged(func(c portal.Changed) {
			if c.Namespace == appearance.Namespace && c.Key == "color-scheme" {
				scheme, _ := appearance.ValueToColorScheme(c.Value)
				SetSystemDark(a, scheme == appearance.Dark)
			}
		})
	}()
}
