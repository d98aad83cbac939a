// Package desktoptest stands in for a desktop's session bus and panel, for
// tests and the bench, the way net/http/httptest stands in for a server:
// a private dbus-daemon on a Unix socket in a folder of the caller's, and
// a StatusNotifierWatcher that says a panel shows tray icons and keeps
// the items registered with it.
package desktoptest

import (
	"bufio"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/godbus/dbus/v5"
	"github.com/godbus/dbus/v5/introspect"
	"github.com/godbus/dbus/v5/prop"
)

// ErrNoDaemon says that dbus-daemon is not installed.
var ErrNoDaemon = errors.New("dbus-daemon is not installed")

// A Bus is a private session bus.
type Bus struct {
	Address string // unix:path=…, for DBUS_SESSION_BUS_ADDRESS
	cmd     *exec.Cmd
}

// StartBus starts a session bus listening on a socket in dir.
func StartBus(dir string) (*Bus, error) {
	if _, err := exec.LookPath("dbus-daemon"); err != nil {
		return nil, ErrNoDaemon
	}
	address := "unix:path=" + filepath.Join(dir, "bus")
	cmd := exec.Command("dbus-daemon", "--session", "--nofork", "--nopidfile", "--address="+address, "--print-address")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(out).ReadString('\n')
		line <- strings.TrimSpace(s)
	}()
	select {
	case got := <-line:
		if got == "" {
			cmd.Process.Kill()
			cmd.Wait()
			return nil, errors.New("dbus-daemon did not start")
		}
		return &Bus{Address: got, cmd: cmd}, nil
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		return nil, errors.New("dbus-daemon did not say its address within 10 s")
	}
}

// Close ends the bus.
func (b *Bus) Close() error {
	b.cmd.Process.Kill()
	b.cmd.Wait()
	return nil
}

// A Panel is a StatusNotifierWatcher on a bus, with a host registered:
// what a desktop's panel that shows tray icons offers.
type Panel struct {
	conn  *dbus.Conn
	mu    sync.Mutex
	items []string
}

const (
	watcherName  = "org.kde.StatusNotifierWatcher"
	watcherPath  = "/StatusNotifierWatcher"
	watcherIface = "org.kde.StatusNotifierWatcher"
)

// StartPanel puts a panel on the bus at address.
func StartPanel(address string) (*Panel, error) {
	conn, err := dbus.Connect(address)
	if err != nil {
		return nil, err
	}
	p := &Panel{conn: conn}
	if err := conn.Export(p, watcherPath, watcherIface); err != nil {
		conn.Close()
		return nil, err
	}
	props := prop.Map{watcherIface: {
		"IsStatusNotifierHostRegistered": {Value: true, Emit: prop.EmitFalse},
		"ProtocolVersion":                {Value: int32(0), Emit: prop.EmitFalse},
		"RegisteredStatusNotifierItems":  {Value: []string{}, Emit: prop.EmitFalse},
	}}
	if _, err := prop.Export(conn, watcherPath, props); err != nil {
		conn.Close()
		return nil, err
	}
	node := &introspect.Node{Name: watcherPath, Interfaces: []introspect.Interface{introspect.IntrospectData, prop.IntrospectData,
		{Name: watcherIface, Methods: introspect.Methods(p)}}}
	if err := conn.Export(introspect.NewIntrospectable(node), watcherPath, "org.freedesktop.DBus.Introspectable"); err != nil {
		conn.Close()
		return nil, err
	}
	reply, err := conn.RequestName(watcherName, dbus.NameFlagDoNotQueue)
	if err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		conn.Close()
		return nil, fmt.Errorf("cannot own %s: %v (%v)", watcherName, err, reply)
	}
	return p, nil
}

// RegisterStatusNotifierItem is called by an app putting its icon up.
func (p *Panel) RegisterStatusNotifierItem(sender dbus.Sender, service string) *dbus.Error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.items = append(p.items, string(sender)+service)
	return nil
}

// RegisterStatusNotifierHost is called by a host; this panel is one already.
func (p *Panel) RegisterStatusNotifierHost(string) *dbus.Error { return nil }

// Items returns the items registered so far.
func (p *Panel) Items() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.items)
}

// Close takes the panel off the bus.
func (p *Panel) Close() error { return p.conn.Close() }
