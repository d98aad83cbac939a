package data

import (
	"sort"
	"strconv"
	"time"
)

// Writing days and timed intervals as records: each is held back as it
// arrives (deferDay, deferInterval), then all are written together by
// writeTime, once the rules between them can be checked whole (see
// synckindstime.go).

func deferInterval(w *recordWriter, id string, f fieldSet) error {
	if w.intervals == nil {
		w.intervals = map[string]fieldSet{}
	}
	w.intervals[id] = f
	return nil
}

func deferDay(w *recordWriter, date string, f fieldSet) error {
	if w.days == nil {
		w.days = map[string]fieldSet{}
	}
	w.days[date] = f
	return nil
}

// intervalOf reads an interval record; nil when it is deleted, or names
// a dimension that is not here.
func (w *recordWriter) intervalOf(id string, f fieldSet) (*timedInterval, error) {
	if f.deleted() {
		return nil, nil
	}
	dim, ok1 := f.text("dimension")
	start, ok2 := f.text("start")
	end, ok3 := f.text("end")
	note, ok4 := f.text("note")
	var parts map[string]int
	if !(ok1 && ok2 && ok3 && ok4 && f.decode("parts", &parts)) {
		return nil, badField("interval", id, "")
	}
	iv := &timedInterval{Interval: Interval{ID: id, Note: note}, parts: parts, latest: f.latest(), fields: f}
	var err error
	if iv.Start, err = time.Parse(time.RFC3339, start); err != nil {
		return nil, badField("interval", id, "start")
	}
	if end != "" {
		if iv.End, err = time.Parse(time.RFC3339, end); err != nil {
			return nil, badField("interval", id, "end")
		}
	}
	dimID, there, err := w.refs.id("dimension", dim)
	if err != nil || !there {
		return nil, err
	}
	iv.DimensionID = dimID
	if err := iv.Validate(); err != nil {
		return nil, Errorf(EInvalid, "a timed interval: %s", ErrorMessage(err))
	}
	total := 0
	for date, m := range parts {
		if _, err := ParseDate(date); err != nil || m < 1 || m > MinutesPerDay || iv.Running() {
			return nil, badField("interval", id, "parts")
		}
		total += m
	}
	if !iv.Running() && total > iv.Minutes() {
		return nil, badField("interval", id, "parts")
	}
	return iv, nil
}

// writeTime writes the intervals and days gathered: the intervals' rules
// first (repairs take back, as deleted, the interval whose latest change
// is older of two that overlap or run at once), then the days they
// touch (their actual minutes never fewer than the timed ones, nor more
// than 1440), then the intervals and their minutes.
func writeTime(w *recordWriter) error {
	intervals, days := w.intervals, w.days
	w.intervals, w.days = nil, nil
	touched := map[string]*timedInterval{}
	ids := make([]string, 0, len(intervals))
	for id := range intervals {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		iv, err := w.intervalOf(id, intervals[id])
		if err != nil {
			return err
		}
		touched[id] = iv
	}
	live, err := w.settleIntervals(touched)
	if err != nil {
		return err
	}
	// The dates whose timed minutes change, and those whose fields do.
	dates := map[string]bool{}
	for date := range days {
		dates[date] = true
	}
	for _, id := range ids {
		old, err := partsOf(w.ctx, w.c, id)
		if err != nil {
			return err
		}
		for date := range old {
			dates[date] = true
		}
		if iv := touched[id]; iv != nil {
			for date := range iv.parts {
				dates[date] = true
			}
		}
	}
	for _, id := range ids {
		if err := w.exec("DELETE FROM timed_interval WHERE id = ?", id); err != nil {
			return err
		}
	}
	known, err := dimensionIDs(w.ctx, w.tx)
	if err != nil {
		return err
	}
	for _, date := range sortedRecords(dates) {
		if err := w.writeDay(date, days[date], touched, known); err != nil {
			return err
		}
	}
	return w.insertIntervals(live)
}

// settleIntervals returns the intervals written, once the rules between
// them and the others hold: of two that overlap (or run at once), the one
// whose latest change is older is taken back, as a repair. An interval
// taken back that was not among them joins them, deleted.
func (w *recordWriter) settleIntervals(touched map[string]*timedInterval) ([]*timedInterval, error) {
	others, err := queryIntervals(w.ctx, w.tx, "ORDER BY start")
	if err != nil {
		return nil, err
	}
	var all []*timedInterval
	for _, iv := range others {
		if _, mine := touched[iv.ID]; mine {
			continue
		}
		f, err := loadFields(w.ctx, w.c, "interval", iv.ID)
		if err != nil {
			return nil, err
		}
		parts, err := partsOf(w.ctx, w.c, iv.ID)
		if err != nil {
			return nil, err
		}
		all = append(all, &timedInterval{Interval: iv, parts: parts, latest: f.latest(), fields: f})
	}
	for _, iv := range touched {
		if iv != nil {
			all = append(all, iv)
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if !all[i].Start.Equal(all[j].Start) {
			return all[i].Start.Before(all[j].Start)
		}
		return all[i].ID < all[j].ID
	})
	end := func(iv *timedInterval) time.Time {
		if iv.Running() {
			return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		return iv.End
	}
	var kept []*timedInterval
	for _, iv := range all {
		if n := len(kept); n > 0 && end(kept[n-1]).After(iv.Start) { // a running one reaches into the future
			prev := kept[n-1]
			loser, winner := iv, prev
			if prev.latest.Before(iv.latest) {
				loser, winner = prev, iv
			}
			why := "it overlaps a timed interval changed later on another device: the same minute cannot be timed twice"
			if err := w.repair("interval", loser.ID, fieldDeleted, loser.fields[fieldDeleted], "true", why); err != nil {
				return nil, err
			}
			if _, mine := touched[loser.ID]; !mine {
				if err := w.exec("DELETE FROM timed_interval WHERE id = ?", loser.ID); err != nil {
					return nil, err
				}
			}
			touched[loser.ID] = nil
			kept[n-1] = winner
			continue
		}
		kept = append(kept, iv)
	}
	var live []*timedInterval
	for _, iv := range kept {
		if touched[iv.ID] != nil {
			live = append(live, iv)
		}
	}
	return live, nil
}

// writeDay writes the day of date as its fields say (f; nil: as they are
// stored), keeping its rules with the timed minutes the intervals will
// count on it.
func (w *recordWriter) writeDay(date string, f fieldSet, touched map[string]*timedInterval, known map[int64]bool) error {
	d, err := ParseDate(date)
	if err != nil {
		return badField("day", date, "")
	}
	written := f != nil
	if !written {
		if f, err = loadFields(w.ctx, w.c, "day", date); err != nil {
			return err
		}
	}
	timed, err := timedOn(w.ctx, w.c, d)
	if err != nil {
		return err
	}
	for _, iv := range touched {
		if iv != nil && iv.parts[date] > 0 {
			timed[iv.DimensionID] += iv.parts[date]
		}
	}
	planned, plannedDims, err := w.minutesOf("day", date, f, plannedField)
	if err != nil {
		return err
	}
	actual, actualDims, err := w.minutesOf("day", date, f, actualField)
	if err != nil {
		return err
	}
	imported, importedDims, err := w.minutesOf("day", date, f, importedField)
	if err != nil {
		return err
	}
	note, ok := f.text("note")
	if !ok {
		return badField("day", date, "note")
	}
	// Actual minutes never fewer than the timed ones: raised to them.
	uids := map[int64]string{}
	for _, id := range sortedIDs(timed) {
		uid, err := w.refs.uid("dimension", id)
		if err != nil {
			return err
		}
		uids[id] = uid
		name := actualField + uid
		if actual[name] < timed[id] {
			old, there := f[name]
			if !there {
				old = fieldState{value: jsonNull}
			}
			why := d.Format("Mon 2 Jan 2006") + ": the actual minutes would be fewer than the timer counted"
			if err := w.repair("day", date, name, old, strconv.Itoa(timed[id]), why); err != nil {
				return err
			}
			actual[name], actualDims[name] = timed[id], id
		}
	}
	floor := map[string]int{}
	for id, m := range timed {
		floor[actualField+uids[id]] = m
	}
	what := d.Format("Mon 2 Jan 2006")
	if err := w.fit("day", date, f, planned, nil, what+": the planned minutes"); err != nil {
		return err
	}
	if err := w.fit("day", date, f, actual, floor, what+": the actual minutes"); err != nil {
		return err
	}
	day := NewDay(d)
	day.Note = note
	day.Planned, day.Actual, day.Timed = byID(planned, plannedDims), byID(actual, actualDims), timed
	if err := writeDay(w.ctx, w.c, known, day); err != nil {
		return Errorf(ErrorCode(err), "%s: %s", what, ErrorMessage(err))
	}
	w.daysWritten = append(w.daysWritten, date)
	if written {
		return saveImportedDay(w.ctx, w.tx, ImportedDay{Date: d, Minutes: byID(imported, importedDims)})
	}
	return nil
}

// insertIntervals writes the intervals and their minutes: stopped ones
// before the running one.
func (w *recordWriter) insertIntervals(live []*timedInterval) error {
	sort.SliceStable(live, func(i, j int) bool { return !live[i].Running() && live[j].Running() })
	for _, iv := range live {
		if err := insertInterval(w.ctx, w.tx, iv.Interval); err != nil {
			return err
		}
		dates := make([]string, 0, len(iv.parts))
		for date := range iv.parts {
			dates = append(dates, date)
		}
		sort.Strings(dates)
		for _, date := range dates {
			d, _ := ParseDate(date)
			if err := insertPart(w.ctx, w.tx, TimedPart{IntervalID: iv.ID, Date: d, DimensionID: iv.DimensionID, Minutes: iv.parts[date]}); err != nil {
				return err
			}
		}
	}
	return nil
}

// sortedIDs returns the keys of m in order.
func sortedIDs(m map[int64]int) []int64 {
	out := make([]int64, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
