package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/look"
)

// intervalList is the day's timed intervals, under the Day planner's
// form: each with its times, dimension, minutes on the day and note, to
// correct or delete; and Add time… for time forgotten to be timed. Its
// rows are kept and given new texts at each reading, so the minute that
// passes makes nothing new and a row's button keeps the focus.
type intervalList struct {
	t         *dayTimer
	title     *widget.Label
	add       *control.KeyButton
	rows      *fyne.Container
	shown     []intervalRow
	intervals []capture.DayInterval
	content   fyne.CanvasObject
}

// intervalRow is one interval's line.
type intervalRow struct {
	box          *fyne.Container
	colour       *canvas.Rectangle
	text         *widget.Label
	edit, remove *control.KeyButton
}

func newIntervalList(t *dayTimer) *intervalList {
	l := &intervalList{t: t}
	l.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.add = control.NewKeyButton("Add time…", look.PlainIcon(theme.ContentAddIcon()), func() { t.w.askInterval(nil, t.s.date) })
	l.rows = container.NewVBox()
	l.content = container.NewVBox(container.NewBorder(nil, nil, nil, l.add, l.title), l.rows)
	l.show(nil)
	return l
}

// show lists intervals.
func (l *intervalList) show(intervals []capture.DayInterval) {
	l.intervals = intervals
	switch len(intervals) {
	case 0:
		l.title.SetText("Nothing timed on this day")
	case 1:
		l.title.SetText("Timed on this day: 1 interval")
	default:
		l.title.SetText(fmt.Sprintf("Timed on this day: %d intervals", len(intervals)))
	}
	for len(l.shown) < len(intervals) {
		l.shown = append(l.shown, l.newRow(len(l.shown)))
		l.rows.Add(l.shown[len(l.shown)-1].box)
	}
	for len(l.shown) > len(intervals) {
		last := l.shown[len(l.shown)-1]
		l.rows.Remove(last.box)
		l.shown = l.shown[:len(l.shown)-1]
	}
	loc := l.t.w.svc.Timer.Location
	for i, iv := range intervals {
		r := l.shown[i]
		d := dimensionIn(l.t.s.all, iv.DimensionID)
		if c := app.Colour(d); r.colour.FillColor != c {
			r.colour.FillColor = c
			r.colour.Refresh()
		}
		if text := intervalText(iv, d, l.t.s.date, loc); r.text.Text != text {
			r.text.SetText(text)
		}
	}
}

// newRow makes the row that shows the i-th interval.
func (l *intervalList) newRow(i int) intervalRow {
	r := intervalRow{colour: control.Swatch(theme.Color(theme.ColorNameDisabled), 12), text: widget.NewLabel("")}
	r.text.Wrapping = fyne.TextWrapWord
	r.edit = control.NewKeyButton("", theme.DocumentCreateIcon(), func() {
		if i < len(l.intervals) {
			iv := l.intervals[i].Interval
			l.t.w.askInterval(&iv, l.t.s.date)
		}
	})
	r.remove = control.NewKeyButton("", theme.DeleteIcon(), func() {
		if i < len(l.intervals) {
			l.t.w.askDelete(l.intervals[i], dimensionIn(l.t.s.all, l.intervals[i].DimensionID))
		}
	})
	r.box = container.NewBorder(nil, nil, container.NewCenter(r.colour), container.NewHBox(r.edit, r.remove), r.text)
	return r
}

// intervalText is an interval's line: "09:15–10:20 People, 1h 05m · one-to-ones".
func intervalText(iv capture.DayInterval, d data.Dimension, date data.Date, loc *time.Location) string {
	until := "now"
	if !iv.Running() {
		until = clockOn(iv.End, date, loc)
	}
	text := fmt.Sprintf("%s–%s  %s, %s", clockOn(iv.Start, date, loc), until, d.Name, app.FormatDuration(iv.Minutes))
	if iv.Running() {
		text += " so far"
	}
	if iv.Note != "" {
		text += " · " + iv.Note
	}
	return text
}

// clockOn writes a time as seen from date: 09:15 on date, Sun 29 Nov 22:00 on another.
func clockOn(at time.Time, date data.Date, loc *time.Location) string {
	if loc == nil {
		loc = time.Local
	}
	at = at.In(loc)
	if data.DateOf(at) == date {
		return at.Format("15:04")
	}
	return at.Format("Mon 2 Jan 15:04")
}

// dimensionIn returns the dimension with id among all, or one named for
// a dimension that is gone.
func dimensionIn(all []data.Dimension, id int64) data.Dimension {
	for _, d := range all {
		if d.ID == id {
			return d
		}
	}
	return data.Dimension{ID: id, Name: "a removed dimension"}
}
