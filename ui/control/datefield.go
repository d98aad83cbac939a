package control

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
)

// DateField is a field for a date written YYYY-MM-DD, the way exports and
// the command line write dates, with a calendar to pick one.
type DateField struct {
	widget.Entry
	OnDate   func(data.Date) // called with each valid date typed or picked
	optional bool            // blank is fine: no date
}

func NewDateField(d data.Date, onDate func(data.Date)) *DateField {
	f := &DateField{OnDate: onDate}
	f.ExtendBaseWidget(f)
	f.SetPlaceHolder("YYYY-MM-DD")
	f.Validator = func(text string) error {
		_, err := f.Date()
		if err != nil {
			return ErrorText(Sentence(err))
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
		if d, err := data.ParseDate(text); err == nil && f.OnDate != nil {
			f.OnDate(d)
		}
	}
	return f
}

func (f *DateField) FocusGained() {
	f.Entry.FocusGained()
	restBlinkSoon(f, &f.Entry)
	revealFocused(f)
}

func (f *DateField) TypedKey(ev *fyne.KeyEvent) {
	if !EscapeFrom(f, ev) {
		f.Entry.TypedKey(ev)
	}
}

// NewOptionalDateField is a date field that may stay blank.
func NewOptionalDateField() *DateField {
	f := NewDateField(data.Date{}, nil)
	f.optional = true
	f.SetPlaceHolder("YYYY-MM-DD")
	return f
}

// Date returns the date in the field (the zero Date for a blank optional
// field), or the error that says why not.
func (f *DateField) Date() (data.Date, error) {
	if f.optional && strings.TrimSpace(f.Text) == "" {
		return data.Date{}, nil
	}
	return data.ParseDate(strings.TrimSpace(f.Text))
}

func (f *DateField) showCalendar() {
	start := data.Today()
	if d, err := f.Date(); err == nil {
		start = d
	}
	ShowCalendar(f, start, func(d data.Date) { f.SetText(d.String()) })
}
