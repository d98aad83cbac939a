package data

import "context"

// Days and timed intervals as records. A day is known by its date: its
// note and its planned, actual and imported minutes, a field per
// dimension (a day with nothing in it has no value in any field). A timed
// interval is known by its ID: its dimension, start, end (none while it
// runs), note, and the minutes it counts on each date (cut at midnight
// where it was recorded, so every device counts them the same).
//
// The two are written together, last (writeTime): the rules between them
// (at most one timer running, no two intervals overlapping, a day's actual
// minutes never fewer than its timed ones nor more than 1440) must hold
// once both are written.

// The prefixes of a day's fields of minutes, followed by a dimension's UID.
const (
	plannedField  = "planned."
	actualField   = "actual."
	importedField = "imported."
)

func readDays(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	out := map[string]fields{}
	at := func(date string) fields {
		if out[date] == nil {
			out[date] = fields{}
		}
		return out[date]
	}
	cond, args := sel.where("date")
	rows, err := q.QueryContext(ctx, "SELECT date, note FROM day WHERE note != '' AND "+cond, args...)
	if err != nil {
		return nil, scanErr("days", err)
	}
	for rows.Next() {
		var date, note string
		if err := rows.Scan(&date, &note); err != nil {
			rows.Close()
			return nil, scanErr("days", err)
		}
		at(date)["note"] = jsonText(note)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, scanErr("days", err)
	}
	for _, t := range []struct{ query, planned, actual string }{
		{"SELECT date, dimension_id, planned, actual FROM entry WHERE " + cond, plannedField, actualField},
		{"SELECT date, dimension_id, minutes, 0 FROM imported_minutes WHERE " + cond, importedField, ""},
	} {
		rows, err := q.QueryContext(ctx, t.query, args...)
		if err != nil {
			return nil, scanErr("days", err)
		}
		type row struct {
			date      string
			dim, p, a int64
		}
		var list []row
		for rows.Next() {
			var x row
			if err := rows.Scan(&x.date, &x.dim, &x.p, &x.a); err != nil {
				rows.Close()
				return nil, scanErr("days", err)
			}
			list = append(list, x)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, scanErr("days", err)
		}
		for _, x := range list {
			uid, err := r.uid("dimension", x.dim)
			if err != nil {
				return nil, err
			}
			if uid == "" {
				continue
			}
			if x.p != 0 {
				at(x.date)[t.planned+uid] = jsonInt(x.p)
			}
			if x.a != 0 && t.actual != "" {
				at(x.date)[t.actual+uid] = jsonInt(x.a)
			}
		}
	}
	return out, nil
}

func readIntervals(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	cond, args := sel.where("id")
	list, err := queryIntervals(ctx, q, "WHERE "+cond, args...)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, iv := range list {
		dim, err := r.uid("dimension", iv.DimensionID)
		if err != nil {
			return nil, err
		}
		end := jsonNull
		if !iv.Running() {
			end = jsonText(stamp(iv.End))
		}
		parts, err := partsOf(ctx, q, iv.ID)
		if err != nil {
			return nil, err
		}
		out[iv.ID] = fields{"dimension": jsonRef(dim), "start": jsonText(stamp(iv.Start)), "end": end, "note": jsonText(iv.Note), "parts": jsonOf(parts)}
	}
	return out, nil
}

// partsOf returns the minutes an interval counts, by date.
func partsOf(ctx context.Context, q queryer, id string) (map[string]int, error) {
	rows, err := q.QueryContext(ctx, "SELECT date, minutes FROM timed_minutes WHERE interval_id = ?", id)
	if err != nil {
		return nil, scanErr("the timed minutes", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var date string
		var m int
		if err := rows.Scan(&date, &m); err != nil {
			return nil, scanErr("the timed minutes", err)
		}
		out[date] = m
	}
	return out, scanErr("the timed minutes", rows.Err())
}

// The writers of days and intervals only gather them: writeTime writes
// them together.

// A timedInterval is an interval as its record says, with its minutes per
// date and the reading of its latest change.
type timedInterval struct {
	Interval
	parts  map[string]int
	latest HLC
	fields fieldSet
}
