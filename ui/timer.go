package ui

import (
	"time"

	"fyne.io/fyne/v2/widget"

	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
)

// The timer as the window drives it: started, switched and stopped from
// the Day planner, the Timer menu and the tray; read again after each of
// those, when another program changed the database, and once a minute
// (see resident.go); shown in the Day planner and the tray, and watched
// for time away (see idle.go). The running timer is a row in the database,
// never the window's state: the window only shows what the store says.
// These are the window's only calls into capture.Timer but for the interval
// list's corrections (daytimerlist.go).

// timerRead is what one reading of the timer brings back: the timer as it
// stands, and the Day planner's date as the timer sees it.
type timerRead struct {
	status    capture.Status
	date      data.Date
	day       capture.DayTime
	intervals []capture.DayInterval
	err       error
}

// readTimer reads the timer and the timed time of the day on screen, off
// the UI goroutine, and shows them. Readings come back in the order they
// were asked for.
func (w *Window) readTimer() {
	date := w.day.date
	var r timerRead
	w.tasks.RunInOrder(&w.timerOrder, func() { r = w.timerReading(date) }, func() { w.showTimer(r) })
}

// timerReading reads the timer's status (which stops a timer that reached
// a day's 1440 minutes), then date's timed time.
func (w *Window) timerReading(date data.Date) timerRead {
	ctx := control.BgContext()
	r := timerRead{date: date}
	if r.status, r.err = w.svc.Timer.Status(ctx); r.err != nil {
		return r
	}
	if r.day, r.err = w.svc.Timer.DayTime(ctx, date); r.err != nil {
		return r
	}
	r.intervals, r.err = w.svc.Timer.Intervals(ctx, date)
	return r
}

// showTimer hands a reading to what shows the timer.
func (w *Window) showTimer(r timerRead) {
	if r.err != nil {
		w.day.timer.say(control.Paragraph(r.err), widget.DangerImportance)
		return
	}
	if r.status.Notice != "" {
		w.day.timer.say(r.status.Notice, widget.WarningImportance)
		w.notify("The timer stopped", r.status.Notice)
	}
	if r.status.Notice != "" || r.status.Running != w.status.Running || r.status.Interval.ID != w.status.Interval.ID {
		w.day.timerMoved() // a stop landed in the day's actual minutes
	}
	w.status = r.status
	w.day.timer.show(r)
	w.showTray()
	w.idleRunning(r.status)
}

// startTimer starts dimension id at at (now when zero) with a note, or
// switches to it, then reads the timer again; done (if not nil) gets the
// refusal, or nil and the sentence saying what happened.
func (w *Window) startTimer(id int64, at time.Time, note string, done func(msg string, err error)) {
	var res capture.Result
	var err error
	w.tasks.RunInOrder(&w.timerOrder, func() { res, err = w.svc.Timer.Start(control.BgContext(), id, at, note) },
		func() { w.timerDone(res, err, done) })
}

// stopTimer stops the running timer at at (now when zero), as startTimer.
func (w *Window) stopTimer(at time.Time, done func(msg string, err error)) {
	var res capture.Result
	var err error
	w.tasks.RunInOrder(&w.timerOrder, func() { res, err = w.svc.Timer.Stop(control.BgContext(), at) },
		func() { w.timerDone(res, err, done) })
}

// timerDone shows what a start, switch or stop did.
func (w *Window) timerDone(res capture.Result, err error, done func(string, error)) {
	if done != nil {
		done(res.Message, err)
	}
	if err != nil {
		if done == nil {
			w.day.timer.say(control.Paragraph(err), widget.DangerImportance)
		}
		return
	}
	w.day.timer.say(res.Message, widget.LowImportance)
	w.day.timerMoved()
	w.readTimer()
}

// toggleTimer starts d now, or stops it when it is the one running: the
// button beside each dimension.
func (w *Window) toggleTimer(d data.Dimension) {
	if w.status.Running && w.status.Dimension.ID == d.ID {
		w.stopTimer(time.Time{}, nil)
		return
	}
	w.startTimer(d.ID, time.Time{}, "", nil)
}

// stopNow stops the running timer now (Ctrl+Shift+T), or says nothing runs.
func (w *Window) stopNow() {
	if !w.status.Running {
		w.day.timer.say("No timer is running: there is nothing to stop.", widget.LowImportance)
		return
	}
	w.stopTimer(time.Time{}, nil)
}
