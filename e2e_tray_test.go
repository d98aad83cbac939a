//go:build e2e

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"daymark/app/desktop/desktoptest"
)

// TestEndToEndTray runs the real binary on a session bus of its own with a
// panel that shows tray icons and a notification server: the tray's menu
// shows the timer that was running when Daymark started and its time so
// far, Stop in it stops the timer, a reminder due comes as a
// notification, and Quit in the menu ends Daymark.
func TestEndToEndTray(t *testing.T) {
	dir := t.TempDir()
	bus, err := desktoptest.StartBus(dir)
	if err != nil {
		t.Fatalf("a session bus: %v (run .ci/deps test)", err)
	}
	t.Cleanup(func() { bus.Close() })
	panel, err := desktoptest.StartPanel(bus.Address)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { panel.Close() })
	conn, err := dbus.Connect(bus.Address)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	notes := &notifier{}
	if err := conn.Export(notes, "/org/freedesktop/Notifications", "org.freedesktop.Notifications"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.RequestName("org.freedesktop.Notifications", dbus.NameFlagDoNotQueue); err != nil {
		t.Fatal(err)
	}

	bin := buildDaymark(t)
	db := filepath.Join(dir, "tray.db")
	from := time.Now().Truncate(time.Minute).Add(-5 * time.Minute)
	if out, err := exec.Command(bin, "timer", "start", "People", "--at", from.Format("2006-01-02T15:04"), "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("daymark timer start: %v %s", err, out)
	}
	// A home whose settings say the welcome was seen and plan the day at
	// midnight, so that its reminder is due at any time of the day.
	home := filepath.Join(dir, "home")
	prefs := filepath.Join(home, "fyne", "app.daymark.Daymark")
	if err := os.MkdirAll(prefs, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(prefs, "preferences.json"), []byte(`{"welcomed":true,"reminder.plan.on":true,"reminder.plan.at":0}`), 0o600); err != nil {
		t.Fatal(err)
	}
	d := startDaymark(t, bin, db, startXvfb(t), "DBUS_SESSION_BUS_ADDRESS="+bus.Address, "HOME="+home, "XDG_CONFIG_HOME="+home)
	d.waitForWindow(t, 30*time.Second)

	var menu dbus.BusObject
	waitFor(t, 10*time.Second, "Daymark's icon in the tray", func() (string, bool) {
		items := panel.Items()
		if len(items) == 0 {
			return "no item", false
		}
		sender, _, _ := strings.Cut(items[0], "/")
		path, err := conn.Object(sender, "/StatusNotifierItem").GetProperty("org.kde.StatusNotifierItem.Menu")
		if err != nil {
			return err.Error(), false
		}
		p, _ := path.Value().(dbus.ObjectPath)
		menu = conn.Object(sender, p)
		return string(p), true
	})
	// The menu is made anew, its items' ids with it, when its text changes
	// as a minute turns: read and click it away from a minute's turn.
	if s := time.Now().Second(); s > 50 {
		time.Sleep(time.Duration(62-s) * time.Second)
	}
	var ids map[string]int32
	waitFor(t, 10*time.Second, "the running timer in the tray's menu", func() (string, bool) {
		var labels []string
		labels, ids = trayMenu(t, menu)
		return strings.Join(labels, "|"), len(labels) > 0 && runningSince.MatchString(labels[0]) && slices.Contains(labels, "Stop People")
	})
	if err := menu.Call("com.canonical.dbusmenu.Event", 0, ids["Stop People"], "clicked", dbus.MakeVariant(int32(0)), uint32(time.Now().Unix())).Err; err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the timer stopped from the tray", func() (string, bool) {
		_, running, _, ivs := readTimer(t, db, from)
		return fmt.Sprint(running, ivs), !running && len(ivs) == 1 && ivs[0].Start.Equal(from) && !ivs[0].Running()
	})
	waitFor(t, 10*time.Second, "the tray's menu without a timer", func() (string, bool) {
		labels, _ := trayMenu(t, menu)
		return strings.Join(labels, "|"), len(labels) > 0 && labels[0] == "No timer is running" && slices.Contains(labels, "Start People")
	})
	// The reminders are read as the first minute turns.
	waitFor(t, 70*time.Second, "the plan's reminder as a notification", func() (string, bool) {
		seen := notes.all()
		return strings.Join(seen, "; "), slices.ContainsFunc(seen, func(s string) bool { return strings.HasPrefix(s, "Plan ") })
	})

	_, ids = trayMenu(t, menu)
	if err := menu.Call("com.canonical.dbusmenu.Event", 0, ids["Quit"], "clicked", dbus.MakeVariant(int32(0)), uint32(time.Now().Unix())).Err; err != nil {
		t.Fatal(err)
	}
	d.waitForExit(t, 10*time.Second)
}

// runningSince is the tray's first line while People runs: its time so far.
var runningSince = regexp.MustCompile(`^People: [56]m since \d\d:\d\d$`)

// trayMenu reads the tray's menu over D-Bus (com.canonical.dbusmenu): the
// labels of its items in order, and their ids by label.
func trayMenu(t *testing.T, menu dbus.BusObject) ([]string, map[string]int32) {
	t.Helper()
	var revision uint32
	var root struct {
		ID       int32
		Props    map[string]dbus.Variant
		Children []dbus.Variant
	}
	if err := menu.Call("com.canonical.dbusmenu.GetLayout", 0, int32(0), int32(-1), []string{}).Store(&revision, &root); err != nil {
		t.Fatalf("reading the tray's menu: %v", err)
	}
	var labels []string
	ids := map[string]int32{}
	for _, c := range root.Children {
		item, ok := c.Value().([]any)
		if len(item) != 3 || !ok {
			continue
		}
		id, _ := item[0].(int32)
		props, _ := item[1].(map[string]dbus.Variant)
		if label, ok := props["label"].Value().(string); ok {
			labels = append(labels, label)
			ids[label] = id
		}
	}
	return labels, ids
}

// notifier is a desktop's notification server: it keeps what it is sent.
type notifier struct {
	mu   sync.Mutex
	seen []string
}

func (n *notifier) Notify(app string, id uint32, icon, summary, body string, actions []string, hints map[string]dbus.Variant, timeout int32) (uint32, *dbus.Error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.seen = append(n.seen, summary+": "+body)
	return uint32(len(n.seen)), nil
}

func (n *notifier) GetCapabilities() ([]string, *dbus.Error) { return []string{"body"}, nil }

func (n *notifier) GetServerInformation() (string, string, string, string, *dbus.Error) {
	return "e2e", "daymark", "1", "1.2", nil
}

func (n *notifier) all() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.seen)
}
