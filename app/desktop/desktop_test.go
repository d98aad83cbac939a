//go:build (linux || freebsd || openbsd || netbsd) && !android

package desktop

import (
	"errors"
	"strings"
	"testing"

	"daymark/app/desktop/desktoptest"
)

func TestATrayIsThereOnlyWhereAPanelShowsOne(t *testing.T) {
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir()) // no bus found there by chance
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	if err := Tray(); !errors.Is(err, ErrNoTray) || !strings.Contains(err.Error(), "no session bus") {
		t.Errorf("no session bus: %v", err)
	}
	if err := Notifications(); err == nil {
		t.Error("no session bus, yet notifications can be sent")
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "tcp:host=127.0.0.1,port=1")
	if err := Tray(); !errors.Is(err, ErrNoTray) || !strings.Contains(err.Error(), "not a Unix socket") {
		t.Errorf("a TCP bus: %v", err)
	}

	bus, err := desktoptest.StartBus(t.TempDir())
	if errors.Is(err, desktoptest.ErrNoDaemon) {
		t.Skip("dbus-daemon is not installed: make test installs it")
	} else if err != nil {
		t.Fatal(err)
	}
	defer bus.Close()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", bus.Address)
	if err := Tray(); !errors.Is(err, ErrNoTray) || !strings.Contains(err.Error(), "no StatusNotifierWatcher") {
		t.Errorf("a bus with no panel: %v", err)
	}
	if err := Notifications(); err != nil {
		t.Errorf("a bus, yet no notifications: %v", err)
	}
	panel, err := desktoptest.StartPanel(bus.Address)
	if err != nil {
		t.Fatal(err)
	}
	if err := Tray(); err != nil {
		t.Errorf("a panel, yet no tray: %v", err)
	}
	panel.Close()
	if err := Tray(); !errors.Is(err, ErrNoTray) {
		t.Errorf("the panel gone, yet a tray: %v", err)
	}
}
