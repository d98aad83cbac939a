//go:build (linux || freebsd || openbsd || netbsd) && !android

package desktop

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/godbus/dbus/v5"

	"daymark/app/idle"
)

// ErrNoTray says that no panel shows tray icons on this desktop.
var ErrNoTray = errors.New("this desktop shows no system tray")

// Tray reports whether a panel shows tray icons: nil when one does, or
// why not (wrapping ErrNoTray).
func Tray() error {
	conn, err := sessionBus()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoTray, err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var shown dbus.Variant
	err = conn.Object("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher").
		CallWithContext(ctx, "org.freedesktop.DBus.Properties.Get", 0, "org.kde.StatusNotifierWatcher", "IsStatusNotifierHostRegistered").
		Store(&shown)
	if err != nil {
		return fmt.Errorf("%w: no StatusNotifierWatcher answers on the session bus (%v)", ErrNoTray, err)
	}
	if ok, _ := shown.Value().(bool); !ok {
		return fmt.Errorf("%w: no panel has registered to show tray icons", ErrNoTray)
	}
	return nil
}

// Notifications reports whether notifications can be sent: nil when the
// session bus is a Unix socket on this machine, or why not.
func Notifications() error {
	conn, err := sessionBus()
	if err != nil {
		return err
	}
	return conn.Close()
}

// sessionBus connects privately to the session bus, only through a Unix
// socket on this machine and never by starting one.
func sessionBus() (*dbus.Conn, error) {
	address, err := idle.LocalBus(idle.SessionBusAddress())
	if err != nil {
		return nil, err
	}
	conn, err := dbus.Connect(address)
	if err != nil {
		return nil, fmt.Errorf("the session bus does not answer: %w", err)
	}
	return conn, nil
}
