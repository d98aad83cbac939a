package timeimport

import (
	"errors"
	"io"
	"strings"
	"time"

	"github.com/emersion/go-ical"

	"daymark/data"
)

// Reading a calendar (.ics) exported from Google Calendar, Outlook or Apple
// Calendar. go-ical parses the file and rrule-go expands repeating events;
// this file turns their events into Items for a range of dates
// (calendarevent.go reads one event, calendarrepeat.go follows a repeating
// one through the range).

// maxOccurrences bounds how far a repeating event is followed: a rule that
// repeats every minute since years ago is given up, with a note.
const maxOccurrences = 200000

// maxReading bounds the time spent expanding repeating events: rrule-go
// looks for occurrences of a rule that has none (every 30 February) until
// the year 9999, which takes it most of a second.
const maxReading = time.Minute

// ReadCalendar reads an iCalendar file and returns the events it holds
// between opts.From and opts.To, as items in opts.Location. Events the
// person did not spend time in (cancelled, declined, all-day unless asked
// for, lasting no time) are returned as skipped, with why. Lines and
// events that cannot be read are skipped and listed as problems; a file
// that is not a calendar, or from which no event could be read, is refused.
func ReadCalendar(r io.Reader, opts ReadOptions) (Reading, error) {
	raw, err := readTimeFile(r, "calendar")
	if err != nil {
		return Reading{}, err
	}
	progress := newProgress(opts.Progress)
	out := Reading{Kind: KindCalendar}
	file, err := readCalendarFile(raw, &out, func(read int) { progress.set(0.5 * float64(read) / float64(len(raw))) })
	if err != nil {
		return Reading{}, err
	}
	c := newCalendarReader(opts, file, out)
	c.deadline = time.Now().Add(maxReading)
	events := 0
	for _, cal := range file.cals {
		events += len(cal.Children)
	}
	done := 0
	for _, cal := range file.cals {
		c.read(cal, func() {
			done++
			progress.set(0.5 + 0.5*float64(done)/float64(max(events, 1)))
		})
	}
	if err := opts.stopped(); err != nil {
		return Reading{}, err
	}
	if c.late {
		return Reading{}, data.Errorf(data.EInvalid, "the calendar takes too long to read: its repeating events have rules that are slow to follow (more than %v)", maxReading)
	}
	c.out.sortProblems()
	empty := data.Errorf(data.EInvalid, "line %d: the file ends without an event (BEGIN:VEVENT) in it: there is nothing to import", file.last)
	if err := c.out.nothingRead("event of the calendar", empty); err != nil {
		return Reading{}, err
	}
	return c.out, nil
}

// vevent is a VEVENT as read: its times in their own zone.
type vevent struct {
	comp       *ical.Component
	uid        string
	recurrence string // the occurrence an override replaces; "" for a master
	start, end time.Time
	allDay     bool
	item       Item // title, organiser, attendees
	cancelled  bool
	declined   bool
	free       bool // shown as free (TRANSP:TRANSPARENT)
}

// calendarReader reads the events of a calendar for a range.
type calendarReader struct {
	opts       ReadOptions
	begins     map[*ical.Component]int // the line each component begins at
	zones      *zones
	persons    map[string]bool // the person's addresses
	start, end time.Time       // the range, from the first day's midnight to the midnight after the last
	out        Reading
	seen       map[string]int // items by UID, occurrence and start: a later copy replaces an earlier
	deadline   time.Time      // reading gives up after it
	late       bool
}

func newCalendarReader(opts ReadOptions, file calendarFile, out Reading) *calendarReader {
	c := &calendarReader{opts: opts, begins: file.begins, persons: map[string]bool{}, seen: map[string]int{}, out: out}
	c.start, c.end = opts.From.Time(opts.Location), opts.To.AddDays(1).Time(opts.Location)
	for _, e := range opts.Rules.Emails {
		c.persons[strings.ToLower(e)] = true
	}
	if name := propText(file.cals[0], "X-WR-CALNAME"); name != "" {
		c.out.Source = strings.TrimSpace(name)
		// Google names a calendar after its owner's address: it is the person's.
		if len(c.persons) == 0 && strings.Contains(name, "@") {
			c.persons[strings.ToLower(strings.TrimSpace(name))] = true
		}
	}
	return c
}

// read adds the events of one calendar; tick is called after each component.
func (c *calendarReader) read(cal *ical.Component, tick func()) {
	c.zones = newZones(c.opts.Location, cal)
	var masters []vevent
	overridden := map[string]map[string]bool{} // UID → occurrences replaced by an override
	for _, comp := range cal.Children {
		if comp.Name != ical.CompEvent {
			tick()
			continue
		}
		var ev vevent
		err := guard(func() (err error) {
			ev, err = c.event(comp)
			return err
		})
		if err != nil {
			c.unreadable(comp, err)
			tick()
			continue
		}
		if ev.recurrence == "" {
			masters = append(masters, ev) // read once its repeats are followed
			continue
		}
		c.out.Read++
		widen(&c.out, ev.start, ev.end, c.opts.Location)
		if overridden[ev.uid] == nil {
			overridden[ev.uid] = map[string]bool{}
		}
		overridden[ev.uid][ev.recurrence] = true
		c.add(ev, ev.start, ev.end, ev.recurrence)
		tick()
	}
	// Some programs write one UID on several events: each is its own
	// occurrence, known by its start.
	uids := map[string]int{}
	for _, m := range masters {
		uids[m.uid]++
	}
	for _, m := range masters {
		if c.late = c.late || time.Now().After(c.deadline) || c.opts.stopped() != nil; c.late {
			return
		}
		var times []occurrence
		err := guard(func() (err error) {
			times, err = c.expand(m, overridden[m.uid], uids[m.uid] > 1)
			return err
		})
		if err != nil {
			c.unreadable(m.comp, err)
		} else {
			c.out.Read++
			widen(&c.out, m.start, m.end, c.opts.Location)
		}
		for _, o := range times {
			c.add(m, o.start, o.end, o.key)
		}
		tick()
	}
	c.out.Notes = append(c.out.Notes, c.zones.notes...)
}

// errReaderFailed stands for a panic in the libraries an event is read
// with: the event is skipped, with a sentence; fuzzing fails on it.
var errReaderFailed = errors.New("the libraries that read it failed on it")

// guard runs f, turning a panic into errReaderFailed.
func guard(f func() error) (err error) {
	defer func() {
		if recover() != nil {
			err = errReaderFailed
		}
	}()
	return f()
}

// add keeps one occurrence that overlaps the range: counted, or skipped
// with the reason.
func (c *calendarReader) add(ev vevent, start, end time.Time, occurrence string) {
	if !overlaps(start, end, c.start, c.end) {
		return
	}
	item := ev.item
	item.Occurrence, item.Start, item.End, item.AllDay = occurrence, start, end, ev.allDay
	switch {
	case ev.cancelled:
		c.skip(item, SkipCancelled)
	case ev.declined:
		c.skip(item, SkipDeclined)
	case !end.After(start):
		c.skip(item, SkipNoTime)
	case ev.allDay && !c.opts.Rules.AllDay:
		c.skip(item, SkipAllDay)
	case ev.allDay:
		c.allDay(item) // counted because the rules say so, free or busy
	default:
		item.Free = ev.free // counted only when a rule names it: see classify
		c.keep(item)
	}
}

// allDay counts an all-day event as a block of AllDayMinutes on each of its
// days: from 9:00, or so that it ends at midnight when longer than 15 hours.
func (c *calendarReader) allDay(item Item) {
	minutes := time.Duration(c.opts.Rules.AllDayMinutes) * time.Minute
	for d := data.DateOf(item.Start); d.Before(data.DateOf(item.End)); d = d.AddDays(1) {
		if d.Before(c.opts.From) || d.After(c.opts.To) {
			continue
		}
		midnight := d.Time(c.opts.Location)
		from := min(9*time.Hour, 24*time.Hour-minutes)
		block := item
		block.Start = time.Date(midnight.Year(), midnight.Month(), midnight.Day(), 0, int(from.Minutes()), 0, 0, c.opts.Location)
		block.End = block.Start.Add(minutes)
		c.keep(block)
	}
}

func (c *calendarReader) keep(item Item) {
	key := item.UID + "\x00" + item.Occurrence + "\x00" + item.Start.UTC().String()
	if i, ok := c.seen[key]; ok {
		c.out.Items[i] = item // the same occurrence again: the later copy wins
		return
	}
	c.seen[key] = len(c.out.Items)
	c.out.Items = append(c.out.Items, item)
}

func (c *calendarReader) skip(item Item, reason string) {
	c.out.Skipped = append(c.out.Skipped, Skipped{Item: item, Reason: reason})
}

// unreadable notes an event that could not be read, by its line.
func (c *calendarReader) unreadable(comp *ical.Component, err error) {
	c.out.problem(c.begins[comp], LeftItem, "the event %s cannot be read: %v; skipped", quoteTitle(propText(comp, ical.PropSummary)), err)
}
