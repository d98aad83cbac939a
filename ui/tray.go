package ui

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"daymark/app"
	"daymark/app/desktop"
	"daymark/ui/control"
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
	menu          string     // the tray menu's text last set
	shown         *fyne.Menu // the one menu given to the tray, its items replaced on each change
	icon          bool       // the tray's icon is set
}

func newDesktopOffer(a fyne.App) desktopOffer {
	d := desktopOffer{tray: desktop.Tray, notifications: desktop.Notifications}
	d.app, _ = a.(trayApp)
	return d
}

// desktopAnswer is what the desktop said: whether it shows a tray, and
// notifications.
type desktopAnswer struct{ tray, notifications error }

// desktopAsked is the question Prepare asks the desktop as Daymark
// starts, beside the fonts and the database; nil once a window has the
// answer, or when Prepare was not called.
var desktopAsked chan desktopAnswer

// trayUp says that the tray was put up before the app ran: Fyne starts
// its tray only as its event loop starts, so a window opened later (another
// database) has a tray only if the first one put it up.
var trayUp bool

// askDesktop asks the desktop, off the UI goroutine, what it offers.
func askDesktop() {
	c := make(chan desktopAnswer, 1)
	desktopAsked = c
	go func() { c <- desktopAnswer{desktop.Tray(), desktop.Notifications()} }()
}

// trayWait is how long the first window waits for the desktop's answer,
// after its first frame: a desktop that does not say by then gets no tray.
var trayWait = 300 * time.Millisecond

// detectTray finds out whether the desktop shows a tray and notifications.
// Before the app runs (the first window), the tray goes up at once, the
// answer waited for; after, the window asks off the UI goroutine.
func (w *Window) detectTray(beforeRun bool) {
	if !beforeRun {
		var a desktopAnswer
		w.tasks.Run(func() { a = desktopAnswer{w.desk.tray(), w.desk.notifications()} }, func() {
			w.desktopAnswered(a, trayUp)
		})
		return
	}
	a := desktopAnswer{tray: errors.New("the desktop did not say in time whether it shows a tray")}
	a.notifications = a.tray
	if desktopAsked != nil {
		select {
		case a = <-desktopAsked:
		case <-time.After(trayWait):
		}
		desktopAsked = nil
	} else { // no Prepare: a test's desktop
		a = desktopAnswer{w.desk.tray(), w.desk.notifications()}
	}
	w.desktopAnswered(a, true)
	trayUp = w.desk.hasTray
}

// desktopAnswered goes by what the desktop said; canTray says whether a
// tray may still be put up.
func (w *Window) desktopAnswered(a desktopAnswer, canTray bool) {
	w.desk.hasTray = a.tray == nil && w.desk.app != nil && canTray
	w.desk.canNotify = a.notifications == nil
	w.showTray()
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
	// Fyne's tray, once ready, draws again the first menu it was given,
	// possibly after later ones: so it is always given the same menu,
	// whose items are the latest.
	if w.desk.shown == nil {
		w.desk.shown = menu
	} else {
		w.desk.shown.Items = menu.Items
	}
	w.desk.app.SetSystemTrayMenu(w.desk.shown)
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
		control.ShowProblem(w.win, "The timer did not change", err)
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
