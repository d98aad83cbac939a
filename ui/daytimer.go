package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
)

// dayTimer is the Day planner's part of the timer: a line above the form
// saying what runs, or how to start, with Start… (or Switch…) and Stop
// at… for a time said; a start or stop beside each dimension (in the
// form); under each dimension's name, where its actual minutes came from
// ("2h 10m timed + 30m typed"); and the day's timed intervals, to correct
// or delete (daytimerlist.go). It shows readings of the timer the window
// makes (timer.go): labels only, so the minute that passes redraws no chart.
type dayTimer struct {
	w       *Window
	s       *dayScreen
	read    timerRead // the latest reading
	icon    *widget.Icon
	line    *widget.Label      // what runs, since when, for how long
	said    *widget.Label      // what the last start, switch or stop did, or why the timer stopped
	start   *control.KeyButton // Start…, or Switch… while one runs
	stopAt  *control.KeyButton
	list    *intervalList
	content fyne.CanvasObject // the line and what was said, above the form
}

func newDayTimer(w *Window, s *dayScreen) *dayTimer {
	t := &dayTimer{w: w, s: s}
	t.icon = widget.NewIcon(theme.NewPrimaryThemedResource(theme.MediaRecordIcon()))
	t.line = widget.NewLabel("")
	t.line.Wrapping = fyne.TextWrapWord
	t.said = widget.NewLabel("")
	t.said.Wrapping = fyne.TextWrapWord
	t.said.Hide()
	t.start = control.NewKeyButton("Start…", theme.MediaPlayIcon(), func() { w.askStart() })
	t.stopAt = control.NewKeyButton("Stop at…", theme.MediaStopIcon(), func() { w.askStop() })
	t.list = newIntervalList(t)
	t.content = container.NewVBox(
		container.NewBorder(nil, nil, t.icon, container.NewHBox(t.start, t.stopAt), t.line),
		t.said)
	t.showLine()
	return t
}

// show puts a reading on screen: the line, the buttons, where each
// dimension's time came from, and the intervals of the day on screen.
func (t *dayTimer) show(r timerRead) {
	t.read = r
	t.showLine()
	t.showButtons()
	if r.date == t.s.date {
		day, _ := t.s.read()
		t.showSources(day)
		t.list.show(r.intervals)
	}
}

// showLine says what runs, or how to start.
func (t *dayTimer) showLine() {
	st := t.read.status
	if !st.Running {
		t.icon.Hide()
		t.line.TextStyle = fyne.TextStyle{}
		t.line.Importance = widget.LowImportance
		t.line.SetText("No timer is running. Start one beside a dimension, or with Start… at a time you say (Ctrl+T).")
		t.start.SetText("Start…")
		t.stopAt.Hide()
		return
	}
	t.icon.Show()
	t.line.TextStyle = fyne.TextStyle{Bold: true}
	t.line.Importance = widget.MediumImportance
	t.line.SetText(runningText(st, t.w.svc.Timer.Location, t.w.clock.Now()))
	t.start.SetText("Switch…")
	t.stopAt.Show()
}

// runningText says what runs: "People: 1h 05m since 09:15 · one-to-ones".
func runningText(st capture.Status, loc *time.Location, now time.Time) string {
	if loc == nil {
		loc = time.Local
	}
	start := st.Interval.Start.In(loc)
	when := start.Format("15:04")
	if data.DateOf(start) != data.DateOf(now.In(loc)) {
		when = start.Format("Mon 2 Jan 15:04")
	}
	text := fmt.Sprintf("%s: %s since %s", st.Dimension.Name, app.FormatDuration(st.Minutes), when)
	if st.Minutes == 0 {
		text = fmt.Sprintf("%s: started at %s", st.Dimension.Name, when)
	}
	if st.Interval.Note != "" {
		text += " · " + st.Interval.Note
	}
	return text
}

// showButtons shows stop beside the running dimension, start beside the others.
func (t *dayTimer) showButtons() {
	st := t.read.status
	for i, d := range t.s.form.dims {
		b := t.s.form.timers[i]
		running := st.Running && st.Dimension.ID == d.ID
		icon, importance := theme.MediaPlayIcon(), widget.MediumImportance
		if running {
			icon, importance = theme.MediaStopIcon(), widget.HighImportance
		}
		if b.Icon != icon || b.Importance != importance {
			b.Icon, b.Importance = icon, importance
			b.Refresh()
		}
	}
}

// showSources writes under each name where its actual minutes came from,
// with day's actual minutes as typed: what is typed is the rest once the
// timed minutes are counted.
func (t *dayTimer) showSources(day data.Day) {
	r := t.read
	dt := capture.DayTime{Day: day}
	if r.date == t.s.date && r.err == nil {
		dt.Imported, dt.Running, dt.Live = r.day.Imported, r.day.Running, r.day.Live
	}
	for i, d := range t.s.form.dims {
		text := dt.Text(d.ID)
		l := t.s.form.sources[i]
		if text == l.Text && l.Visible() == (text != "") {
			continue
		}
		l.SetText(text)
		if text == "" {
			l.Hide()
		} else {
			l.Show()
		}
	}
}

// say shows what a start, switch or stop did (low importance), why the
// timer stopped by itself (warning) or a problem (danger), under the line.
func (t *dayTimer) say(text string, importance widget.Importance) {
	t.said.Importance = importance
	t.said.SetText(text)
	t.said.Show()
}

// dayShown follows the Day planner to the day it shows: another day's
// timed time is read, and what was said of the last one goes.
func (t *dayTimer) dayShown() {
	if t.read.date == t.s.date {
		return
	}
	t.said.Hide()
	t.list.show(nil)
	t.w.readTimer()
}

// toggle starts d now, or stops it when it runs: the button beside it.
func (t *dayTimer) toggle(d data.Dimension) { t.w.toggleTimer(d) }
