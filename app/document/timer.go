package document

import (
	"sort"
	"time"

	"daymark/data"
)

// The timer's part of the export (version 7): every timed interval, the
// running one included, with the minutes it counts on each date.

// Interval is a timed interval in the export: start and end are
// RFC 3339 in UTC, whole minutes; end is empty while it runs; minutes are
// what it adds to each date's actual minutes (part of days[].actual).
type Interval struct {
	ID        string         `json:"id"`
	Dimension string         `json:"dimension"`
	Start     string         `json:"start"`
	End       string         `json:"end"`
	Note      string         `json:"note"`
	Minutes   map[string]int `json:"minutes"`
}

func (doc *Export) addTimer(c data.Contents, names map[int64]string) {
	minutes := map[string]map[string]int{}
	for _, p := range c.TimedParts {
		if minutes[p.IntervalID] == nil {
			minutes[p.IntervalID] = map[string]int{}
		}
		minutes[p.IntervalID][p.Date.String()] = p.Minutes
	}
	doc.TimedIntervals = make([]Interval, 0, len(c.Intervals))
	for _, iv := range c.Intervals {
		di := Interval{ID: iv.ID, Dimension: names[iv.DimensionID], Start: iv.Start.UTC().Format(time.RFC3339), Note: iv.Note, Minutes: minutes[iv.ID]}
		if !iv.Running() {
			di.End = iv.End.UTC().Format(time.RFC3339)
		}
		if di.Minutes == nil {
			di.Minutes = map[string]int{}
		}
		doc.TimedIntervals = append(doc.TimedIntervals, di)
	}
}

// timerContents reads the timed intervals, and adds their minutes to the
// days' timed minutes.
func (doc Export) timerContents(c *data.Contents, ids map[string]int64) error {
	days := map[data.Date]int{}
	for i, d := range c.Days {
		days[d.Date] = i
	}
	for i, di := range doc.TimedIntervals {
		where := at("timed_intervals", i)
		id, ok := ids[di.Dimension]
		if !ok {
			return data.Errorf(data.EInvalid, "%s: it names “%s”, which is not one of the file's dimensions", where, di.Dimension)
		}
		iv := data.Interval{ID: di.ID, DimensionID: id, Note: di.Note}
		for _, f := range []struct {
			text string
			to   *time.Time
		}{{di.Start, &iv.Start}, {di.End, &iv.End}} {
			if f.text == "" && f.to == &iv.End {
				continue // running
			}
			t, err := time.Parse(time.RFC3339, f.text)
			if err != nil {
				return data.Errorf(data.EInvalid, "%s: “%s” is not a time: write it as 2026-11-02T09:30:00Z", where, f.text)
			}
			*f.to = t.UTC()
		}
		c.Intervals = append(c.Intervals, iv)
		dates := make([]string, 0, len(di.Minutes))
		for d := range di.Minutes {
			dates = append(dates, d)
		}
		sort.Strings(dates)
		for _, d := range dates {
			date, err := data.ParseDate(d)
			if err != nil {
				return data.Errorf(data.EInvalid, "%s: minutes: %s", where, data.ErrorMessage(err))
			}
			c.TimedParts = append(c.TimedParts, data.TimedPart{IntervalID: iv.ID, Date: date, DimensionID: id, Minutes: di.Minutes[d]})
			if k, ok := days[date]; ok {
				c.Days[k].Timed[id] += di.Minutes[d]
			}
		}
	}
	sort.SliceStable(c.Intervals, func(i, j int) bool { return c.Intervals[i].Start.Before(c.Intervals[j].Start) })
	return nil
}
