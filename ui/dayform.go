package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/data"
	"daymark/ui/control"
)

// minutesForm is the grid of planned and actual minutes per active
// dimension, with the day's totals under it. Its columns are built so that
// Tab goes through every planned field first, then every actual field.
type minutesForm struct {
	dims            []data.Dimension // active, in order
	names           []*widget.Label
	planned, actual []*control.DurationEntry
	targets         []*widget.Label
	allocated, free [2]*widget.Label // [planned, actual]
	targetTotal     *widget.Label
	timers          []*control.KeyButton // start or stop the timer, beside each dimension
	sources         []*widget.Label      // where the actual minutes came from, under each name
	toggle          func(d data.Dimension)
	content         fyne.CanvasObject
	filling         bool // set while fill writes the fields, so changes are not the person's
}

const (
	plannedSide = 0
	actualSide  = 1
)

// nameWidth is the least room for a dimension's name: "Organisational
// improvement" on one line.
const nameWidth = 230

// newMinutesForm builds the grid for dims and calls changed after the person
// edits any field.
func newMinutesForm(dims []data.Dimension, changed func()) *minutesForm {
	f := &minutesForm{dims: dims}
	rows := &control.RowTable{}
	names := []fyne.CanvasObject{widget.NewLabelWithStyle("Dimension", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	for _, d := range dims {
		label := widget.NewLabel(d.Name)
		label.Wrapping = fyne.TextWrapWord // a long name takes two lines, never "…"
		f.names = append(f.names, label)
		source := newSourceLabel()
		f.sources = append(f.sources, source)
		names = append(names, container.NewBorder(nil, nil, container.NewCenter(control.Swatch(app.Colour(d), 12)), nil,
			container.New(layout.NewCustomPaddedVBoxLayout(-3*theme.Padding()), label, source)))
	}
	names = append(names, control.Bold("Allocated"), control.Bold("Unallocated"))

	column := func(side int, title string) fyne.CanvasObject {
		cells := []fyne.CanvasObject{widget.NewLabelWithStyle(title, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})}
		for range dims {
			e := control.NewDurationEntry()
			e.OnChanged = func(string) {
				if !f.filling {
					changed()
				}
			}
			if side == plannedSide {
				f.planned = append(f.planned, e)
			} else {
				f.actual = append(f.actual, e)
			}
			cells = append(cells, control.Middle(e))
		}
		f.allocated[side] = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		f.free[side] = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
		cells = append(cells, f.allocated[side], f.free[side])
		return control.WithWidth(100, rows.Column(cells...))
	}
	targets := []fyne.CanvasObject{widget.NewLabelWithStyle("Target", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})}
	for range dims {
		l := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
		l.Importance = widget.LowImportance
		f.targets = append(f.targets, l)
		targets = append(targets, l)
	}
	f.targetTotal = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
	f.targetTotal.Importance = widget.LowImportance
	targets = append(targets, f.targetTotal, widget.NewLabel(""))
	timers := []fyne.CanvasObject{widget.NewLabel("")} // the buttons speak for themselves
	for _, d := range dims {
		b := control.NewKeyButton("", theme.MediaPlayIcon(), func() {
			if f.toggle != nil {
				f.toggle(d)
			}
		})
		f.timers = append(f.timers, b)
		timers = append(timers, control.Middle(b))
	}
	timers = append(timers, widget.NewLabel(""), widget.NewLabel(""))
	planned, actual := column(plannedSide, "Planned"), column(actualSide, "Actual")
	f.content = container.NewBorder(nil, nil, nil,
		container.NewHBox(planned, actual, rows.Column(timers...), control.WithWidth(70, rows.Column(targets...))),
		control.WithWidth(nameWidth, rows.Column(names...)))
	return f
}

// newSourceLabel is the line under a dimension's name that says where its
// actual minutes came from: hidden while they were all typed.
func newSourceLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.LowImportance
	l.SizeName = theme.SizeNameCaptionText
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// showGuide writes the target in force beside each dimension and marks the
// focus dimension with a star.
func (f *minutesForm) showGuide(g app.Guide) {
	total := 0
	for i, d := range f.dims {
		text := "–"
		if g.Target != nil && g.Target.Minutes[d.ID] > 0 {
			text = app.FormatDuration(g.Target.Minutes[d.ID])
			total += g.Target.Minutes[d.ID]
		}
		f.targets[i].SetText(text)
		name := d.Name
		if g.Focus != nil && g.Focus.DimensionID == d.ID {
			name = "★ " + name
		}
		f.names[i].SetText(name)
	}
	f.targetTotal.SetText("")
	if total > 0 {
		f.targetTotal.SetText(app.FormatDuration(total))
	}
}

// mark flags each field that is not a duration, and clears the others.
func (f *minutesForm) mark() {
	for _, column := range [][]*control.DurationEntry{f.planned, f.actual} {
		for _, e := range column {
			_, err := app.ParseDuration(e.Text)
			e.SetValidationError(err)
		}
	}
}

// fill shows day's minutes in the fields.
func (f *minutesForm) fill(day data.Day) {
	f.filling = true
	defer func() { f.filling = false }()
	for i, d := range f.dims {
		f.planned[i].SetText(control.DurationText(day.Planned[d.ID]))
		f.actual[i].SetText(control.DurationText(day.Actual[d.ID]))
	}
	f.mark()
}

// read returns base with the minutes of the active dimensions replaced by
// what the fields say, and a sentence for every field that cannot be read
// (its minutes count as zero).
func (f *minutesForm) read(base data.Day) (data.Day, []string) {
	day := base.Clone()
	var problems []string
	for i, d := range f.dims {
		for _, side := range []struct {
			entry   *control.DurationEntry
			minutes map[int64]int
			name    string
		}{{f.planned[i], day.Planned, "planned"}, {f.actual[i], day.Actual, "actual"}} {
			m, err := app.ParseDuration(side.entry.Text)
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s, %s: %s", d.Name, side.name, err))
			}
			if m > 0 {
				side.minutes[d.ID] = m
			} else {
				delete(side.minutes, d.ID)
			}
		}
	}
	return day, problems
}

// showTotals writes the allocated and unallocated minutes of both sides and
// returns a sentence for each side over the day's 1440 minutes.
func (f *minutesForm) showTotals(day data.Day) []string {
	var problems []string
	for side, total := range []int{day.PlannedTotal(), day.ActualTotal()} {
		free := app.Unallocated(total)
		f.allocated[side].SetText(app.FormatDuration(total))
		if free < 0 {
			f.free[side].SetText(app.FormatDuration(free))
			f.free[side].Importance = widget.DangerImportance
			name := [2]string{"The plan", "The actual time"}[side]
			problems = append(problems, fmt.Sprintf("%s adds up to %s, %s more than the 24 hours in a day.", name, app.FormatDuration(total), app.FormatDuration(-free)))
		} else {
			f.free[side].SetText(app.FormatDuration(free))
			f.free[side].Importance = widget.MediumImportance
		}
		f.free[side].Refresh()
	}
	return problems
}
