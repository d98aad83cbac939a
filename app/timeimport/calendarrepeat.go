package timeimport

import (
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	"github.com/teambition/rrule-go"

	"daymark/data"
)

// Following a repeating event through the range: its rule, its extra
// dates and its exceptions.

// An occurrence of an event: its times, and the key of its original start.
type occurrence struct {
	start, end time.Time
	key        string
}

// expand returns the occurrences of a master event within the range: once
// when it does not repeat (known by its start when its UID is on other
// events too, a twin), else as its RRULE and RDATEs say, less its EXDATEs
// and the occurrences its overrides replace.
func (c *calendarReader) expand(m vevent, overridden map[string]bool, twin bool) ([]occurrence, error) {
	rule := m.comp.Props.Get(ical.PropRecurrenceRule)
	rdates, _, err := c.times(m.comp, ical.PropRecurrenceDates)
	if err != nil {
		return nil, err
	}
	if rule == nil && len(rdates) == 0 {
		key := ""
		if twin {
			key = occurrenceKey(m.start, m.allDay)
		}
		return []occurrence{{m.start, m.end, key}}, nil
	}
	set := &rrule.Set{}
	if rule != nil {
		opt, err := rrule.StrToROptionInLocation(strings.TrimSpace(rule.Value), m.start.Location())
		if err != nil {
			return nil, fmt.Errorf("its repeat rule (RRULE): %v", err)
		}
		opt.Dtstart = m.start
		r, err := rrule.NewRRule(*opt)
		if err != nil {
			return nil, fmt.Errorf("its repeat rule (RRULE): %v", err)
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
		return nil, err
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
	var out []occurrence
	next := set.Iterator()
	for i := 0; ; i++ {
		t, ok := next()
		if !ok || !t.Before(c.end) {
			return out, nil
		}
		if i == maxOccurrences {
			c.out.Notes = append(c.out.Notes, fmt.Sprintf("“%s” repeats too often to follow: only its first %d occurrences were read.", m.item.Title, maxOccurrences))
			return out, nil
		}
		end := t.Add(length)
		if m.allDay {
			end = t.AddDate(0, 0, days)
		}
		key := occurrenceKey(t, m.allDay)
		if !end.After(c.start) || overridden[key] || excludedDays[data.DateOf(t)] {
			continue
		}
		out = append(out, occurrence{t, end, key})
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
