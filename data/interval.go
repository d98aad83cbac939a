package data

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"time"
	"unicode/utf8"
)

// An Interval is time spent on a dimension, counted by the timer: from
// Start to End, or still running (End is zero). Times are whole minutes.
// Once stopped, its minutes are part of the actual minutes of the days it
// spans (see TimedPart).
type Interval struct {
	ID          string // made at random when it starts; never changes
	DimensionID int64
	Start, End  time.Time
	Note        string
}

// MaxIntervalNote is the longest note an interval may hold, in characters.
const MaxIntervalNote = 500

// Running reports whether the interval has not been stopped.
func (iv Interval) Running() bool { return iv.End.IsZero() }

// Minutes returns how long a stopped interval lasted, in minutes.
func (iv Interval) Minutes() int { return int(iv.End.Sub(iv.Start) / time.Minute) }

// NewIntervalID returns a new random interval ID: 32 hexadecimal digits.
func NewIntervalID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on the systems Daymark runs on
	}
	return hex.EncodeToString(b[:])
}

// ValidID reports whether id is an interval ID as NewIntervalID makes them.
func ValidID(id string) bool {
	if len(id) != 32 {
		return false
	}
	for _, r := range id {
		if !strings.ContainsRune("0123456789abcdef", r) {
			return false
		}
	}
	return true
}

// Validate reports what is wrong with the interval, as a sentence.
func (iv Interval) Validate() error {
	switch {
	case !ValidID(iv.ID):
		return Errorf(EInvalid, "the interval's ID (“%s”) is not 32 hexadecimal digits", clipText(iv.ID, 40))
	case iv.DimensionID == 0:
		return Errorf(EInvalid, "the interval names no dimension")
	case iv.Start.IsZero():
		return Errorf(EInvalid, "the interval has no start")
	case !wholeMinute(iv.Start) || !iv.Running() && !wholeMinute(iv.End):
		return Errorf(EInvalid, "the interval's times must be whole minutes")
	case !iv.Running() && !iv.End.After(iv.Start):
		return Errorf(EInvalid, "the interval ends (%s) before it starts (%s)", stamp(iv.End), stamp(iv.Start))
	case utf8.RuneCountInString(iv.Note) > MaxIntervalNote:
		return Errorf(EInvalid, "the interval's note is too long: %d characters, at most %d", utf8.RuneCountInString(iv.Note), MaxIntervalNote)
	}
	if err := noNUL("the interval's note", iv.Note); err != nil {
		return err
	}
	for _, t := range []time.Time{iv.Start, iv.End} {
		if t.IsZero() {
			continue
		}
		if d := DateOf(t.UTC()); d.Before(MinDate.AddDays(1)) || d.After(MaxDate.AddDays(-1)) {
			return Errorf(EInvalid, "the interval's time %s is out of range: dates run from %s to %s", stamp(t), MinDate, MaxDate)
		}
	}
	return nil
}

// wholeMinute reports whether t has no seconds.
func wholeMinute(t time.Time) bool { return t.Equal(t.Truncate(time.Minute)) }

// clipText shortens s to at most n characters, for a sentence.
func clipText(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// A TimedPart is the part of a stopped interval on one date: the minutes it
// adds to that day's actual minutes of its dimension.
type TimedPart struct {
	IntervalID  string
	Date        Date
	DimensionID int64
	Minutes     int
}

// DayBounds returns when date starts and ends in loc: at local midnight,
// so a day is 23 or 25 hours long when the clocks change.
func DayBounds(date Date, loc *time.Location) (time.Time, time.Time) {
	return date.Time(loc), date.AddDays(1).Time(loc)
}

// SplitDays cuts from..to at each midnight in loc and calls fn with each
// date and the part of the time on it; parts of no length are left out.
func SplitDays(from, to time.Time, loc *time.Location, fn func(date Date, start, end time.Time)) {
	if !to.After(from) {
		return
	}
	for d := DateOf(from.In(loc)); ; d = d.AddDays(1) {
		s, e := DayBounds(d, loc)
		if !s.Before(to) {
			return
		}
		s, e = later(s, from), earlier(e, to)
		if e.After(s) {
			fn(d, s, e)
		}
	}
}

// Parts returns what a stopped interval adds to each date it spans, days
// cut at midnight in loc; none for a running one.
func (iv Interval) Parts(loc *time.Location) []TimedPart {
	if iv.Running() {
		return nil
	}
	var parts []TimedPart
	SplitDays(iv.Start, iv.End, loc, func(d Date, s, e time.Time) {
		parts = append(parts, TimedPart{IntervalID: iv.ID, Date: d, DimensionID: iv.DimensionID, Minutes: int(e.Sub(s) / time.Minute)})
	})
	return parts
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}
