package timeimport

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // time zones by name on every system, Windows included

	"github.com/emersion/go-ical"
)

// zones finds the time zone a calendar's TZID names. Google and Apple
// write IANA names (Europe/Berlin); Outlook often writes Windows names
// (W. Europe Standard Time), and some programs a path ending in an IANA
// name. A zone found nowhere is read from the calendar's own VTIMEZONE as a
// fixed offset, or else as the person's zone, with a note saying so.
type zones struct {
	local   *time.Location
	defined map[string]*ical.Component // the calendar's VTIMEZONEs by TZID
	found   map[string]*time.Location
	notes   []string
}

func newZones(local *time.Location, cal *ical.Component) *zones {
	z := &zones{local: local, defined: map[string]*ical.Component{}, found: map[string]*time.Location{}}
	for _, c := range cal.Children {
		if c.Name == ical.CompTimezone {
			if id, err := c.Props.Text(ical.PropTimezoneID); err == nil && id != "" {
				z.defined[id] = c
			}
		}
	}
	return z
}

// location returns the zone named tzid.
func (z *zones) location(tzid string) *time.Location {
	if loc, ok := z.found[tzid]; ok {
		return loc
	}
	loc := z.resolve(tzid)
	z.found[tzid] = loc
	return loc
}

func (z *zones) resolve(tzid string) *time.Location {
	name := strings.Trim(strings.TrimSpace(tzid), `"`)
	if loc := ianaZone(name); loc != nil {
		return loc
	}
	if iana, ok := windowsZones[name]; ok {
		if loc := ianaZone(iana); loc != nil {
			return loc
		}
	}
	// "/mozilla.org/20050126_1/Europe/Berlin", "(UTC+01:00) Europe/Berlin" …
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '/' || r == ' ' })
	for i := 0; i+1 < len(parts); i++ { // an Area/City at least
		if loc := ianaZone(strings.Join(parts[i:], "/")); loc != nil {
			return loc
		}
	}
	if c := z.defined[tzid]; c != nil {
		if loc := definedZone(c); loc != nil {
			if loc.String() != name {
				z.notes = append(z.notes, fmt.Sprintf("The time zone “%s” is not one Daymark knows: its times were read as %s all year, as the calendar defines it.", name, loc))
			}
			return loc
		}
	}
	z.notes = append(z.notes, fmt.Sprintf("The time zone “%s” is not one Daymark knows: its times were read in your own time zone (%s).", name, z.local))
	return z.local
}

// ianaZone loads an IANA zone, and nothing else: not "Local", not "".
func ianaZone(name string) *time.Location {
	if name == "" || name == "Local" || len(name) > 100 {
		return nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	return loc
}

// definedZone reads a VTIMEZONE: its X-LIC-LOCATION when it names an IANA
// zone, or else the offset of its STANDARD part (or its first part).
func definedZone(c *ical.Component) *time.Location {
	if lic, err := c.Props.Text("X-LIC-LOCATION"); err == nil {
		if loc := ianaZone(lic); loc != nil {
			return loc
		}
	}
	var part *ical.Component
	for _, child := range c.Children {
		if child.Name == "STANDARD" || part == nil && child.Name == "DAYLIGHT" {
			part = child
		}
	}
	if part == nil {
		return nil
	}
	p := part.Props.Get(ical.PropTimezoneOffsetTo)
	if p == nil {
		return nil
	}
	offset, ok := utcOffset(p.Value)
	if !ok {
		return nil
	}
	sign, o := "+", offset
	if o < 0 {
		sign, o = "-", -o
	}
	return time.FixedZone(fmt.Sprintf("UTC%s%02d:%02d", sign, o/3600, o/60%60), offset)
}

// utcOffset reads a UTC-OFFSET value: +0100, -0530, +013045.
func utcOffset(v string) (int, bool) {
	v = strings.TrimSpace(v)
	if len(v) != 5 && len(v) != 7 || v[0] != '+' && v[0] != '-' {
		return 0, false
	}
	n := 0
	for _, c := range v[1:] {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	var seconds int
	if len(v) == 5 {
		seconds = n/100*3600 + n%100*60
	} else {
		seconds = n/10000*3600 + n/100%100*60 + n%100
	}
	if seconds >= 24*3600 {
		return 0, false
	}
	if v[0] == '-' {
		seconds = -seconds
	}
	return seconds, true
}

// windowsZones maps the Windows zone names Outlook writes to IANA zones,
// after the Unicode CLDR's windowsZones table (its territory "001").
var windowsZones = map[string]string{
	"Dateline Standard Time":          "Etc/GMT+12",
	"UTC-11":                          "Etc/GMT+11",
	"Hawaiian Standard Time":          "Pacific/Honolulu",
	"Alaskan Standard Time":           "America/Anchorage",
	"Pacific Standard Time":           "America/Los_Angeles",
	"US Mountain Standard Time":       "America/Phoenix",
	"Mountain Standard Time":          "America/Denver",
	"Central America Standard Time":   "America/Guatemala",
	"Central Standard Time":           "America/Chicago",
	"Central Standard Time (Mexico)":  "America/Mexico_City",
	"Canada Central Standard Time":    "America/Regina",
	"SA Pacific Standard Time":        "America/Bogota",
	"Eastern Standard Time":           "America/New_York",
	"US Eastern Standard Time":        "America/Indianapolis",
	"Venezuela Standard Time":         "America/Caracas",
	"Atlantic Standard Time":          "America/Halifax",
	"SA Western Standard Time":        "America/La_Paz",
	"Pacific SA Standard Time":        "America/Santiago",
	"Newfoundland Standard Time":      "America/St_Johns",
	"E. South America Standard Time":  "America/Sao_Paulo",
	"Argentina Standard Time":         "America/Buenos_Aires",
	"SA Eastern Standard Time":        "America/Cayenne",
	"Greenland Standard Time":         "America/Godthab",
	"UTC":                             "Etc/UTC",
	"Coordinated Universal Time":      "Etc/UTC",
	"Azores Standard Time":            "Atlantic/Azores",
	"Cape Verde Standard Time":        "Atlantic/Cape_Verde",
	"GMT Standard Time":               "Europe/London",
	"Greenwich Standard Time":         "Atlantic/Reykjavik",
	"Morocco Standard Time":           "Africa/Casablanca",
	"W. Europe Standard Time":         "Europe/Berlin",
	"Central Europe Standard Time":    "Europe/Budapest",
	"Romance Standard Time":           "Europe/Paris",
	"Central European Standard Time":  "Europe/Warsaw",
	"W. Central Africa Standard Time": "Africa/Lagos",
	"GTB Standard Time":               "Europe/Bucharest",
	"E. Europe Standard Time":         "Europe/Chisinau",
	"Egypt Standard Time":             "Africa/Cairo",
	"South Africa Standard Time":      "Africa/Johannesburg",
	"FLE Standard Time":               "Europe/Kiev",
	"Israel Standard Time":            "Asia/Jerusalem",
	"Turkey Standard Time":            "Europe/Istanbul",
	"Arabic Standard Time":            "Asia/Baghdad",
	"Arab Standard Time":              "Asia/Riyadh",
	"Russian Standard Time":           "Europe/Moscow",
	"E. Africa Standard Time":         "Africa/Nairobi",
	"Iran Standard Time":              "Asia/Tehran",
	"Arabian Standard Time":           "Asia/Dubai",
	"Afghanistan Standard Time":       "Asia/Kabul",
	"West Asia Standard Time":         "Asia/Tashkent",
	"Pakistan Standard Time":          "Asia/Karachi",
	"India Standard Time":             "Asia/Calcutta",
	"Sri Lanka Standard Time":         "Asia/Colombo",
	"Nepal Standard Time":             "Asia/Katmandu",
	"Central Asia Standard Time":      "Asia/Almaty",
	"Bangladesh Standard Time":        "Asia/Dhaka",
	"Myanmar Standard Time":           "Asia/Rangoon",
	"SE Asia Standard Time":           "Asia/Bangkok",
	"China Standard Time":             "Asia/Shanghai",
	"Singapore Standard Time":         "Asia/Singapore",
	"Taipei Standard Time":            "Asia/Taipei",
	"W. Australia Standard Time":      "Australia/Perth",
	"Tokyo Standard Time":             "Asia/Tokyo",
	"Korea Standard Time":             "Asia/Seoul",
	"Cen. Australia Standard Time":    "Australia/Adelaide",
	"AUS Central Standard Time":       "Australia/Darwin",
	"E. Australia Standard Time":      "Australia/Brisbane",
	"AUS Eastern Standard Time":       "Australia/Sydney",
	"Tasmania Standard Time":          "Australia/Hobart",
	"West Pacific Standard Time":      "Pacific/Port_Moresby",
	"New Zealand Standard Time":       "Pacific/Auckland",
	"Fiji Standard Time":              "Pacific/Fiji",
	"Tonga Standard Time":             "Pacific/Tongatapu",
}
