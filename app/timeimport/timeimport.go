package timeimport

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"daymark/data"
)

// Filling actual time from a calendar (.ics) or a time tracker's CSV
// export: reading the file into Items (calendar.go, trackers.go), sending
// them to dimensions by the person's rules and counting overlaps once
// (timecount.go), previewing and applying (timepreview.go). See
// docs/import.md.

// An Item is a stretch of time a file holds: one occurrence of a calendar
// event, or one time tracker entry, with what rules look at.
type Item struct {
	UID        string
	Occurrence string // which occurrence of a repeating event; "" for a single one
	Title      string
	Organiser  string // the organiser's name and address
	Attendees  int
	Project    string   // a tracker entry's project
	Tags       []string // a tracker entry's tags
	Start, End time.Time
	AllDay     bool
	Free       bool // shown as free (TRANSP:TRANSPARENT): counted only when a rule names it
}

// A Skipped item is one the import leaves out, and why.
type Skipped struct {
	Item
	Reason string
}

// Why items are skipped.
const (
	SkipCancelled = "cancelled"
	SkipDeclined  = "declined"
	SkipAllDay    = "all day"
	SkipNoTime    = "lasts no time"
	SkipSomeone   = "someone else's entry"
	SkipFree      = "shown as free, and no rule on its title or organiser names it"
)

// Kinds of file.
const (
	KindCalendar = "calendar"
	KindToggl    = "Toggl Track"
	KindClockify = "Clockify"
)

// A Reading is what a calendar or time tracker file holds for a range.
type Reading struct {
	Source      string // the calendar's or tracker's name: importing it again replaces what it brought
	Kind        string // KindCalendar, KindToggl or KindClockify
	Items       []Item
	Skipped     []Skipped
	Notes       []string  // what the person should know: a time zone guessed, a date format assumed
	First, Last data.Date // the dates the file's items cover, zero when it holds none

	Read         int       // events or entries read, whatever their dates
	Problems     []Problem // lines, events and entries not read as written, by line; at most maxProblems
	LinesSkipped int       // lines skipped, listed or not
	ItemsSkipped int       // events or entries skipped because they could not be read
	Unlisted     int       // problems beyond maxProblems
}

// ReadOptions say which dates to read, in which time zone, by which rules.
type ReadOptions struct {
	From, To data.Date
	Location *time.Location // the person's time zone: floating times and days are in it
	Rules    data.ImportRules
	Progress func(fraction float64) // nil, or told how far reading has come, from 0 to 1
	Context  context.Context        // nil, or reading stops soon after it is done, with its error
}

// stopped returns the error of the options' context once it is done.
func (o ReadOptions) stopped() error {
	if o.Context == nil {
		return nil
	}
	return o.Context.Err()
}

// overlaps reports whether an item from start to end falls between from
// and to: it overlaps them, or lasts no time at a moment within them.
func overlaps(start, end, from, to time.Time) bool {
	if !end.After(start) {
		return !start.Before(from) && start.Before(to)
	}
	return start.Before(to) && end.After(from)
}

// widen stretches the dates a reading covers over start and end.
func widen(out *Reading, start, end time.Time, loc *time.Location) {
	first, last := data.DateOf(start.In(loc)), data.DateOf(end.In(loc))
	if out.First.IsZero() || first.Before(out.First) {
		out.First = first
	}
	if last.After(out.Last) {
		out.Last = last
	}
}

// MaxFileSize bounds a calendar or time tracker file: years of a busy
// calendar fit in a few megabytes.
const MaxFileSize = 64 << 20

// readTimeFile reads a whole file of the kind named, within the size limit.
func readTimeFile(r io.Reader, kind string) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, &data.Error{Code: data.EInvalid, Message: "cannot read the file", Err: err}
	}
	if len(raw) > MaxFileSize {
		return nil, data.Errorf(data.EInvalid, "the file is larger than %d MB: export a shorter range from the %s", MaxFileSize>>20, kind)
	}
	raw = fromUTF16(raw)
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, data.Errorf(data.EInvalid, "the file is empty")
	}
	return raw, nil
}

// fromUTF16 turns text that begins with a UTF-16 byte order mark, as some
// Windows programs write calendars and spreadsheets save CSV, into UTF-8;
// other bytes are returned as they are.
func fromUTF16(raw []byte) []byte {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe}):
		order = binary.LittleEndian
	case bytes.HasPrefix(raw, []byte{0xfe, 0xff}):
		order = binary.BigEndian
	default:
		return raw
	}
	units := make([]uint16, 0, len(raw)/2)
	for i := 2; i+1 < len(raw); i += 2 {
		units = append(units, order.Uint16(raw[i:]))
	}
	text := []byte(string(utf16.Decode(units)))
	if len(raw)%2 == 1 {
		text = utf8.AppendRune(text, utf8.RuneError) // half a character at the end
	}
	return text
}

// progress reports a fraction, at most a hundred times.
type progress struct {
	tell func(float64)
	last float64
}

func newProgress(tell func(float64)) *progress { return &progress{tell: tell, last: -1} }

func (p *progress) set(f float64) {
	if p.tell != nil && (f-p.last >= 0.01 || f >= 1 && p.last < 1) {
		p.last = f
		p.tell(min(f, 1))
	}
}

// File kinds an import can read.
const (
	FileExport   = "export"   // Daymark's JSON export
	FileCalendar = "calendar" // iCalendar
	FileTracker  = "tracker"  // a time tracker's CSV export
)

// fileHead is how much of a file FileKind is shown.
const fileHead = 4 << 10

// FileKind says what a file to import is, by its name and, when the name
// does not say, by how it begins (head is its first kilobytes).
func FileKind(name string, head []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return FileExport
	case ".ics", ".ical", ".ifb", ".icalendar":
		return FileCalendar
	case ".csv", ".tsv":
		return FileTracker
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, byteOrderMark), " \t\r\n")
	if len(head) > 0 && head[0] == '{' {
		return FileExport
	}
	// A calendar may have stray lines before its BEGIN:VCALENDAR.
	for _, line := range bytes.FieldsFunc(head, func(r rune) bool { return r == '\n' || r == '\r' }) {
		if strings.EqualFold(string(bytes.TrimSpace(line)), "BEGIN:VCALENDAR") {
			return FileCalendar
		}
	}
	return FileTracker
}
