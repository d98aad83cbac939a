package capture

import (
	"time"

	"daymark/app/timeimport"
	"daymark/data"
)

// limit returns when the running interval of st must stop so that no day
// it spans up to now's holds more than 1440 actual minutes, and the day
// that would be full; zero when today has room to its end. A day's room is
// what its typed and timed minutes leave: minutes an import set yield to
// the timer (settle cuts them), so they leave room.
func limit(st data.TimerState, loc *time.Location, now time.Time) (time.Time, data.Date) {
	r := st.Running
	days := map[data.Date]data.Day{}
	for _, d := range st.Days {
		days[d.Date] = d
	}
	imported := map[data.Date]map[int64]int{}
	for _, d := range st.Imported {
		imported[d.Date] = d.Minutes
	}
	last := data.DateOf(now.In(loc))
	for d := data.DateOf(r.Start.In(loc)); !d.After(last); d = d.AddDays(1) {
		d0, d1 := data.DayBounds(d, loc)
		from := later(r.Start, d0)
		day, ok := days[d]
		if !ok {
			day = data.NewDay(d)
		}
		room := data.MinutesPerDay
		for _, m := range timeimport.TypedByHand(data.ImportDay{Day: day, Imported: imported[d]}) {
			room -= m
		}
		for _, m := range day.Timed {
			room -= m
		}
		if end := from.Add(time.Duration(max(room, 0)) * time.Minute); end.Before(d1) {
			return end, d
		}
	}
	return time.Time{}, data.Date{}
}
