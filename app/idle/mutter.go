package idle

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/godbus/dbus/v5"
)

// MutterSource reads idle time from GNOME's IdleMonitor on the session bus.
type MutterSource struct {
	conn *dbus.Conn
	obj  dbus.BusObject
}

// Mutter connects to the session bus at address (empty: the session's own)
// through its Unix socket and checks that GNOME's IdleMonitor answers.
func Mutter(address string) (*MutterSource, error) {
	if address == "" {
		address = SessionBusAddress()
	}
	local, err := LocalBus(address)
	if err != nil {
		return nil, err
	}
	conn, err := dbus.Connect(local)
	if err != nil {
		return nil, fmt.Errorf("the session bus does not answer: %w", err)
	}
	m := &MutterSource{conn: conn, obj: conn.Object("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core")}
	if _, err := m.Idle(); err != nil {
		conn.Close()
		return nil, err
	}
	return m, nil
}

// Idle returns the time since the last key press or mouse move.
func (m *MutterSource) Idle() (time.Duration, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var ms uint64
	if err := m.obj.CallWithContext(ctx, "org.gnome.Mutter.IdleMonitor.GetIdletime", 0).Store(&ms); err != nil {
		return 0, fmt.Errorf("GNOME's idle monitor did not answer: %w", err)
	}
	return time.Duration(ms) * time.Millisecond, nil
}

// Name says what the source asks.
func (m *MutterSource) Name() string { return "GNOME" }

// Close closes the connection.
func (m *MutterSource) Close() error { return m.conn.Close() }

// SessionBusAddress returns the session bus's address: the environment's,
// or the socket systemd makes in the runtime folder. Never D-Bus's
// autolaunch, which starts a bus of its own.
func SessionBusAddress() string {
	if a := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); a != "" {
		return a
	}
	if dir := os.Getenv("XDG_RUNTIME_DIR"); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "bus")); err == nil {
			return "unix:path=" + filepath.Join(dir, "bus")
		}
	}
	return ""
}

// LocalBus checks that a D-Bus address reaches the bus only through Unix
// sockets on this machine (unix:path=… or unix:abstract=…), and returns it.
// Any other transport in it (tcp:, nonce-tcp:, unixexec:, autolaunch:,
// launchd:) is refused, since D-Bus would try it when the others fail.
func LocalBus(address string) (string, error) {
	if address == "" {
		return "", fmt.Errorf("there is no session bus")
	}
	for _, entry := range strings.Split(address, ";") {
		transport, keys, _ := strings.Cut(entry, ":")
		if transport != "unix" {
			return "", fmt.Errorf("the session bus address %q is reached through %q, not a Unix socket on this machine: Daymark does not use it", address, transport)
		}
		ok := false
		for _, kv := range strings.Split(keys, ",") {
			if k, v, _ := strings.Cut(kv, "="); (k == "path" || k == "abstract") && v != "" {
				ok = true
			}
		}
		if !ok {
			return "", fmt.Errorf("the session bus address %q names no socket", address)
		}
	}
	return address, nil
}
