package ui

import "daymark/ui/control"

// Closing the window: it quits Daymark, unless "Keep running in the tray"
// is on (File → Settings; off unless chosen) and a tray is there to keep
// it in, asked again at each close since a panel can go. Then the window
// saves what is open and hides, the timer, the tray and the reminders go
// on, and the first time it says where Daymark went.

// The preference keys of the tray.
const (
	prefCloseToTray = "closeToTray" // closing the window leaves Daymark in the tray
	prefTrayTold    = "trayTold"    // the first close to the tray has said where Daymark went
)

// close is what the window's close button does.
func (w *Window) close() {
	if !w.settings.Store.Bool(prefCloseToTray) || w.desk.app == nil {
		w.quit()
		return
	}
	var err error
	w.tasks.Run(func() { err = w.desk.tray() }, func() {
		switch {
		case err != nil:
			w.quit() // nowhere to be found again: closing quits
		case w.settings.Store.Bool(prefTrayTold):
			w.hide()
		default:
			control.Ask(w.win, "Daymark stays in the tray",
				"Closing the window leaves Daymark running in the system tray, with the timer and the reminders. "+
					"Its icon's menu starts, switches and stops the timer, and opens the window again. "+
					"To end Daymark, choose Quit in that menu or in the File menu (Ctrl+Q).",
				"Keep the window open", "Close to the tray", false, func(yes bool) {
					if yes {
						w.settings.Store.SetBool(prefTrayTold, true)
						w.hide()
					}
				})
		}
	})
}

// hide saves what is open (or asks) and hides the window; Daymark goes
// on in the tray.
func (w *Window) hide() {
	w.nav.Front().Leave(func() {
		w.rememberWindow()
		w.hidden = true
		w.win.Hide()
		w.showTray()
	})
}

// reveal shows the window again, as it was, with what changed meanwhile.
func (w *Window) reveal() {
	w.win.Show()
	w.win.RequestFocus()
	if w.hidden {
		w.hidden = false
		w.lookForChanges()
		w.readTimer()
	}
}
