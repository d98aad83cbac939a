package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
)

// dateField is a field for a date written YYYY-MM-DD, the way exports and
// the command line write dates, with a calendar to pick one.
type dateField struct {
	widget.Entry
	onDate   func(data.Date) // called with each valid date typed or picked
	optional bool            // blank is fine: no date
}

func newDateField(d data.Date, onDate func(data.Date)) *dateField {
	f := &dateField{onDate: onDate}
	f.ExtendBaseWidget(f)
	f.SetPlaceHolder("YYYY-MM-DD")
	f.Validator = func(text string) error {
		_, err := f.date()
		if err != nil {
			return errorText(sentence(err))
		}
		return nil
	}
	// The calendar goes in before anything draws the field: the renderer
	// takes the action item only when it is created.
	pick := widget.NewButtonWithIcon("", theme.CalendarIcon(), f.showCalendar)
	pick.Importance = widget.LowImportance
	f.ActionItem = pick
	f.SetText(d.String())
	f.OnChanged = func(text string) {
		if d, err := data.ParseDate(text); err == nil && f.onDate != nil {
			f.onDate(d)
		}
	}
	return f
}

func (f *dateField) FocusGained() {
	f.Entry.FocusGained()
	restBlinkSoon(f, &f.Entry)
	revealFocused(f)
}

func (f *dateField) TypedKey(ev *fyne.KeyEvent) {
	if !escapeFrom(f, ev) {
		f.Entry.TypedKey(ev)
	}
}

// newOptionalDateField is a date field that may stay blank.
func newOptionalDateField() *dateField {
	f := newDateField(data.Date{}, nil)
	f.optional = true
	f.SetPlaceHolder("YYYY-MM-DD")
	return f
}

// date returns the date in the field (the zero Date for a blank optional
// field), or the error that says why not.
func (f *dateField) date() (data.Date, error) {
	if f.optional && strings.TrimSpace(f.Text) == "" {
		return data.Date{}, nil
	}
	return data.ParseDate(strings.TrimSpace(f.Text))
}

func (f *dateField) showCalendar() {
	start := data.Today()
	if d, err := f.date(); err == nil {
		start = d
	}
	showCalendar(f, start, func(d data.Date) { f.SetText(d.String()) })
}
