package data

import (
	"context"
	"encoding/json"
	"strings"
	"time"
)

// Imports as records: the rules and settings (one record, "settings": the
// rules are an ordered list, edited as a whole), each tracker mapping
// (known by its kind and name), and what imports remember of each event
// (known by its UID, occurrence and date).

// count runs a query of one number.
func count(ctx context.Context, q queryer, query string, args ...any) (int, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return 0, storeError(err)
	}
	defer rows.Close()
	n := 0
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, storeError(err)
		}
	}
	return n, storeError(rows.Err())
}

// syncRule is an import rule as the settings record holds it.
type syncRule struct {
	Field     string `json:"field"`
	Op        string `json:"op"`
	Pattern   string `json:"pattern"`
	Dimension string `json:"dimension"` // UID; "" skips the events
}

func readImportRules(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	if !sel.has("settings") {
		return nil, nil
	}
	n, err := count(ctx, q, "SELECT (SELECT count(*) FROM import_settings) + (SELECT count(*) FROM import_rule)")
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return map[string]fields{}, nil // none: the record is not there
	}
	rules, err := queryImportRules(ctx, q)
	if err != nil {
		return nil, err
	}
	list := []syncRule{}
	for _, x := range rules.Rules {
		dim, err := r.uid("dimension", x.DimensionID)
		if err != nil {
			return nil, err
		}
		list = append(list, syncRule{Field: x.Field, Op: x.Op, Pattern: x.Pattern, Dimension: dim})
	}
	unmatched, err := r.uid("dimension", rules.Unmatched)
	if err != nil {
		return nil, err
	}
	emails := rules.Emails
	if emails == nil {
		emails = []string{}
	}
	return map[string]fields{"settings": {"rules": jsonOf(list), "unmatched": jsonRef(unmatched), "all_day": jsonBool(rules.AllDay),
		"all_day_minutes": jsonInt(int64(rules.AllDayMinutes)), "emails": jsonOf(emails)}}, nil
}

func writeImportRules(w *recordWriter, record string, f fieldSet) error {
	var list []syncRule
	var emails []string
	unmatched, ok1 := f.text("unmatched")
	allDay, ok2 := f.flag("all_day")
	minutes, set, ok3 := f.number("all_day_minutes")
	if record != "settings" || !(ok1 && ok2 && ok3 && f.decode("rules", &list) && f.decode("emails", &emails)) {
		return badField("import_rules", record, "")
	}
	if !set {
		minutes = DefaultAllDayMinutes
	}
	rules := ImportRules{AllDay: allDay, AllDayMinutes: int(minutes), Emails: emails}
	dim := func(uid string) (int64, error) {
		if uid == "" {
			return 0, nil
		}
		id, _, err := w.refs.id("dimension", uid) // one that is not here: none
		return id, err
	}
	var err error
	if rules.Unmatched, err = dim(unmatched); err != nil {
		return err
	}
	for _, x := range list {
		id, err := dim(x.Dimension)
		if err != nil {
			return err
		}
		rules.Rules = append(rules.Rules, Rule{Field: x.Field, Op: x.Op, Pattern: x.Pattern, DimensionID: id})
	}
	rules.Normalize()
	if err := rules.Validate(); err != nil {
		return Errorf(EInvalid, "the import rules: %s", ErrorMessage(err))
	}
	for _, table := range []string{"import_rule", "import_settings"} {
		if err := w.exec("DELETE FROM " + table); err != nil {
			return err
		}
	}
	if err := w.exec("INSERT INTO import_settings (id, unmatched_dimension_id, all_day, all_day_minutes, emails) VALUES (1, ?, ?, ?, ?)",
		nullID(rules.Unmatched), rules.AllDay, rules.AllDayMinutes, strings.Join(rules.Emails, "\n")); err != nil {
		return err
	}
	for i, x := range rules.Rules {
		if err := w.exec("INSERT INTO import_rule (position, field, op, pattern, dimension_id) VALUES (?, ?, ?, ?, ?)",
			i+1, x.Field, x.Op, x.Pattern, nullID(x.DimensionID)); err != nil {
			return err
		}
	}
	return nil
}

func readMappings(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	rows, err := q.QueryContext(ctx, "SELECT kind || ':' || lower(name), name, coalesce(dimension_id, 0) FROM tracker_mapping")
	if err != nil {
		return nil, scanErr("the tracker mappings", err)
	}
	type row struct {
		key, name string
		dim       int64
	}
	var list []row
	for rows.Next() {
		var x row
		if err := rows.Scan(&x.key, &x.name, &x.dim); err != nil {
			rows.Close()
			return nil, scanErr("the tracker mappings", err)
		}
		list = append(list, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, scanErr("the tracker mappings", err)
	}
	out := map[string]fields{}
	for _, x := range list {
		if !sel.has(x.key) {
			continue
		}
		dim, err := r.uid("dimension", x.dim)
		if err != nil {
			return nil, err
		}
		out[x.key] = fields{"name": jsonText(x.name), "dimension": jsonRef(dim)}
	}
	return out, nil
}

func writeMapping(w *recordWriter, record string, f fieldSet) error {
	kind, _, ok := strings.Cut(record, ":")
	if !ok {
		return badField("mapping", record, "")
	}
	if err := w.exec("DELETE FROM tracker_mapping WHERE kind || ':' || lower(name) = ?", record); err != nil || f.deleted() {
		return err
	}
	name, ok1 := f.text("name")
	dim, ok2 := f.text("dimension")
	m := Mapping{Kind: kind, Name: strings.TrimSpace(name)}
	if !ok1 || !ok2 || m.Validate() != nil {
		return badField("mapping", record, "")
	}
	if dim != "" {
		id, _, err := w.refs.id("dimension", dim)
		if err != nil {
			return err
		}
		m.DimensionID = id
	}
	return w.exec("INSERT INTO tracker_mapping (kind, name, dimension_id) VALUES (?, ?, ?)", m.Kind, m.Name, nullID(m.DimensionID))
}

func readImportedEvents(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	cond, args := sel.where("json_array(uid, occurrence, date)")
	rows, err := q.QueryContext(ctx, `SELECT json_array(uid, occurrence, date), source, start, end, title, dimension_id FROM imported_event WHERE `+cond, args...)
	if err != nil {
		return nil, scanErr("the imported events", err)
	}
	type row struct {
		key, source, start, end, title string
		dim                            int64
	}
	var list []row
	for rows.Next() {
		var x row
		if err := rows.Scan(&x.key, &x.source, &x.start, &x.end, &x.title, &x.dim); err != nil {
			rows.Close()
			return nil, scanErr("the imported events", err)
		}
		list = append(list, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, scanErr("the imported events", err)
	}
	out := map[string]fields{}
	for _, x := range list {
		dim, err := r.uid("dimension", x.dim)
		if err != nil {
			return nil, err
		}
		out[x.key] = fields{"source": jsonText(x.source), "start": jsonText(x.start), "end": jsonText(x.end), "title": jsonText(x.title), "dimension": jsonRef(dim)}
	}
	return out, nil
}

func writeImportedEvent(w *recordWriter, record string, f fieldSet) error {
	var key []string
	if json.Unmarshal([]byte(record), &key) != nil || len(key) != 3 {
		return badField("imported_event", record, "")
	}
	date, err := ParseDate(key[2])
	if err != nil {
		return badField("imported_event", record, "")
	}
	if f.deleted() {
		return w.exec("DELETE FROM imported_event WHERE uid = ? AND occurrence = ? AND date = ?", key[0], key[1], key[2])
	}
	e := ImportedEvent{UID: key[0], Occurrence: key[1], Date: date}
	var ok [5]bool
	var start, end, dim string
	e.Source, ok[0] = f.text("source")
	start, ok[1] = f.text("start")
	end, ok[2] = f.text("end")
	e.Title, ok[3] = f.text("title")
	dim, ok[4] = f.text("dimension")
	var errs [2]error
	e.Start, errs[0] = time.Parse(time.RFC3339, start)
	e.End, errs[1] = time.Parse(time.RFC3339, end)
	if !ok[0] || !ok[1] || !ok[2] || !ok[3] || !ok[4] || firstErr(errs[:]...) != nil {
		return badField("imported_event", record, "")
	}
	id, there, err := w.refs.id("dimension", dim)
	if err != nil || !there {
		return err // an event of a dimension that is not here: left out
	}
	e.DimensionID = id
	if err := e.Validate(); err != nil {
		return Errorf(EInvalid, "the imported event “%s”: %s", clipText(e.Title, 60), ErrorMessage(err))
	}
	return insertImportedEvent(w.ctx, w.tx, e)
}
