package data

import (
	"context"
	"database/sql"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// What a calendar rule looks at, and how it compares.
const (
	FieldTitle     = "title"     // the event's summary
	FieldOrganiser = "organiser" // the organiser's name and address
	FieldAttendees = "attendees" // how many attendees the event lists

	OpContains = "contains" // the text holds the pattern, ignoring case
	OpPattern  = "pattern"  // the text matches a regular expression, ignoring case
	OpAtLeast  = "at_least" // the attendees number at least the pattern's
	OpAtMost   = "at_most"  // the attendees number at most the pattern's
)

// Kinds of tracker mapping.
const (
	MappingProject = "project"
	MappingTag     = "tag"
)

// Limits on the import rules.
const (
	MaxRules        = 200
	MaxRulePattern  = 200
	MaxMappings     = 500
	MaxMappingName  = 200
	MaxEmails       = 20
	MaxAttendeeRule = 10000
)

// A Rule sends a calendar event to a dimension: when Field, compared by Op,
// matches Pattern. A rule without a dimension (DimensionID 0) skips the
// event instead.
type Rule struct {
	Field       string
	Op          string
	Pattern     string
	DimensionID int64
}

// A Mapping sends a time tracker's entries of a project, or with a tag, to
// a dimension; without one (DimensionID 0) they are skipped.
type Mapping struct {
	Kind        string // MappingProject or MappingTag
	Name        string
	DimensionID int64
}

// ImportRules say how imported calendars and time trackers become actual
// minutes: the rules in order (the first that matches wins), the tracker
// mappings, where what nothing matches goes, whether all-day events count,
// and which email addresses are the person's.
type ImportRules struct {
	Rules         []Rule
	Mappings      []Mapping
	Unmatched     int64 // the dimension of events and entries nothing matches; 0: they are skipped
	AllDay        bool  // all-day events count, AllDayMinutes on each of their days
	AllDayMinutes int
	Emails        []string // the person's addresses: declined invitations, their own entries in a team's export
}

// DefaultAllDayMinutes is how long an all-day event counts when all-day
// events count at all: a working day.
const DefaultAllDayMinutes = 480

// Normalize trims the texts, writes addresses in lower case without
// "mailto:", and drops empty and repeated addresses.
func (r *ImportRules) Normalize() {
	for i := range r.Rules {
		r.Rules[i].Pattern = strings.TrimSpace(r.Rules[i].Pattern)
	}
	for i := range r.Mappings {
		r.Mappings[i].Name = strings.TrimSpace(r.Mappings[i].Name)
	}
	var emails []string
	seen := map[string]bool{}
	for _, e := range r.Emails {
		e = strings.ToLower(strings.TrimSpace(e))
		e = strings.TrimPrefix(e, "mailto:")
		if e != "" && !seen[e] {
			seen[e] = true
			emails = append(emails, e)
		}
	}
	r.Emails = emails
}

// SortMappings puts mappings in the order they are listed: projects, then
// tags, each by name.
func SortMappings(ms []Mapping) {
	slices.SortStableFunc(ms, func(a, b Mapping) int {
		if a.Kind != b.Kind {
			return strings.Compare(a.Kind, b.Kind)
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
}

// Equal reports whether r and o say the same, in the same order.
func (r ImportRules) Equal(o ImportRules) bool {
	return slices.Equal(r.Rules, o.Rules) && slices.Equal(r.Mappings, o.Mappings) && r.Unmatched == o.Unmatched &&
		r.AllDay == o.AllDay && r.AllDayMinutes == o.AllDayMinutes && slices.Equal(r.Emails, o.Emails)
}

// Validate reports the first rule, mapping or setting that is wrong, naming
// it the way the rules editor shows it: "Rule 3: …".
func (r ImportRules) Validate() error {
	if len(r.Rules) > MaxRules {
		return Errorf(EInvalid, "at most %d rules", MaxRules)
	}
	for i, rule := range r.Rules {
		if err := rule.Validate(); err != nil {
			return Errorf(EInvalid, "Rule %d: %s", i+1, ErrorMessage(err))
		}
	}
	if len(r.Mappings) > MaxMappings {
		return Errorf(EInvalid, "at most %d project and tag mappings", MaxMappings)
	}
	names := map[string]int{}
	for i, m := range r.Mappings {
		if err := m.Validate(); err != nil {
			return Errorf(EInvalid, "Mapping %d: %s", i+1, ErrorMessage(err))
		}
		key := m.Kind + "\x00" + strings.ToLower(strings.TrimSpace(m.Name))
		if j, ok := names[key]; ok {
			return Errorf(EConflict, "Mapping %d: the %s “%s” is mapped already, in mapping %d", i+1, m.Kind, strings.TrimSpace(m.Name), j+1)
		}
		names[key] = i
	}
	if r.AllDayMinutes < 1 || r.AllDayMinutes > MinutesPerDay {
		return Errorf(EInvalid, "All-day events: count them for 1 to %d minutes, not %d", MinutesPerDay, r.AllDayMinutes)
	}
	if len(r.Emails) > MaxEmails {
		return Errorf(EInvalid, "Your email addresses: at most %d", MaxEmails)
	}
	for _, e := range r.Emails {
		if !emailPattern.MatchString(e) {
			return Errorf(EInvalid, "Your email addresses: “%s” is not an email address", e)
		}
	}
	return nil
}

var emailPattern = regexp.MustCompile(`^[^\s@]+@[^\s@]+$`)

// Validate reports what is wrong with the rule, as a sentence.
func (r Rule) Validate() error {
	text := strings.TrimSpace(r.Pattern)
	switch r.Field {
	case FieldTitle, FieldOrganiser:
		if r.Op != OpContains && r.Op != OpPattern {
			return Errorf(EInvalid, "a %s is compared with “contains” or “matches”", r.Field)
		}
	case FieldAttendees:
		if r.Op != OpAtLeast && r.Op != OpAtMost {
			return Errorf(EInvalid, "attendees are counted with “at least” or “at most”")
		}
	default:
		return Errorf(EInvalid, "a rule looks at the title, the organiser or the attendees, not “%s”", r.Field)
	}
	switch n := utf8.RuneCountInString(text); {
	case n == 0 && r.Field == FieldAttendees:
		return Errorf(EInvalid, "say how many attendees")
	case n == 0:
		return Errorf(EInvalid, "say what to look for in the %s", r.Field)
	case n > MaxRulePattern:
		return Errorf(EInvalid, "at most %d characters to look for", MaxRulePattern)
	}
	if err := noNUL("what to look for", text); err != nil {
		return err
	}
	switch r.Op {
	case OpPattern:
		if _, err := regexp.Compile("(?i)" + text); err != nil {
			return Errorf(EInvalid, "“%s” is not a pattern (a regular expression): %s", text, patternProblem(err))
		}
	case OpAtLeast, OpAtMost:
		if n, err := strconv.Atoi(text); err != nil || n < 0 || n > MaxAttendeeRule {
			return Errorf(EInvalid, "“%s” is not a number of attendees: write a whole number such as 2", text)
		}
	}
	return nil
}

// patternProblem is the part of a regexp error a person can act on.
func patternProblem(err error) string {
	return strings.TrimPrefix(err.Error(), "error parsing regexp: ")
}

// Validate reports what is wrong with the mapping, as a sentence.
func (m Mapping) Validate() error {
	if m.Kind != MappingProject && m.Kind != MappingTag {
		return Errorf(EInvalid, "a mapping is of a project or of a tag, not “%s”", m.Kind)
	}
	switch n := utf8.RuneCountInString(strings.TrimSpace(m.Name)); {
	case n == 0:
		return Errorf(EInvalid, "name the %s", m.Kind)
	case n > MaxMappingName:
		return Errorf(EInvalid, "the %s's name is too long: at most %d characters", m.Kind, MaxMappingName)
	}
	return noNUL("the "+m.Kind+"'s name", m.Name)
}

// starterRules are the rules a new database starts with, by dimension name.
var starterRules = []struct{ field, op, pattern, dimension string }{
	{FieldTitle, OpContains, "1:1", "People"},
	{FieldTitle, OpPattern, `\b(1on1|one[ -]on[ -]one)\b`, "People"},
	{FieldTitle, OpContains, "interview", "People"},
	{FieldTitle, OpContains, "coaching", "My self"},
	{FieldTitle, OpContains, "lunch", "My self"},
	{FieldTitle, OpContains, "retro", "Organisational improvement"},
	{FieldTitle, OpContains, "process", "Organisational improvement"},
	{FieldTitle, OpContains, "strategy", "Value management"},
	{FieldTitle, OpContains, "roadmap", "Value management"},
	{FieldTitle, OpContains, "customer", "Value management"},
	{FieldAttendees, OpAtMost, "2", "People"},
}

// StarterRules returns the rules Daymark starts with, for the dimensions
// dims: "1:1" → People and the like. A starter rule whose dimension is not
// among dims (by name, ignoring case) is left out. Events that match none
// are skipped.
func StarterRules(dims []Dimension) ImportRules {
	ids := map[string]int64{}
	for _, d := range dims {
		ids[strings.ToLower(d.Name)] = d.ID
	}
	r := ImportRules{AllDayMinutes: DefaultAllDayMinutes}
	for _, s := range starterRules {
		if id, ok := ids[strings.ToLower(s.dimension)]; ok {
			r.Rules = append(r.Rules, Rule{Field: s.field, Op: s.op, Pattern: s.pattern, DimensionID: id})
		}
	}
	return r
}

// ImportRules returns the rules, mappings and settings of imports.
func (s *Store) ImportRules(ctx context.Context) (_ ImportRules, err error) {
	defer doing(&err, "reading the import rules")
	return queryImportRules(ctx, s.db)
}

func queryImportRules(ctx context.Context, q queryer) (ImportRules, error) {
	r := ImportRules{AllDayMinutes: DefaultAllDayMinutes}
	rows, err := q.QueryContext(ctx, "SELECT coalesce(unmatched_dimension_id, 0), all_day, all_day_minutes, emails FROM import_settings")
	if err != nil {
		return r, scanErr("the import settings", err)
	}
	for rows.Next() {
		var emails string
		if err := rows.Scan(&r.Unmatched, &r.AllDay, &r.AllDayMinutes, &emails); err != nil {
			rows.Close()
			return r, scanErr("the import settings", err)
		}
		r.Emails = strings.Fields(emails)
	}
	rows.Close()
	if rows, err = q.QueryContext(ctx, "SELECT field, op, pattern, coalesce(dimension_id, 0) FROM import_rule ORDER BY position, id"); err != nil {
		return r, scanErr("the import rules", err)
	}
	for rows.Next() {
		var rule Rule
		if err := rows.Scan(&rule.Field, &rule.Op, &rule.Pattern, &rule.DimensionID); err != nil {
			rows.Close()
			return r, scanErr("the import rules", err)
		}
		r.Rules = append(r.Rules, rule)
	}
	rows.Close()
	if rows, err = q.QueryContext(ctx, "SELECT kind, name, coalesce(dimension_id, 0) FROM tracker_mapping"); err != nil {
		return r, scanErr("the tracker mappings", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m Mapping
		if err := rows.Scan(&m.Kind, &m.Name, &m.DimensionID); err != nil {
			return r, scanErr("the tracker mappings", err)
		}
		r.Mappings = append(r.Mappings, m)
	}
	SortMappings(r.Mappings)
	return r, scanErr("the tracker mappings", rows.Err())
}

// SaveImportRules replaces the rules, mappings and settings of imports
// with r, in one transaction.
func (s *Store) SaveImportRules(ctx context.Context, r ImportRules) (err error) {
	defer doing(&err, "saving the import rules")
	r.Normalize()
	if err := r.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error { return saveImportRules(ctx, tx, r) })
}

func saveImportRules(ctx context.Context, tx *sql.Tx, r ImportRules) error {
	for _, table := range []string{"import_rule", "tracker_mapping", "import_settings"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+table); err != nil {
			return storeError(err)
		}
	}
	missing := func(err error, what string) error {
		if isForeignKey(err) {
			return Errorf(EInvalid, "%s: the dimension it names does not exist", what)
		}
		return storeError(err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO import_settings (id, unmatched_dimension_id, all_day, all_day_minutes, emails) VALUES (1, ?, ?, ?, ?)",
		nullID(r.Unmatched), r.AllDay, r.AllDayMinutes, strings.Join(r.Emails, "\n")); err != nil {
		return missing(err, "Events that match no rule")
	}
	for i, rule := range r.Rules {
		if _, err := tx.ExecContext(ctx, "INSERT INTO import_rule (position, field, op, pattern, dimension_id) VALUES (?, ?, ?, ?, ?)",
			i+1, rule.Field, rule.Op, rule.Pattern, nullID(rule.DimensionID)); err != nil {
			return missing(err, "Rule "+strconv.Itoa(i+1))
		}
	}
	for i, m := range r.Mappings {
		if _, err := tx.ExecContext(ctx, "INSERT INTO tracker_mapping (kind, name, dimension_id) VALUES (?, ?, ?)",
			m.Kind, m.Name, nullID(m.DimensionID)); err != nil {
			return missing(err, "Mapping "+strconv.Itoa(i+1))
		}
	}
	return nil
}

// seedImportRules gives a database the starter rules when it has no import
// settings yet. It is not a change of the person's: the revision stays.
func (s *Store) seedImportRules(ctx context.Context) error {
	return s.transact(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM import_settings").Scan(&n); err != nil || n > 0 {
			return storeError(err)
		}
		dims, err := queryDimensions(ctx, tx)
		if err != nil {
			return err
		}
		return saveImportRules(ctx, tx, StarterRules(dims))
	})
}
