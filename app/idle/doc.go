// Package idle tells how long the person has been away from the keyboard
// and mouse, from what the desktop offers: the X11 screensaver extension
// (github.com/jezek/xgb, pure Go over the X server's socket, no cgo) or
// GNOME Mutter's IdleMonitor over the session D-Bus
// (github.com/godbus/dbus/v5). Where neither answers, Detect says so, and
// the timer's rules fall back on noticing sleep (capture.IdleTracker).
//
// It also says how large the X server's screen is (ScreenSize), so that
// the window's first size fits it.
//
// These are adapters to the operating system, not Fyne, and not rules:
// package capture decides what idle time means. They connect only to Unix
// sockets on this machine: a DISPLAY or DBUS_SESSION_BUS_ADDRESS that
// names a network host is refused before anything is dialled, so Daymark
// still opens no network connection.
//
// It imports nothing of the project and nothing of Fyne.
package idle

import (
	"errors"
	"time"
)

// A Source reports how long the person has been idle: no key pressed, no
// mouse moved.
type Source interface {
	Idle() (time.Duration, error)
	Name() string // what it asks, for Settings: "the X server", "GNOME"
	Close() error
}

// ErrUnavailable says that the desktop offers no idle time Daymark can read.
var ErrUnavailable = errors.New("idle detection is unavailable on this desktop: Daymark asks about time away when the computer wakes from sleep instead")

// None is the source where nothing answers: it never knows.
type None struct{}

// Idle always fails with ErrUnavailable.
func (None) Idle() (time.Duration, error) { return 0, ErrUnavailable }

// Name says there is no source.
func (None) Name() string { return "none" }

// Close does nothing.
func (None) Close() error { return nil }

// Detect returns the first source that answers: GNOME's IdleMonitor (it
// sees Wayland sessions too), then the X server's screensaver extension;
// or None and an error wrapping ErrUnavailable, with why each failed.
func Detect() (Source, error) {
	var errs []error
	if m, err := Mutter(""); err == nil {
		return m, nil
	} else {
		errs = append(errs, err)
	}
	if x, err := X11(""); err == nil {
		return x, nil
	} else {
		errs = append(errs, err)
	}
	return None{}, errors.Join(append([]error{ErrUnavailable}, errs...)...)
}
