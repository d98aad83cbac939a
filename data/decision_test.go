package data

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

func ptr(n int) *int { return &n }

// decisionStore has two values and four decisions to search.
func decisionStore(t testing.TB) (*Store, Value, Value) {
	t.Helper()
	s, err := Open(t.TempDir() + "/d.db")
	if err != nil {
		t.Fatal(err)
	}
	if tt, ok := t.(*testing.T); ok {
		tt.Cleanup(func() { s.Close() })
	}
	ctx := context.Background()
	trust := Value{Kind: Personal, Name: "Trust"}
	speed := Value{Kind: Organisational, Name: "Speed"}
	if err := s.CreateValue(ctx, &trust, NewDate(2026, 1, 1)); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateValue(ctx, &speed, NewDate(2026, 1, 1)); err != nil {
		t.Fatal(err)
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []Decision{
		{Date: NewDate(2026, 3, 1), Title: "Delay the launch", Situation: "Quality of the Équipe's release was low", Feeling: ptr(-2), Honoured: []int64{trust.ID}, Compromised: []int64{speed.ID}, DimensionID: dims[1].ID, ReviewOn: NewDate(2026, 4, 1)},
		{Date: NewDate(2026, 3, 5), Title: "Hire a contractor", Rationale: "budget allows it", Feeling: ptr(1), Honoured: []int64{speed.ID}},
		{Date: NewDate(2026, 3, 9), Title: "Cancel the offsite", Situation: "budgeting season", Feeling: ptr(-1), ReviewOn: NewDate(2026, 3, 20), Outcome: "the team understood"},
		{Date: NewDate(2026, 4, 2), Title: "Move the standup", ReviewOn: NewDate(2026, 4, 10)},
	} {
		if err := s.SaveDecision(ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	return s, trust, speed
}

func titles(rows []DecisionRow) string {
	var t []string
	for _, r := range rows {
		t = append(t, r.Title)
	}
	return strings.Join(t, ", ")
}

func TestDecisionsRoundTripWithTheirValues(t *testing.T) {
	s, trust, speed := decisionStore(t)
	ctx := context.Background()
	rows, err := s.FindDecisions(ctx, DecisionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if titles(rows) != "Move the standup, Cancel the offsite, Hire a contractor, Delay the launch" {
		t.Fatalf("newest first: %s", titles(rows))
	}
	d, err := s.Decision(ctx, rows[3].ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Delay the launch" || *d.Feeling != -2 || !reflect.DeepEqual(d.Honoured, []int64{trust.ID}) || !reflect.DeepEqual(d.Compromised, []int64{speed.ID}) || d.ReviewOn != NewDate(2026, 4, 1) {
		t.Errorf("decision = %+v", d)
	}
	d.Honoured, d.Compromised, d.Feeling, d.Confidence = nil, nil, nil, ptr(7)
	if err := s.SaveDecision(ctx, &d); err != nil {
		t.Fatal(err)
	}
	again, err := s.Decision(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if again.Feeling != nil || *again.Confidence != 7 || len(again.Honoured)+len(again.Compromised) != 0 {
		t.Errorf("after editing: %+v", again)
	}
	if err := s.DeleteDecision(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Decision(ctx, d.ID); ErrorCode(err) != ENotFound {
		t.Errorf("a deleted decision: %v", err)
	}
	if rows, _ := s.FindDecisions(ctx, DecisionFilter{Text: "launch"}); len(rows) != 0 {
		t.Errorf("search still finds the deleted decision: %s", titles(rows))
	}
}

func TestDecisionRulesNameTheField(t *testing.T) {
	s, trust, _ := decisionStore(t)
	ctx := context.Background()
	day := NewDate(2026, 5, 1)
	cases := []struct {
		d    Decision
		want string
	}{
		{Decision{Title: "x"}, "Date: the decision needs the date it was made"},
		{Decision{Date: day, Title: "  "}, "Title: a decision needs a title"},
		{Decision{Date: day, Title: strings.Repeat("t", MaxDecisionTitle+1)}, "Title: too long"},
		{Decision{Date: day, Title: "x", Feeling: ptr(3)}, "Feeling: from −2"},
		{Decision{Date: day, Title: "x", Confidence: ptr(11)}, "Confidence: from 1 to 10"},
		{Decision{Date: day, Title: "x", ReviewOn: day.AddDays(-1)}, "Review on: the review (2026-04-30) comes before the decision (2026-05-01)"},
		{Decision{Date: day, Title: "x", Honoured: []int64{trust.ID}, Compromised: []int64{trust.ID}}, "Values: a value cannot be both honoured and compromised"},
		{Decision{Date: day, Title: "x", Honoured: []int64{999}}, "Values: one of the values no longer exists"},
		{Decision{Date: day, Title: "x", DimensionID: 999}, "Dimension: that dimension no longer exists"},
		{Decision{Date: day, Title: "x", Situation: strings.Repeat("s", MaxDecisionText+1)}, "Situation: too long"},
	}
	for _, c := range cases {
		d := c.d
		if err := s.SaveDecision(ctx, &d); ErrorCode(err) != EInvalid || !strings.Contains(ErrorMessage(err), c.want) {
			t.Errorf("%+v: %v, want %q", c.d.Title, err, c.want)
		}
	}
	if n, _ := s.CountDecisions(ctx, DecisionFilter{}); n != 4 {
		t.Errorf("%d decisions after refusals, want 4", n)
	}
}

func TestSearchAndFilters(t *testing.T) {
	s, trust, speed := decisionStore(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		f    DecisionFilter
		want string
	}{
		{"a word of the title", DecisionFilter{Text: "offsite"}, "Cancel the offsite"},
		{"the start of a word, any case", DecisionFilter{Text: "BUDG"}, "Cancel the offsite, Hire a contractor"},
		{"a word with accents, other case", DecisionFilter{Text: "équipe"}, "Delay the launch"},
		{"two words, both needed", DecisionFilter{Text: "budget contractor"}, "Hire a contractor"},
		{"the outcome", DecisionFilter{Text: "understood"}, "Cancel the offsite"},
		{"punctuation is ignored", DecisionFilter{Text: `"launch" OR (x`}, ""},
		{"a value, honoured or compromised", DecisionFilter{ValueID: speed.ID}, "Hire a contractor, Delay the launch"},
		{"another value", DecisionFilter{ValueID: trust.ID}, "Delay the launch"},
		{"a dimension", DecisionFilter{DimensionID: dims[1].ID}, "Delay the launch"},
		{"a feeling", DecisionFilter{Feeling: ptr(-1)}, "Cancel the offsite"},
		{"discomfort", DecisionFilter{Discomfort: true}, "Cancel the offsite, Delay the launch"},
		{"no value named", DecisionFilter{NoValue: true}, "Move the standup, Cancel the offsite"},
		{"a date range", DecisionFilter{From: NewDate(2026, 3, 2), To: NewDate(2026, 3, 31)}, "Cancel the offsite, Hire a contractor"},
		{"reviews due", DecisionFilter{ReviewDueOn: NewDate(2026, 4, 5)}, "Delay the launch"},
		{"filters together", DecisionFilter{Text: "launch", Discomfort: true, ValueID: trust.ID}, "Delay the launch"},
	}
	for _, c := range cases {
		rows, err := s.FindDecisions(ctx, c.f)
		if err != nil || titles(rows) != c.want {
			t.Errorf("%s: %q, %v; want %q", c.name, titles(rows), err, c.want)
		}
		if n, err := s.CountDecisions(ctx, c.f); n != len(rows) || err != nil {
			t.Errorf("%s: counted %d, %v; found %d", c.name, n, err, len(rows))
		}
	}
	counts, err := s.DecisionValueFeelings(ctx, Date{}, Date{})
	if err != nil {
		t.Fatal(err)
	}
	want := []ValueFeeling{{trust.ID, true, ptr(-2), 1}, {speed.ID, false, ptr(-2), 1}, {speed.ID, true, ptr(1), 1}}
	if len(counts) != 3 {
		t.Fatalf("value feelings = %+v", counts)
	}
	for i := range want {
		g, w := counts[i], want[i]
		if g.ValueID != w.ValueID || g.Honoured != w.Honoured || *g.Feeling != *w.Feeling || g.Count != w.Count {
			t.Errorf("value feelings[%d] = %+v, want %+v", i, g, w)
		}
	}
}

func TestPagesOfDecisionsAndWhereOneComes(t *testing.T) {
	s, trust, _ := decisionStore(t)
	ctx := context.Background()
	pages := []struct {
		f    DecisionFilter
		want string
	}{
		{DecisionFilter{Limit: 2}, "Move the standup, Cancel the offsite"},
		{DecisionFilter{Limit: 2, Offset: 1}, "Cancel the offsite, Hire a contractor"},
		{DecisionFilter{Offset: 2}, "Hire a contractor, Delay the launch"},
		{DecisionFilter{Limit: 2, Offset: 4}, ""},
		{DecisionFilter{Discomfort: true, Offset: 1}, "Delay the launch"},
	}
	for _, p := range pages {
		if rows, err := s.FindDecisions(ctx, p.f); err != nil || titles(rows) != p.want {
			t.Errorf("%+v: %q, %v; want %q", p.f, titles(rows), err, p.want)
		}
	}

	all, err := s.FindDecisions(ctx, DecisionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range all {
		if at, ok, err := s.DecisionPosition(ctx, DecisionFilter{}, r.ID); at != i || !ok || err != nil {
			t.Errorf("%s comes at %d, %v, %v; want %d", r.Title, at, ok, err, i)
		}
	}
	delay := all[3]
	if at, ok, _ := s.DecisionPosition(ctx, DecisionFilter{Discomfort: true}, delay.ID); at != 1 || !ok {
		t.Errorf("among those in discomfort, the delay comes at %d, %v; want 1", at, ok)
	}
	if _, ok, err := s.DecisionPosition(ctx, DecisionFilter{ValueID: trust.ID}, all[0].ID); ok || err != nil {
		t.Errorf("a decision the filter leaves out has a place (%v, %v)", ok, err)
	}
}
