//go:build !((linux || freebsd || openbsd || netbsd) && !android)

package desktop

import "errors"

// ErrNoTray says that no panel shows tray icons on this desktop.
var ErrNoTray = errors.New("this desktop shows no system tray")

// Tray reports whether the desktop shows tray icons: macOS's menu bar
// and Windows' notification area always do.
func Tray() error { return nil }

// Notifications reports whether notifications can be sent: always.
func Notifications() error { return nil }
