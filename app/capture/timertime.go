package capture

import (
	"strings"
	"time"

	"daymark/app"
	"daymark/data"
)

// ParseTime reads the time a person gives a timer's start or stop:
// "09:15" (today, local), "2026-03-02T09:15" (local) or RFC 3339
// ("2026-03-02T09:15:00+01:00"). now says which day is today; loc is the
// local time zone.
func ParseTime(s string, now time.Time, loc *time.Location) (time.Time, error) {
	in := strings.TrimSpace(s)
	if t, err := time.ParseInLocation("15:04", in, loc); err == nil {
		y, m, d := now.In(loc).Date()
		return time.Date(y, m, d, t.Hour(), t.Minute(), 0, 0, loc), nil
	}
	if t, err := time.ParseInLocation("2006-01-02T15:04", in, loc); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, in); err == nil {
		return t.In(loc), nil
	}
	if len(in) == 4 && strings.Count(in, ":") == 1 { // 9:15
		return ParseTime("0"+in, now, loc)
	}
	return time.Time{}, data.Errorf(data.EInvalid, "“%s” is not a time: write 09:15 (today), 2026-03-02T09:15, or an RFC 3339 time such as 2026-03-02T09:15:00+01:00", app.Clip(s, 40))
}
