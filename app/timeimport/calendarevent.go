package timeimport

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-ical"

	"daymark/app"
	"daymark/data"
)

// Reading one event of a calendar: its times in their zones, its status
// and its people, and the text of its properties.

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
	ev.item = Item{UID: ev.uid, Title: app.Clip(strings.TrimSpace(propText(comp, ical.PropSummary)), data.MaxImportTitle)}
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
	ev.free = strings.EqualFold(strings.TrimSpace(propText(comp, ical.PropTransparency)), "TRANSPARENT")
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
		return t, allDay, fmt.Errorf("%s is not a date or a date and time", quoteLine(q.Value))
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

// propText is a text property's value with its escapes undone (\\, \;,
// \, and \n). A backslash before anything else stays, and so does a comma
// written without one, as lenient readers do: go-ical's Text cuts a title
// at its first such comma.
func propText(comp *ical.Component, name string) string {
	p := comp.Props.Get(name)
	if p == nil {
		return ""
	}
	v := p.Value
	if !strings.Contains(v, "\\") {
		return v
	}
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] != '\\' || i+1 == len(v) {
			b.WriteByte(v[i])
			continue
		}
		switch c := v[i+1]; c {
		case '\\', ';', ',':
			b.WriteByte(c)
			i++
		case 'n', 'N':
			b.WriteByte('\n')
			i++
		default:
			b.WriteByte('\\')
		}
	}
	return b.String()
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
