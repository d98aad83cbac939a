package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	"github.com/teambition/rrule-go"

	"daymark/data"
)

// Reading a calendar (.ics) exported from Google Calendar, Outlook or Apple
// Calendar. go-ical parses the file and rrule-go expands repeating events;
// this file turns their events into Items for a range of dates.

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
// for, lasting no time) are returned as skipped, with why.
func ReadCalendar(r io.Reader, opts ReadOptions) (reading Reading, err error) {
	raw, err := readTimeFile(r, "calendar")
	if err != nil {
		return Reading{}, err
	}
	if err := checkCalendar(raw); err != nil {
		return Reading{}, err
	}
	defer func() { // go-ical panics on some malformed lines; rrule-go may too
		if p := recover(); p != nil {
			reading, err = Reading{}, data.Errorf(data.EInvalid, "the calendar cannot be read: it is malformed (%v)", p)
		}
	}()
	progress := newProgress(opts.Progress)
	cals, err := decodeCalendars(raw, func(read int) { progress.set(0.5 * float64(read) / float64(len(raw))) })
	if err != nil {
		return Reading{}, err
	}
	c := newCalendarReader(opts, cals)
	c.deadline = time.Now().Add(maxReading)
	events := 0
	for _, cal := range cals {
		events += len(cal.Children)
	}
	done := 0
	for _, cal := range cals {
		c.read(cal, func() {
			done++
			progress.set(0.5 + 0.5*float64(done)/float64(max(events, 1)))
		})
	}
	if c.late {
		return Reading{}, data.Errorf(data.EInvalid, "the calendar takes too long to read: its repeating events have rules that are slow to follow (more than %v)", maxReading)
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
}

// calendarReader reads the events of a calendar for a range.
type calendarReader struct {
	opts       ReadOptions
	zones      *zones
	persons    map[string]bool // the person's addresses
	start, end time.Time       // the range, from the first day's midnight to the midnight after the last
	out        Reading
	seen       map[string]int // items by UID, occurrence and start: a later copy replaces an earlier
	deadline   time.Time      // reading gives up after it
	late       bool
}

func newCalendarReader(opts ReadOptions, cals []*ical.Component) *calendarReader {
	c := &calendarReader{opts: opts, persons: map[string]bool{}, seen: map[string]int{}}
	c.start, c.end = opts.From.Time(opts.Location), opts.To.AddDays(1).Time(opts.Location)
	c.out.Kind = KindCalendar
	for _, e := range opts.Rules.Emails {
		c.persons[strings.ToLower(e)] = true
	}
	if name, err := cals[0].Props.Text("X-WR-CALNAME"); err == nil {
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
		ev, err := c.event(comp)
		if err != nil {
			c.unreadable(comp, err)
			tick()
			continue
		}
		widen(&c.out, ev.start, ev.end, c.opts.Location)
		if ev.recurrence == "" {
			masters = append(masters, ev)
			continue
		}
		if overridden[ev.uid] == nil {
			overridden[ev.uid] = map[string]bool{}
		}
		overridden[ev.uid][ev.recurrence] = true
		c.add(ev, ev.start, ev.end, ev.recurrence)
		tick()
	}
	for _, m := range masters {
		if c.late = c.late || time.Now().After(c.deadline); c.late {
			return
		}
		if err := c.expand(m, overridden[m.uid]); err != nil {
			c.unreadable(m.comp, err)
		}
		tick()
	}
	c.out.Notes = append(c.out.Notes, c.zones.notes...)
}

// event reads a VEVENT's times, status and people.
func (c *calendarReader) event(comp *ical.Component) (vevent, error) {
	ev := vevent{comp: comp}
	startProp := comp.Props.Get(ical.PropDateTimeStart)
	if startProp == nil {
		return ev, fmt.Errorf("it has no start (DTSTART)")
	}
	var err error
	if ev.start, ev.allDay, err = c.propTime(startProp); err != nil {
		return ev, fmt.Errorf("its start: %v", err)
	}
	switch {
	case comp.Props.Get(ical.PropDateTimeEnd) != nil:
		if ev.end, _, err = c.propTime(comp.Props.Get(ical.PropDateTimeEnd)); err != nil {
			return ev, fmt.Errorf("its end: %v", err)
		}
	case comp.Props.Get(ical.PropDuration) != nil:
		d, err := comp.Props.Get(ical.PropDuration).Duration()
		if err != nil {
			return ev, fmt.Errorf("its duration: %v", err)
		}
		ev.end = ev.start.Add(d)
		if ev.allDay { // whole days, whatever the clocks do
			ev.end = ev.start.AddDate(0, 0, int(d/(24*time.Hour)))
		}
	case ev.allDay:
		ev.end = ev.start.AddDate(0, 0, 1)
	default:
		ev.end = ev.start
	}
	if p := comp.Props.Get(ical.PropRecurrenceID); p != nil {
		t, allDay, err := c.propTime(p)
		if err != nil {
			return ev, fmt.Errorf("its RECURRENCE-ID: %v", err)
		}
		ev.recurrence = occurrenceKey(t, allDay)
	}
	ev.uid = strings.TrimSpace(propText(comp, ical.PropUID))
	if ev.uid == "" || len(ev.uid) > data.MaxImportUID/2 {
		// Remembered by what it is instead: the same event gives the same UID.
		sum := sha256.Sum256([]byte(ev.uid + "\x00" + startProp.Value + "\x00" + propText(comp, ical.PropSummary)))
		ev.uid = "daymark-" + hex.EncodeToString(sum[:12])
	}
	ev.item = Item{UID: ev.uid, Title: clip(strings.TrimSpace(propText(comp, ical.PropSummary)), data.MaxImportTitle)}
	if org := comp.Props.Get(ical.PropOrganizer); org != nil {
		ev.item.Organiser = strings.TrimSpace(org.Params.Get(ical.ParamCommonName) + " " + address(org.Value))
	}
	for _, a := range comp.Props.Values(ical.PropAttendee) {
		ev.item.Attendees++
		if c.persons[address(a.Value)] && strings.EqualFold(a.Params.Get(ical.ParamParticipationStatus), "DECLINED") {
			ev.declined = true
		}
	}
	ev.cancelled = strings.EqualFold(strings.TrimSpace(propText(comp, ical.PropStatus)), "CANCELLED")
	return ev, nil
}

// propTime reads a date or date-time in its TZID's zone (found by zones),
// in UTC when written so, or else in the person's zone (floating).
func (c *calendarReader) propTime(p *ical.Prop) (time.Time, bool, error) {
	q := ical.Prop{Name: p.Name, Params: ical.Params{}, Value: strings.TrimSpace(p.Value)}
	for k, v := range p.Params {
		if k != ical.PropTimezoneID {
			q.Params[k] = v
		}
	}
	loc := c.opts.Location
	if tzid := p.Params.Get(ical.PropTimezoneID); tzid != "" {
		loc = c.zones.location(tzid)
	}
	allDay := q.ValueType() == ical.ValueDate || q.ValueType() == ical.ValueDefault && len(q.Value) == len("20060102")
	t, err := q.DateTime(loc)
	if err != nil {
		return t, allDay, errors.New(strings.TrimPrefix(err.Error(), "ical: "))
	}
	if data.DateOf(t).Validate() != nil {
		return t, allDay, fmt.Errorf("%s is out of range", q.Value)
	}
	return t, allDay, nil
}

// times reads every value of the properties named (EXDATE, RDATE), which
// may each list several, comma-separated.
func (c *calendarReader) times(comp *ical.Component, name string) ([]time.Time, []bool, error) {
	var ts []time.Time
	var days []bool
	for _, p := range comp.Props.Values(name) {
		for _, v := range strings.Split(p.Value, ",") {
			v, _, _ = strings.Cut(v, "/") // a PERIOD: its start
			one := p
			one.Value = v
			if strings.EqualFold(one.Params.Get(ical.ParamValue), "PERIOD") {
				one.Params = ical.Params{ical.PropTimezoneID: p.Params.Values(ical.PropTimezoneID)}
			}
			t, allDay, err := c.propTime(&one)
			if err != nil {
				return nil, nil, fmt.Errorf("its %s: %v", name, err)
			}
			ts, days = append(ts, t), append(days, allDay)
		}
	}
	return ts, days, nil
}

// expand adds the occurrences of a master event within the range: once
// when it does not repeat, else as its RRULE and RDATEs say, less its
// EXDATEs and the occurrences its overrides replace.
func (c *calendarReader) expand(m vevent, overridden map[string]bool) error {
	rule := m.comp.Props.Get(ical.PropRecurrenceRule)
	rdates, _, err := c.times(m.comp, ical.PropRecurrenceDates)
	if err != nil {
		return err
	}
	if rule == nil && len(rdates) == 0 {
		c.add(m, m.start, m.end, "")
		return nil
	}
	set := &rrule.Set{}
	if rule != nil {
		opt, err := rrule.StrToROptionInLocation(strings.TrimSpace(rule.Value), m.start.Location())
		if err != nil {
			return fmt.Errorf("its repeat rule (RRULE): %v", err)
		}
		opt.Dtstart = m.start
		r, err := rrule.NewRRule(*opt)
		if err != nil {
			return fmt.Errorf("its repeat rule (RRULE): %v", err)
		}
		set.RRule(r)
	} else {
		set.RDate(m.start) // the start is the first occurrence
	}
	set.DTStart(m.start)
	for _, t := range rdates {
		set.RDate(t.In(m.start.Location()))
	}
	exdates, whole, err := c.times(m.comp, ical.PropExceptionDates)
	if err != nil {
		return err
	}
	excludedDays := map[data.Date]bool{}
	for i, t := range exdates {
		if whole[i] && !m.allDay {
			excludedDays[data.DateOf(t)] = true // a date excludes that day's occurrence
		} else {
			set.ExDate(t)
		}
	}
	length := m.end.Sub(m.start)
	days := data.DateOf(m.end).DaysSince(data.DateOf(m.start))
	next := set.Iterator()
	for i := 0; ; i++ {
		t, ok := next()
		if !ok || !t.Before(c.end) {
			return nil
		}
		if i == maxOccurrences {
			c.out.Notes = append(c.out.Notes, fmt.Sprintf("“%s” repeats too often to follow: only its first %d occurrences were read.", m.item.Title, maxOccurrences))
			return nil
		}
		end := t.Add(length)
		if m.allDay {
			end = t.AddDate(0, 0, days)
		}
		key := occurrenceKey(t, m.allDay)
		if !end.After(c.start) || overridden[key] || excludedDays[data.DateOf(t)] {
			continue
		}
		c.add(m, t, end, key)
	}
}

// occurrenceKey writes an occurrence's original start the way a
// RECURRENCE-ID does: a date, or a date-time in UTC.
func occurrenceKey(t time.Time, allDay bool) string {
	if allDay {
		return t.Format("20060102")
	}
	return t.UTC().Format("20060102T150405Z")
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
		c.allDay(item)
	default:
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

// unreadable notes an event that could not be read, when it may fall in
// the range (its start is unknown, so it is always noted).
func (c *calendarReader) unreadable(comp *ical.Component, err error) {
	title := strings.TrimSpace(propText(comp, ical.PropSummary))
	if title == "" {
		title = "an event without a title"
	}
	c.out.Skipped = append(c.out.Skipped, Skipped{Item: Item{Title: clip(title, data.MaxImportTitle)}, Reason: SkipUnreadable + ": " + err.Error()})
}

// propText is a text property's value, unescaped, or as written when it
// cannot be unescaped.
func propText(comp *ical.Component, name string) string {
	p := comp.Props.Get(name)
	if p == nil {
		return ""
	}
	if t, err := p.Text(); err == nil {
		return t
	}
	return p.Value
}

// address is an email address as written in ORGANIZER and ATTENDEE:
// without "mailto:", in lower case.
func address(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 7 && strings.EqualFold(v[:7], "mailto:") {
		v = v[7:]
	}
	return strings.ToLower(v)
}
