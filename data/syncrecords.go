package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
)

// Sync carries the person's data as records: a kind ("day", "decision"),
// the record's identity that is the same on every device (a date, a UID,
// a pair of UIDs), and its fields, each a value written as JSON. Other
// records are named by their UID, never by a row's number, which differs
// from one device to the next. Each kind says how its records are read
// from the tables and written back (synckinds*.go). See docs/sync.md.

// fields are the fields of a record: name → value as JSON. A field that is
// not there has no value (null).
type fields map[string]string

// jsonNull is the value of a field that has none.
const jsonNull = "null"

// fieldDeleted is the field that says whether a record of a kind that can
// be deleted is: "true" or "false".
const fieldDeleted = "deleted"

// A recordKind is a kind of record: how its records are read from the
// tables and written back.
type recordKind struct {
	name string
	// exists: a record can be there or not (it has the field deleted);
	// otherwise a record that is not there has no value in any field (a
	// day with nothing in it).
	exists bool
	// read returns the records the selection picks, as the tables hold
	// them; a record that is not there is not in the map.
	read func(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error)
	// write makes the tables hold the record as f says (f has no
	// deleted=true field unless it is deleted), repairing what would break
	// a rule of the file through w.
	write func(w *recordWriter, record string, f fieldSet) error
	// finish runs once the records of the kind in a batch are written.
	finish func(w *recordWriter) error
	// fields are the names of its fields, and prefixes those of its
	// fields named for another record ("planned." and a dimension's UID):
	// the fields this build reads and writes. Fields of a newer Daymark's
	// are carried, never cleared.
	fields   []string
	prefixes []string
}

// knows reports whether field is one this build reads and writes.
func (k recordKind) knows(field string) bool {
	for _, f := range k.fields {
		if f == field {
			return true
		}
	}
	for _, p := range k.prefixes {
		if strings.HasPrefix(field, p) {
			return true
		}
	}
	return false
}

// names lists field names.
func names(s string) []string { return strings.Fields(s) }

// kinds are every kind of record, in the order a batch writes them: what
// others name comes before them. Days and timed intervals come last,
// together (see writeTime).
var kinds = []recordKind{
	{name: "dimension", exists: true, read: readDimensions, write: writeDimension, fields: names("name description colour position archived")},
	{name: "value", exists: true, read: readValues, write: writeValue, fields: names("kind name meaning behaviours slippery rank archived")},
	{name: "prompt", exists: true, read: readPrompts, write: writePrompt, fields: names("text builtin position archived")},
	{name: "context", exists: true, read: readContexts, write: writeContext, finish: finishContexts, fields: names("name definition parent position")},
	{name: "session", exists: true, read: readSessions, write: writeSession, fields: names("date coach agenda notes questions")},
	{name: "action", exists: true, read: readActions, write: writeAction, fields: names("session text due done position")},
	{name: "alignment", read: readAlignment, write: writeAlignment, fields: names("rating")},
	{name: "snapshot", read: readSnapshots, write: writeSnapshot, fields: names("matrix")},
	{name: "reflection", exists: true, read: readReflections, write: writeReflection, fields: names("prompt date answer")},
	{name: "contradiction", exists: true, read: readContradictions, write: writeContradiction, fields: names("note")},
	{name: "decision", exists: true, read: readDecisions, write: writeDecision, fields: names("date title situation options choice rationale dimension feeling feeling_note confidence shared_with review_on outcome learnt"), prefixes: []string{valueField}},
	{name: "target", read: readTargets, write: writeTarget, prefixes: []string{"minutes."}},
	{name: "focus", exists: true, read: readFocus, write: writeFocus, fields: names("dimension reason")},
	{name: "ideal_week", exists: true, read: readIdealWeeks, write: writeIdealWeek, prefixes: []string{"0.", "1.", "2.", "3.", "4.", "5.", "6."}},
	{name: "review", exists: true, read: readReviews, write: writeReview, fields: names("week_to saved_at focus_dimension focus_kept focus_reason notes figures answers actions")},
	{name: "import_rules", read: readImportRules, write: writeImportRules, fields: names("rules unmatched all_day all_day_minutes emails")},
	{name: "mapping", exists: true, read: readMappings, write: writeMapping, fields: names("name dimension")},
	{name: "imported_event", exists: true, read: readImportedEvents, write: writeImportedEvent, fields: names("source start end title dimension")},
	{name: "interval", exists: true, read: readIntervals, write: deferInterval, fields: names("dimension start end note parts")},
	{name: "day", read: readDays, write: deferDay, finish: writeTime, fields: names("note"), prefixes: []string{plannedField, actualField, importedField}},
}

// kindNamed returns the kind called name, and false for one this build
// does not know (a newer Daymark's).
func kindNamed(name string) (recordKind, bool) {
	for _, k := range kinds {
		if k.name == name {
			return k, true
		}
	}
	return recordKind{}, false
}

// A selection says which records a read picks: every record, or those
// that writes of this transaction marked (table sync_dirty).
type selection struct {
	kind  string
	dirty map[string]bool // nil: every record
}

// all reports whether the selection picks every record.
func (sel selection) all() bool { return sel.dirty == nil }

// has reports whether the selection picks record.
func (sel selection) has(record string) bool { return sel.dirty == nil || sel.dirty[record] }

// where returns an SQL condition (to follow AND) that picks the records
// whose identity is column, and its argument.
func (sel selection) where(column string) (string, []any) {
	if sel.all() {
		return "1", nil
	}
	return column + " IN (SELECT record FROM sync_dirty WHERE kind = ?)", []any{sel.kind}
}

// refs turns the row numbers of one database into UIDs and back, for the
// tables whose rows others name, reading each table once per transaction.
type refs struct {
	ctx  context.Context
	q    queryer
	uids map[string]map[int64]string
	ids  map[string]map[string]int64
}

func newRefs(ctx context.Context, q queryer) *refs {
	return &refs{ctx: ctx, q: q, uids: map[string]map[int64]string{}, ids: map[string]map[string]int64{}}
}

func (r *refs) load(table string) error {
	if r.uids[table] != nil {
		return nil
	}
	rows, err := r.q.QueryContext(r.ctx, "SELECT id, uid FROM "+table+" WHERE uid IS NOT NULL")
	if err != nil {
		return scanErr("the "+table+" UIDs", err)
	}
	defer rows.Close()
	uids, ids := map[int64]string{}, map[string]int64{}
	for rows.Next() {
		var id int64
		var uid string
		if err := rows.Scan(&id, &uid); err != nil {
			return scanErr("the "+table+" UIDs", err)
		}
		uids[id], ids[uid] = uid, id
	}
	r.uids[table], r.ids[table] = uids, ids
	return scanErr("the "+table+" UIDs", rows.Err())
}

// uid returns the UID of row id of table; "" for none.
func (r *refs) uid(table string, id int64) (string, error) {
	if id == 0 {
		return "", nil
	}
	err := r.load(table)
	return r.uids[table][id], err
}

// id returns the row of table with uid, and false when there is none.
func (r *refs) id(table, uid string) (int64, bool, error) {
	if err := r.load(table); err != nil {
		return 0, false, err
	}
	id, ok := r.ids[table][uid]
	return id, ok, nil
}

// forget drops what is known of table, after a write to it.
func (r *refs) forget(table string) { delete(r.uids, table); delete(r.ids, table) }

// Values of fields, written as JSON.

func jsonText(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func jsonInt(n int64) string { return strconv.FormatInt(n, 10) }

func jsonBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// jsonOf writes v as JSON; maps with their keys sorted, so the same value
// is always the same text.
func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return jsonNull
	}
	return string(b)
}

// jsonRef writes a UID, or null for none.
func jsonRef(uid string) string {
	if uid == "" {
		return jsonNull
	}
	return jsonText(uid)
}

// A fieldState is a field's value, the clock reading of the change that
// set it, and the reading of the value that one replaced.
type fieldState struct {
	value string
	hlc   HLC
	prev  HLC
}

// fieldSet is a record's fields with their readings.
type fieldSet map[string]fieldState

// text returns a text field ("" for none), and false when it holds
// another kind of value.
func (f fieldSet) text(name string) (string, bool) {
	v, ok := f[name]
	if !ok || v.value == jsonNull {
		return "", true
	}
	var s string
	return s, json.Unmarshal([]byte(v.value), &s) == nil
}

// number returns a whole number field, and whether it has one; ok is false
// when it holds another kind of value.
func (f fieldSet) number(name string) (n int64, set, ok bool) {
	v, there := f[name]
	if !there || v.value == jsonNull {
		return 0, false, true
	}
	err := json.Unmarshal([]byte(v.value), &n)
	return n, err == nil, err == nil
}

// flag returns a true-or-false field (false for none).
func (f fieldSet) flag(name string) (bool, bool) {
	v, there := f[name]
	if !there || v.value == jsonNull {
		return false, true
	}
	var b bool
	return b, json.Unmarshal([]byte(v.value), &b) == nil
}

// decode reads a field holding a JSON object or list into v; false when it
// cannot. A field with no value leaves v as it is.
func (f fieldSet) decode(name string, v any) bool {
	s, there := f[name]
	if !there || s.value == jsonNull {
		return true
	}
	return json.Unmarshal([]byte(s.value), v) == nil
}

// deleted reports whether the record is deleted.
func (f fieldSet) deleted() bool { return f[fieldDeleted].value == "true" }

// latest returns the reading of the latest change to any of the fields.
func (f fieldSet) latest() HLC {
	var h HLC
	for _, s := range f {
		if h.Before(s.hlc) {
			h = s.hlc
		}
	}
	return h
}

// names returns the field names in order.
func (f fieldSet) names() []string {
	out := make([]string, 0, len(f))
	for n := range f {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// badField is the error of a record whose field holds what Daymark never
// writes there: the change file that brought it is not applied.
func badField(kind, record, field string) error {
	return Errorf(EInvalid, "its %s %s has a field %s that Daymark cannot read", kind, clipText(record, 40), field)
}

// loadFields returns the fields of a record as sync_field holds them.
func loadFields(ctx context.Context, q queryer, kind, record string) (fieldSet, error) {
	rows, err := q.QueryContext(ctx, "SELECT field, value, hlc, prev FROM sync_field WHERE kind = ? AND record = ?", kind, record)
	if err != nil {
		return nil, scanErr("the synced fields", err)
	}
	defer rows.Close()
	out := fieldSet{}
	for rows.Next() {
		var name, value, h, p string
		if err := rows.Scan(&name, &value, &h, &p); err != nil {
			return nil, scanErr("the synced fields", err)
		}
		hlc, err1 := ParseHLC(h)
		prev, err2 := ParseHLC(p)
		if err := firstErr(err1, err2); err != nil {
			return nil, Errorf(ECorrupt, "a synced field is damaged: %s", ErrorMessage(err))
		}
		out[name] = fieldState{value: value, hlc: hlc, prev: prev}
	}
	return out, scanErr("the synced fields", rows.Err())
}

// execIn runs a statement of a writer.
func execIn(ctx context.Context, tx *sql.Tx, query string, args ...any) error {
	_, err := tx.ExecContext(ctx, query, args...)
	return storeError(err)
}
