package data

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestANewDatabaseStartsWithTheStarterRules(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	rules, err := s.ImportRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rules.Rules) != len(starterRules) {
		t.Fatalf("%d rules, want the %d starter rules", len(rules.Rules), len(starterRules))
	}
	first := rules.Rules[0]
	if first.Field != FieldTitle || first.Op != OpContains || first.Pattern != "1:1" || first.DimensionID != dims[1].ID {
		t.Errorf("the first rule is %+v, want title contains 1:1 → People (%d)", first, dims[1].ID)
	}
	if rules.Unmatched != 0 || rules.AllDay || rules.AllDayMinutes != DefaultAllDayMinutes {
		t.Errorf("settings %+v: unmatched events should be skipped, all-day ones too", rules)
	}
	if r, _ := s.Revision(ctx); r != 0 {
		t.Errorf("seeding the rules moved the revision to %d", r)
	}
	if empty, _ := s.IsEmpty(ctx); !empty {
		t.Error("a database with only the starter rules is not empty")
	}
}

func TestMigratingToSchema7GivesRulesForTheDimensionsThere(t *testing.T) {
	fresh := filepath.Join(t.TempDir(), "fresh.db") // the default dimensions
	if s, err := Open(fresh); err != nil {
		t.Fatal(err)
	} else {
		s.Close()
	}
	s, err := Open(fileAtVersionFrom(t, 6, fresh))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	rules, err := s.ImportRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rules.Rules) != len(starterRules) {
		t.Fatalf("%d starter rules after migrating, want %d", len(rules.Rules), len(starterRules))
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules.Rules {
		if !slices.ContainsFunc(dims, func(d Dimension) bool { return d.ID == r.DimensionID }) {
			t.Errorf("rule %+v names a dimension the file does not have", r)
		}
	}
}

func TestSaveImportRulesRoundTripsAndChangedRulesAreData(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	in := ImportRules{
		Rules: []Rule{
			{Field: FieldOrganiser, Op: OpContains, Pattern: " ceo@example.com ", DimensionID: dims[3].ID},
			{Field: FieldTitle, Op: OpPattern, Pattern: `^lunch\b`, DimensionID: 0},
			{Field: FieldAttendees, Op: OpAtLeast, Pattern: "10", DimensionID: dims[2].ID},
		},
		Mappings:  []Mapping{{Kind: MappingTag, Name: "1:1", DimensionID: dims[1].ID}, {Kind: MappingProject, Name: "Admin"}},
		Unmatched: dims[3].ID, AllDay: true, AllDayMinutes: 300,
		Emails: []string{"MAILTO:Me@Example.com", "me@example.com", " other@example.org"},
	}
	if err := s.SaveImportRules(ctx, in); err != nil {
		t.Fatal(err)
	}
	out, err := s.ImportRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := in
	want.Normalize()
	want.Mappings = []Mapping{{Kind: MappingProject, Name: "Admin"}, {Kind: MappingTag, Name: "1:1", DimensionID: dims[1].ID}} // by kind and name
	if !reflect.DeepEqual(out, want) {
		t.Errorf("rules:\n got %+v\nwant %+v", out, want)
	}
	if strings.Join(out.Emails, " ") != "me@example.com other@example.org" {
		t.Errorf("emails = %q", out.Emails)
	}
	if empty, _ := s.IsEmpty(ctx); empty {
		t.Error("changed rules do not count as data")
	}
}

func TestBadImportRulesAreRefusedWithASentenceAndChangeNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	before, err := s.ImportRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ok := func() ImportRules { return ImportRules{AllDayMinutes: 480} }
	with := func(f func(*ImportRules)) ImportRules { r := ok(); f(&r); return r }
	cases := []struct {
		name  string
		rules ImportRules
		want  string
	}{
		{"empty keyword", with(func(r *ImportRules) { r.Rules = []Rule{{Field: FieldTitle, Op: OpContains, Pattern: "  "}} }), "Rule 1: say what to look for in the title"},
		{"bad pattern", with(func(r *ImportRules) { r.Rules = []Rule{{Field: FieldTitle, Op: OpPattern, Pattern: "a[b"}} }), "Rule 1: “a[b” is not a pattern (a regular expression): missing closing ]: `[b`"},
		{"attendees are numbers", with(func(r *ImportRules) { r.Rules = []Rule{{Field: FieldAttendees, Op: OpAtMost, Pattern: "two"}} }), "Rule 1: “two” is not a number of attendees"},
		{"attendees are counted", with(func(r *ImportRules) { r.Rules = []Rule{{Field: FieldAttendees, Op: OpContains, Pattern: "2"}} }), "Rule 1: attendees are counted with “at least” or “at most”"},
		{"titles are not counted", with(func(r *ImportRules) { r.Rules = []Rule{{Field: FieldTitle, Op: OpAtLeast, Pattern: "2"}} }), "Rule 1: a title is compared with “contains” or “matches”"},
		{"unknown field", with(func(r *ImportRules) { r.Rules = []Rule{{Field: "location", Op: OpContains, Pattern: "x"}} }), "not “location”"},
		{"mapped twice", with(func(r *ImportRules) {
			r.Mappings = []Mapping{{Kind: MappingProject, Name: "Ops"}, {Kind: MappingProject, Name: " ops"}}
		}), "Mapping 2: the project “ops” is mapped already, in mapping 1"},
		{"no name", with(func(r *ImportRules) { r.Mappings = []Mapping{{Kind: MappingTag}} }), "Mapping 1: name the tag"},
		{"all day too long", with(func(r *ImportRules) { r.AllDayMinutes = 1441 }), "All-day events: count them for 1 to 1440 minutes, not 1441"},
		{"not an address", with(func(r *ImportRules) { r.Emails = []string{"me at work"} }), "“me at work” is not an email address"},
		{"unknown dimension", with(func(r *ImportRules) {
			r.Rules = []Rule{{Field: FieldTitle, Op: OpContains, Pattern: "x", DimensionID: 99}}
		}), "Rule 1: the dimension it names does not exist"},
		{"unknown default", with(func(r *ImportRules) { r.Unmatched = 99 }), "Events that match no rule: the dimension it names does not exist"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := s.SaveImportRules(ctx, c.rules)
			if err == nil || !strings.Contains(ErrorMessage(err), c.want) {
				t.Errorf("error = %v, want %q", err, c.want)
			}
		})
	}
	after, err := s.ImportRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !after.Equal(before) {
		t.Error("a refused save changed the rules")
	}
	if r, _ := s.Revision(ctx); r != 0 {
		t.Errorf("revision = %d after refused saves", r)
	}
}

func TestRulesAndMappingsSayWhatIsWrong(t *testing.T) {
	for _, c := range []struct {
		check func() error
		want  string
	}{
		{Rule{Field: FieldTitle, Op: OpContains, Pattern: " "}.Validate, "say what to look for in the title"},
		{Rule{Field: FieldTitle, Op: OpPattern, Pattern: "(unclosed"}.Validate, "“(unclosed” is not a pattern"},
		{Rule{Field: FieldTitle, Op: OpContains, Pattern: "a\x00b"}.Validate, "what to look for contains a NUL character"},
		{Rule{Field: FieldAttendees, Op: OpAtLeast, Pattern: "many"}.Validate, "“many” is not a number of attendees"},
		{Rule{Field: "colour", Op: OpContains, Pattern: "x"}.Validate, "a rule looks at the title, the organiser or the attendees"},
		{Mapping{Kind: MappingProject, Name: "Hiring\x00"}.Validate, "the project's name contains a NUL character"},
		{Mapping{Kind: MappingTag, Name: ""}.Validate, "name the tag"},
	} {
		if err := c.check(); ErrorCode(err) != EInvalid || !strings.HasPrefix(ErrorMessage(err), c.want) {
			t.Errorf("%v, want %q", err, c.want)
		}
	}
}
