package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
)

// askAboutAway asks, on the person's return, what the time away was while
// the interval running ran: kept for the running dimension (the default,
// and Escape: nothing changes), dropped, or given to another dimension;
// and whether the timer goes on or stops. A window closed to the tray
// opens to ask.
func (w *Window) askAboutAway(running string, away capture.Away) {
	st := w.status
	if w.idle.asking || !st.Running || st.Interval.ID != running {
		return // already asking, or the timer changed meanwhile
	}
	w.idle.asking = true
	w.reveal()
	loc := w.svc.Timer.Location
	today := data.DateOf(w.clock.Now().In(loc))
	text := widget.NewLabel(fmt.Sprintf("You were away from %s to %s (%s) while %s was timed. What was that time?",
		clockOn(away.Since, today, loc), clockOn(away.Back, today, loc), app.FormatDuration(away.Minutes()), st.Dimension.Name))
	text.Wrapping = fyne.TextWrapWord

	var others []data.Dimension
	var names []string
	for _, d := range app.Active(w.day.all) {
		if d.ID != st.Dimension.ID {
			others = append(others, d)
			names = append(names, d.Name)
		}
	}
	to := control.NewSelectField(names, nil)
	if len(names) > 0 {
		to.SetSelectedIndex(0)
	}
	stop := control.NewCheckBox("Stop the timer rather than go on with "+st.Dimension.Name, nil)
	giveTo := widget.NewFormItem("Give it to", to)
	body := container.NewVBox(text, widget.NewForm(giveTo), stop)

	decide := func(choice capture.IdleChoice, stopIt bool) {
		d := capture.IdleDecision{Running: running, Since: away.Since, Choice: choice, Stop: stopIt}
		if choice == capture.IdleGive && to.SelectedIndex() >= 0 {
			d.To = others[to.SelectedIndex()].ID
		}
		if choice == capture.IdleKeep && !d.Stop {
			w.day.timer.say("The time away was kept for "+st.Dimension.Name+".", widget.LowImportance)
			return // nothing to change
		}
		var res capture.Result
		var err error
		w.tasks.RunInOrder(&w.timerOrder, func() { res, err = w.svc.Timer.Idle(control.BgContext(), d) }, func() {
			if err != nil {
				w.day.timer.say(control.Paragraph(err), widget.DangerImportance)
				return
			}
			w.day.timer.say(res.Message, widget.LowImportance)
			w.day.timerMoved()
			w.readTimer()
		})
	}
	b := control.NewDialog(w.win, "You were away", control.WithWidth(460, body))
	b.Button("Keep it for "+st.Dimension.Name, widget.HighImportance, true, func() { decide(capture.IdleKeep, stop.Checked) })
	b.Button("Drop it", widget.MediumImportance, false, func() { decide(capture.IdleDrop, stop.Checked) })
	give := b.Button("Give it", widget.MediumImportance, false, func() { decide(capture.IdleGive, stop.Checked) })
	if len(others) == 0 {
		give.Disable()
		giveTo.HintText = "there is no other dimension to give it to"
	}
	b.Cancel = func() { // Escape: nothing changes
		b.Hide()
		decide(capture.IdleKeep, false)
	}
	b.Closed = func() { w.idle.asking = false }
	b.Show()
}
