package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"daymark/app"
	"daymark/data"
)

// A Conflict is a value that lost to a change made on another device that
// had not seen it, described for a person: what it is of, the value it
// holds here and the other value, which the person can pick instead.
type Conflict struct {
	ID      int64     `json:"id"`
	What    string    `json:"what"`     // "Mon 2 Mar 2026: the planned time of People"
	Here    string    `json:"here"`     // the value it holds, in words
	Other   string    `json:"other"`    // the value that lost, in words
	HereAt  time.Time `json:"here_at"`  // when the value it holds was set, by its clock
	OtherAt time.Time `json:"other_at"` // when the other was
	Noticed time.Time `json:"noticed"`  // when this device found the conflict
	Kind    string    `json:"kind"`     // the record and field, as sync names them
	Record  string    `json:"record"`
	Field   string    `json:"field"`
}

// Conflicts returns the conflicts not settled, described, the first
// noticed first.
func (s *Syncer) Conflicts(ctx context.Context) ([]Conflict, error) {
	list, err := s.store.Conflicts(ctx)
	if err != nil {
		return nil, err
	}
	d := describer{ctx: ctx, store: s.store, records: map[string]map[string]string{}}
	out := make([]Conflict, 0, len(list))
	for _, c := range list {
		what, here, other := d.describe(c)
		if d.err != nil {
			return nil, d.err
		}
		out = append(out, Conflict{ID: c.ID, What: what, Here: here, Other: other, HereAt: c.Winner.Time(), OtherAt: c.HLC.Time(),
			Noticed: c.Noticed, Kind: c.Kind, Record: c.Record, Field: c.Field})
	}
	return out, nil
}

// TakeOther settles a conflict by giving its field the value that lost,
// as a change made here (refused with a sentence, and nothing changed,
// when that would break a rule such as a day's 1440 minutes).
func (s *Syncer) TakeOther(ctx context.Context, id int64) error {
	return s.store.ResolveConflict(ctx, id, true)
}

// KeepThis settles a conflict by keeping the value its field holds, said
// again as a change made here so the other devices settle it too.
func (s *Syncer) KeepThis(ctx context.Context, id int64) error {
	return s.store.ResolveConflict(ctx, id, false)
}

// A describer puts records and their fields in words, reading each record
// once.
type describer struct {
	ctx     context.Context
	store   *data.Store
	records map[string]map[string]string
	err     error
}

// record returns a record's fields, as this database last knew them.
func (d *describer) record(kind, record string) map[string]string {
	key := kind + "\x00" + record
	if r, ok := d.records[key]; ok {
		return r
	}
	r, err := d.store.SyncedRecord(d.ctx, kind, record)
	if err != nil && d.err == nil {
		d.err = err
	}
	d.records[key] = r
	return r
}

// text returns a field holding text ("" for none or another value).
func text(fields map[string]string, name string) string {
	var s string
	json.Unmarshal([]byte(fields[name]), &s)
	return s
}

// name returns how a record of a kind that joins by name is called.
func (d *describer) name(kind, uid string) string {
	field := "name"
	if kind == "prompt" {
		field = "text"
	}
	if n := text(d.record(kind, uid), field); n != "" {
		return "“" + clip(n, 60) + "”"
	}
	return "(one not here)"
}

// date writes a date of a record the way Daymark writes dates.
func date(s string) string {
	if d, err := data.ParseDate(s); err == nil {
		return d.Format("Mon 2 Jan 2006")
	}
	return s
}

// describe says what the conflict c is of, the value its field holds and
// the one that lost.
func (d *describer) describe(c data.Conflict) (what, here, other string) {
	r := c.Record
	field, ref, _ := strings.Cut(c.Field, ".")
	minutes := false
	var of string
	switch c.Kind {
	case "day":
		of, minutes = date(r), field != "note"
	case "target":
		of, minutes = "the targets from "+date(r), true
	case "ideal_week":
		of, minutes = "the ideal week from "+date(r), true
	case "dimension", "value", "prompt", "context":
		of = "the " + c.Kind + " " + d.name(c.Kind, r)
	case "decision":
		of = "the decision “" + clip(text(d.record("decision", r), "title"), 60) + "”"
	case "reflection":
		of = "the answer of " + date(text(d.record("reflection", r), "date"))
	case "session":
		of = "the coaching session of " + date(text(d.record("session", r), "date"))
	case "action":
		of = "the action “" + clip(text(d.record("action", r), "text"), 60) + "”"
	case "alignment", "contradiction":
		a, b, _ := strings.Cut(r, ":")
		kind := map[string]string{"alignment": "value", "contradiction": "context"}[c.Kind]
		of = "the " + c.Kind + " of " + d.name(kind, a) + " and " + d.name(kind, b)
	case "snapshot":
		of = "the alignment as it stood on " + date(r)
	case "focus":
		of = "the focus from " + date(r)
	case "review":
		of = "the review of the week of " + date(r)
	case "import_rules":
		of = "the import rules"
	case "mapping":
		kind, name, _ := strings.Cut(r, ":")
		of = "the " + kind + " mapping “" + clip(name, 60) + "”"
	case "imported_event":
		of = "an imported event (“" + clip(text(d.record(c.Kind, r), "title"), 60) + "”)"
	case "interval":
		of = "the timed interval from " + text(d.record(c.Kind, r), "start")
	default:
		of = c.Kind + " " + r
	}
	thing := "the " + strings.ReplaceAll(field, "_", " ")
	switch {
	case c.Field == "deleted":
		thing = "whether it is there"
	case c.Kind == "day" && ref != "":
		thing = "the " + field + " time of " + d.name("dimension", ref)
	case c.Kind == "target" && ref != "":
		thing = "the target of " + d.name("dimension", ref)
	case c.Kind == "ideal_week" && ref != "":
		if wd, err := strconv.Atoi(field); err == nil {
			thing = time.Weekday(wd%7).String() + "s, " + d.name("dimension", ref)
		}
	case c.Kind == "decision" && field == "value" && ref != "":
		thing = "how it treated the value " + d.name("value", ref)
	}
	return of + ": " + thing, d.value(c.Kind, c.Field, c.Current, minutes), d.value(c.Kind, c.Field, c.Value, minutes)
}

// value writes a field's value in words.
func (d *describer) value(kind, field, raw string, minutes bool) string {
	var v any
	if json.Unmarshal([]byte(raw), &v) != nil {
		return raw
	}
	switch x := v.(type) {
	case nil:
		if field == "note" || minutes {
			return "none"
		}
		return "nothing"
	case bool:
		switch {
		case field == "deleted" && x:
			return "deleted"
		case field == "deleted":
			return "there"
		case kind == "decision":
			return map[bool]string{true: "honoured", false: "compromised"}[x]
		}
		return map[bool]string{true: "yes", false: "no"}[x]
	case float64:
		if minutes {
			return app.FormatDuration(int(x))
		}
		return fmt.Sprint(x)
	case string:
		if field == "dimension" || field == "focus_dimension" || field == "unmatched" {
			return d.name("dimension", x)
		}
		if field == "prompt" {
			return d.name("prompt", x)
		}
		if field == "parent" {
			return d.name("context", x)
		}
		if x == "" {
			return "nothing"
		}
		return "“" + clip(x, 80) + "”"
	}
	return "a version of its own"
}

// clip shortens s to n characters, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// ConflictCount returns how many conflicts are not settled.
func (s *Syncer) ConflictCount(ctx context.Context) (int, error) { return s.store.CountConflicts(ctx) }
