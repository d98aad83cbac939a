package app

import (
	"context"
	"math"
	"strings"
	"testing"

	"daymark/app/apptest"
	"daymark/data"
)

func alignmentFixture() ([]data.Value, []data.Rating) {
	values := []data.Value{
		{ID: 1, Kind: data.Personal, Name: "Trust", Rank: 1},
		{ID: 2, Kind: data.Personal, Name: "Equity", Rank: 2},
		{ID: 3, Kind: data.Personal, Name: "Family", Rank: 3},
		{ID: 4, Kind: data.Personal, Name: "Old", Rank: 4, Archived: true},
		{ID: 11, Kind: data.Organisational, Name: "Speed", Rank: 1},
		{ID: 12, Kind: data.Organisational, Name: "Care", Rank: 2},
		{ID: 13, Kind: data.Organisational, Name: "Profit", Rank: 3},
	}
	ratings := []data.Rating{rt(1, 11, -2), rt(1, 12, 2), rt(2, 13, -1), rt(3, 12, 1), rt(4, 11, -2)}
	return values, ratings
}

func TestAlignmentScore(t *testing.T) {
	values, ratings := alignmentFixture()
	a := NewAlignment(values, ratings, nil)
	// Trust: strongest +2 → 1, one conflict −½ → ½. Equity: nothing aligned,
	// at odds once → 0 (never below). Family: +1 → ½. The archived Old is left out.
	got, ok := a.Score()
	if !ok || math.Abs(got-100.0/3) > 1e-9 {
		t.Errorf("score = %v, %v; want 33.3", got, ok)
	}
	if _, ok := NewAlignment(values[:3], nil, nil).Score(); ok {
		t.Error("a score without organisational values")
	}
	if got, _ := NewAlignment(values, []data.Rating{rt(1, 12, 2), rt(2, 12, 2), rt(3, 11, 2)}, nil).Score(); got != 100 {
		t.Errorf("every value strongly aligned scores %v", got)
	}
}

func TestAlignmentGapsWorstFirst(t *testing.T) {
	values, ratings := alignmentFixture()
	var got []string
	for _, g := range NewAlignment(values, ratings, nil).Gaps() {
		got = append(got, g.Sentence)
	}
	want := []string{"Speed conflicts with Trust", "Equity has no aligned organisational value", "Profit is at odds with Equity"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("gaps = %q\nwant %q", got, want)
	}
}

func TestScoreOverTimeFollowsTheSnapshots(t *testing.T) {
	values, ratings := alignmentFixture()
	day1 := data.NewDate(2026, 5, 1)
	snaps := []data.Snapshot{
		{Date: day1, Matrix: data.Matrix{Personal: []int64{1}, Organisational: []int64{11}, Ratings: []data.Rating{rt(1, 11, -2)}}},
		{Date: day1.AddDays(4), Matrix: data.Matrix{Personal: []int64{1, 2, 3}, Organisational: []int64{11, 12, 13}, Ratings: ratings[:4]}},
	}
	a := NewAlignment(values, ratings, snaps)
	if _, ok := a.ScoreOn(day1.AddDays(-1)); ok {
		t.Error("a score before the first snapshot")
	}
	if v, ok := a.ScoreOn(day1.AddDays(3)); !ok || v != 0 {
		t.Errorf("score on day 4 = %v (Trust in conflict only: 0)", v)
	}
	if v, _ := a.ScoreOn(day1.AddDays(9)); math.Abs(v-100.0/3) > 1e-9 {
		t.Errorf("score on day 10 = %v", v)
	}
	fit := a.FitOverTime(day1.AddDays(9))
	if len(fit.XLabels) != 10 || len(fit.Lines) != 1 || fit.Lines[0].Share[0] != 0 || math.Abs(fit.Lines[0].Share[9]-1.0/3) > 1e-9 || fit.Lines[0].Summary != "33 now" {
		t.Errorf("fit over time = %+v", fit)
	}
}

func TestValuesKeepTheDaysSnapshot(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	v := NewValues(store)
	day := data.NewDate(2026, 6, 1)
	v.Today = func() data.Date { return day }
	trust := data.Value{Kind: data.Personal, Name: "Trust"}
	speed := data.Value{Kind: data.Organisational, Name: "Speed"}
	if err := v.Create(ctx, &trust); err != nil {
		t.Fatal(err)
	}
	if err := v.Create(ctx, &speed); err != nil {
		t.Fatal(err)
	}
	if err := v.Rate(ctx, data.Rating{PersonalID: trust.ID, OrganisationalID: speed.ID, Rating: 2}, true); err != nil {
		t.Fatal(err)
	}
	a, err := v.Alignment(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := a.ScoreOn(day); !ok || s != 100 {
		t.Errorf("the day's snapshot scores %v, %v", s, ok)
	}
	other := data.Value{Kind: data.Personal, Name: "Family"}
	if err := v.Create(ctx, &other); err != nil {
		t.Fatal(err)
	}
	if err := v.Move(ctx, other, -5); err != nil {
		t.Fatal(err)
	}
	all, err := v.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if all[0].Name != "Family" || all[0].Rank != 1 || all[1].Name != "Trust" {
		t.Errorf("after moving Family to the top: %+v", all)
	}
}

func TestStarterValues(t *testing.T) {
	all := Starter()
	if len(all) < 55 || len(all) > 70 {
		t.Errorf("%d starter values, want about 60", len(all))
	}
	names := map[string]bool{}
	for _, s := range all {
		if s.Name == "" || s.Meaning == "" || names[strings.ToLower(s.Name)] {
			t.Errorf("starter value %+v is empty or repeated", s)
		}
		names[strings.ToLower(s.Name)] = true
	}
	for _, want := range []string{"transparency", "trust", "collaboration", "equity", "productivity", "empathy"} {
		if !names[want] {
			t.Errorf("the seed's %q is not in the starter list", want)
		}
	}
	if got := SearchStarter("  TRUTH "); len(got) != 1 || got[0].Name != "Honesty" {
		t.Errorf("searching “truth” finds %+v", got)
	}
	if got := SearchStarter(""); len(got) != len(all) {
		t.Errorf("an empty search finds %d", len(got))
	}
}

// rt makes a rating of a personal and an organisational value.
func rt(personal, organisational int64, rating int) data.Rating {
	return data.Rating{PersonalID: personal, OrganisationalID: organisational, Rating: rating}
}
