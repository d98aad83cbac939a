package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"daymark/app"
	"daymark/app/desktop"
)

// The system tray: on desktops that show one, Daymark's icon there has a
// menu with the running timer and its time so far, a start or switch for
// each dimension, stop, Open Daymark and Quit. The menu is set again only
// when its text changes: once a minute while a timer runs, and when the
// timer or the dimensions change. Where no panel shows tray icons the
// window sets none (Fyne's tray without a session bus fails as Daymark
// quits), and closing the window quits as it always has.

// trayApp is what the tray needs of the app: Fyne's desktop.App.
type trayApp interface {
	SetSystemTrayMenu(menu *fyne.Menu)
	SetSystemTrayIcon(icon fyne.Resource)
}

// desktopOffer is what the desktop offers beyond the window, found out
// off the UI goroutine as the window opens.
type desktopOffer struct {
	tray          func() error // whether a tray is shown: package desktop's, or a test's
	notifications func() error
	app           trayApp // the app's tray; nil where Fyne has none
	hasTray       bool
	canNotify     bool
	menu          string // the tray menu's text last set
	icon          bool   // the tray's icon is set
}

func newDesktopOffer(a fyne.App) desktopOffer {
	d := desktopOffer{tray: desktop.Tray, notifications: desktop.Notifications}
	d.app, _ = a.(trayApp)
	return d
}

// detectTray finds out whether the desktop shows a tray and notifications.
func (w *Window) detectTray() {
	var trayErr, notifyErr error
	w.tasks.run(func() { trayErr, notifyErr = w.desk.tray(), w.desk.notifications() }, func() {
		w.desk.hasTray = trayErr == nil && w.desk.app != nil
		w.desk.canNotify = notifyErr == nil
		w.showTray()
	})
}

// showTray sets the tray's menu, when it changed.
func (w *Window) showTray() {
	if !w.desk.hasTray {
		return
	}
	menu := w.trayMenu()
	text := menuText(menu)
	if text == w.desk.menu {
		return
	}
	w.desk.menu = text
	w.desk.app.SetSystemTrayMenu(menu)
	if icon := w.app.Icon(); icon != nil && !w.desk.icon {
		w.desk.icon = true
		w.desk.app.SetSystemTrayIcon(icon)
	}
}

// trayMenu is the tray's menu as the timer stands.
func (w *Window) trayMenu() *fyne.Menu {
	st := w.status
	head := fyne.NewMenuItem("No timer is running", nil)
	if st.Running {
		head.Label = runningText(st, w.svc.Timer.Location, w.clock.Now())
	}
	head.Disabled = true
	items := []*fyne.MenuItem{head, fyne.NewMenuItemSeparator()}
	for _, d := range app.Active(w.day.all) {
		if st.Running && d.ID == st.Dimension.ID {
			continue
		}
		label := "Start " + d.Name
		if st.Running {
			label = "Switch to " + d.Name
		}
		id := d.ID
		items = append(items, fyne.NewMenuItem(label, func() { w.startTimer(id, time.Time{}, "", w.trayRefused) }))
	}
	if st.Running {
		items = append(items, fyne.NewMenuItem("Stop "+st.Dimension.Name, func() { w.stopTimer(time.Time{}, w.trayRefused) }))
	}
	quit := fyne.NewMenuItem("Quit", w.quit)
	quit.IsQuit = true
	items = append(items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Open Daymark", w.reveal), quit)
	return fyne.NewMenu("Daymark", items...)
}

// trayRefused shows why a start or stop from the tray was refused, in the window.
func (w *Window) trayRefused(_ string, err error) {
	if err != nil {
		w.reveal()
		showProblem(w.win, "The timer did not change", err)
	}
}

// menuText is a menu's labels, to tell whether it changed.
func menuText(m *fyne.Menu) string {
	var b strings.Builder
	for _, i := range m.Items {
		b.WriteString(i.Label)
		b.WriteByte('\n')
	}
	return b.String()
}
