package app

import (
	"daymark/data"
)

// DateStyle is how much of a date a text spells out.
type DateStyle int

// The styles of a date in text.
const (
	ShortDates   DateStyle = iota // 15 Dec 2025
	LongDates                     // 15 December 2025
	WeekdayDates                  // Monday 15 December 2025
)

var dateLayouts = map[DateStyle]struct{ day, year string }{
	ShortDates:   {"2 Jan", " 2006"},
	LongDates:    {"2 January", " 2006"},
	WeekdayDates: {"Monday 2 January", " 2006"},
}

// DateText writes one date in full: "Monday 15 December 2025".
func DateText(d data.Date, style DateStyle) string {
	l := dateLayouts[style]
	return d.Format(l.day + l.year)
}

// Span writes the days from from to to for a reader, the one way every
// period is written: the year once when both ends share it ("1 Nov to 30
// Nov 2026"), both years when they differ ("Monday 15 December 2025 to
// Saturday 10 January 2026"), and a single day once. A weekday is always
// the weekday of its own date.
func Span(from, to data.Date, style DateStyle) string {
	switch {
	case from == to:
		return DateText(from, style)
	case from.Format("2006") == to.Format("2006"):
		return from.Format(dateLayouts[style].day) + " to " + DateText(to, style)
	}
	return DateText(from, style) + " to " + DateText(to, style)
}

// Text writes the range with Span.
func (r Range) Text(style DateStyle) string { return Span(r.From, r.To, style) }

// DateIn writes a date inside a text about r: without its year when the
// whole range and the date fall in one year ("16 Nov"), with it otherwise
// ("10 Dec 2025"), so a date is never read as the wrong year's.
func (r Range) DateIn(d data.Date, style DateStyle) string {
	year := d.Format("2006")
	if r.From.Format("2006") == year && r.To.Format("2006") == year {
		return d.Format(dateLayouts[style].day)
	}
	return DateText(d, style)
}
