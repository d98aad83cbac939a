package data

import (
	"time"
)

// A Date is a calendar day, without a time of day or a zone. The zero Date
// is "no date".
type Date struct {
	t time.Time // midnight UTC of the day
}

// The dates Daymark accepts. Anything outside is a typing mistake.
var (
	MinDate = NewDate(1900, time.January, 1)
	MaxDate = NewDate(2999, time.December, 31)
)

const dateLayout = "2006-01-02"

// NewDate returns the date of year, month and day, normalising overflow the
// way time.Date does (31 April is 1 May).
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// Today returns the local calendar date.
func Today() Date { return DateOf(time.Now()) }

// ParseDate reads a date written as YYYY-MM-DD within MinDate and MaxDate.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return Date{}, Errorf(EInvalid, "“%s” is not a date: write it as YYYY-MM-DD", s)
	}
	d := Date{t}
	if err := d.Validate(); err != nil {
		return Date{}, err
	}
	return d, nil
}

// Validate reports whether the date is set and within MinDate and MaxDate.
func (d Date) Validate() error {
	switch {
	case d.IsZero():
		return Errorf(EInvalid, "the date is missing")
	case d.Before(MinDate) || d.After(MaxDate):
		return Errorf(EInvalid, "%s is out of range: dates run from %s to %s", d, MinDate, MaxDate)
	}
	return nil
}

// String writes the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(dateLayout)
}

// Format formats the date with a time layout ("Mon 2 Jan 2006").
func (d Date) Format(layout string) string { return d.t.Format(layout) }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.t.IsZero() }

// AddDays returns the date n days later (earlier when n is negative).
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// DaysSince returns the number of days from e to d.
func (d Date) DaysSince(e Date) int { return int((d.t.Unix() - e.t.Unix()) / 86400) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// Time returns midnight of the date in loc.
func (d Date) Time(loc *time.Location) time.Time {
	y, m, day := d.t.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, loc)
}
