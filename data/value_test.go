package data

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

var day1 = NewDate(2026, 5, 1)

func TestValuesAreUniqueWithinTheirKindAndRanked(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	trust := Value{Kind: Personal, Name: " Trust ", Meaning: "I say what I mean"}
	if err := s.CreateValue(ctx, &trust, day1); err != nil {
		t.Fatal(err)
	}
	if trust.ID == 0 || trust.Rank != 1 || trust.Name != "Trust" {
		t.Errorf("created %+v", trust)
	}
	// The same name is fine for the other kind, not for the same one.
	orgTrust := Value{Kind: Organisational, Name: "trust"}
	if err := s.CreateValue(ctx, &orgTrust, day1); err != nil {
		t.Errorf("an organisational value named like a personal one: %v", err)
	}
	dup := Value{Kind: Personal, Name: "TRUST"}
	if err := s.CreateValue(ctx, &dup, day1); ErrorCode(err) != EConflict || ErrorMessage(err) != "a personal value named “Trust” already exists" {
		t.Errorf("a duplicate: %v", err)
	}
	ünï := Value{Kind: Personal, Name: "Équité"}
	if err := s.CreateValue(ctx, &ünï, day1); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateValue(ctx, &Value{Kind: Personal, Name: "éQUITÉ"}, day1); ErrorCode(err) != EConflict {
		t.Errorf("a duplicate differing in non-ASCII case: %v", err)
	}
	for _, bad := range []Value{{Kind: "team", Name: "x"}, {Kind: Personal, Name: " "}, {Kind: Personal, Name: strings.Repeat("n", MaxValueName+1)}, {Kind: Personal, Name: "ok", Slippery: strings.Repeat("s", MaxValueText+1)}} {
		if err := s.CreateValue(ctx, &bad, day1); ErrorCode(err) != EInvalid {
			t.Errorf("CreateValue(%q) = %v", bad.Name, err)
		}
	}
	third := Value{Kind: Personal, Name: "Speed"}
	if err := s.CreateValue(ctx, &third, day1); err != nil {
		t.Fatal(err)
	}
	if err := s.RankValues(ctx, Personal, []int64{third.ID, trust.ID, ünï.ID}); err != nil {
		t.Fatal(err)
	}
	all, err := s.Values(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, v := range all {
		order = append(order, string(v.Kind[0])+":"+v.Name)
	}
	if strings.Join(order, ",") != "p:Speed,p:Trust,p:Équité,o:trust" {
		t.Errorf("order = %v", order)
	}
	if err := s.RankValues(ctx, Personal, []int64{third.ID, orgTrust.ID, ünï.ID}); ErrorCode(err) != EInvalid {
		t.Errorf("ranking a value of the other kind: %v", err)
	}
}

func TestRatingsKeepADailySnapshot(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	trust := Value{Kind: Personal, Name: "Trust"}
	speed := Value{Kind: Organisational, Name: "Speed"}
	care := Value{Kind: Organisational, Name: "Care"}
	for _, v := range []*Value{&trust, &speed, &care} {
		if err := s.CreateValue(ctx, v, day1); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Rate(ctx, Rating{trust.ID, speed.ID, -2}, true, day1); err != nil {
		t.Fatal(err)
	}
	day2 := day1.AddDays(3)
	if err := s.Rate(ctx, Rating{trust.ID, care.ID, 2}, true, day2); err != nil {
		t.Fatal(err)
	}
	if err := s.Rate(ctx, Rating{trust.ID, speed.ID, 0}, false, day2); err != nil {
		t.Fatal(err)
	}
	ratings, err := s.Ratings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ratings, []Rating{{trust.ID, care.ID, 2}}) {
		t.Errorf("ratings = %+v", ratings)
	}
	snaps, err := s.Snapshots(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(snaps) != 2 || snaps[0].Date != day1 || snaps[1].Date != day2 {
		t.Fatalf("snapshots = %+v", snaps)
	}
	if got := snaps[0].Matrix.Ratings; !reflect.DeepEqual(got, []Rating{{trust.ID, speed.ID, -2}}) {
		t.Errorf("the first day's matrix = %+v", got)
	}
	if got := snaps[1].Matrix; len(got.Personal) != 1 || len(got.Organisational) != 2 || !reflect.DeepEqual(got.Ratings, []Rating{{trust.ID, care.ID, 2}}) {
		t.Errorf("the second day's matrix = %+v", got)
	}
	// Archiving a value leaves it out of that day's matrix, ratings included.
	care.Archived = true
	if err := s.UpdateValue(ctx, care, day2); err != nil {
		t.Fatal(err)
	}
	snaps, err = s.Snapshots(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := snaps[1].Matrix; len(got.Organisational) != 1 || len(got.Ratings) != 0 {
		t.Errorf("after archiving Care: %+v", got)
	}
	for _, bad := range []Rating{{trust.ID, speed.ID, 3}, {speed.ID, trust.ID, 1}, {trust.ID, 999, 1}} {
		if err := s.Rate(ctx, bad, true, day2); ErrorCode(err) != EInvalid {
			t.Errorf("Rate(%+v) = %v", bad, err)
		}
	}
}

func TestPromptsAndReflections(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	prompts, err := s.Prompts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(prompts) != 3 || !prompts[0].Builtin || !strings.HasPrefix(prompts[0].Text, "Is the work you do") {
		t.Fatalf("default prompts = %+v", prompts)
	}
	mine := Prompt{Text: "What did I avoid this week?"}
	if err := s.SavePrompt(ctx, &mine); err != nil {
		t.Fatal(err)
	}
	if err := s.SavePrompt(ctx, &Prompt{Text: "what did i avoid this week?"}); ErrorCode(err) != EConflict {
		t.Errorf("a duplicate prompt: %v", err)
	}
	a := Reflection{PromptID: mine.ID, Date: day1, Answer: "  The budget talk. "}
	b := Reflection{PromptID: mine.ID, Date: day1.AddDays(7), Answer: "Nothing, for once."}
	for _, r := range []*Reflection{&a, &b} {
		if err := s.SaveReflection(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Reflections(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != b.ID || got[1].Answer != "The budget talk." {
		t.Errorf("reflections, newest first = %+v", got)
	}
	for _, bad := range []Reflection{{PromptID: mine.ID, Date: day1, Answer: "  "}, {PromptID: 999, Date: day1, Answer: "x"}, {PromptID: mine.ID, Answer: "x"}} {
		if err := s.SaveReflection(ctx, &bad); ErrorCode(err) != EInvalid {
			t.Errorf("SaveReflection(%+v) = %v", bad, err)
		}
	}
	if empty, _ := s.IsEmpty(ctx); empty {
		t.Error("a database with reflections is empty")
	}
}

func TestContextsAndContradictions(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	org := ValueContext{Name: "Organisation", Definition: "revenue this year"}
	team := ValueContext{Name: "Team", Definition: "a product people love"}
	for _, c := range []*ValueContext{&org, &team} {
		if err := s.SaveContext(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	team.ParentID = org.ID
	if err := s.SaveContext(ctx, &team); err != nil {
		t.Fatal(err)
	}
	org.ParentID = team.ID
	if err := s.SaveContext(ctx, &org); ErrorCode(err) != EInvalid || !strings.Contains(ErrorMessage(err), "cannot sit inside a context that sits inside it") {
		t.Errorf("a loop of contexts: %v", err)
	}
	if err := s.SaveContext(ctx, &ValueContext{Name: "TEAM"}); ErrorCode(err) != EConflict {
		t.Errorf("a duplicate context: %v", err)
	}
	if err := s.SetContradiction(ctx, Contradiction{FirstID: team.ID, SecondID: org.ID, Note: "speed vs. quality"}, true); err != nil {
		t.Fatal(err)
	}
	got, err := s.Contradictions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].FirstID != org.ID || got[0].Note != "speed vs. quality" {
		t.Errorf("contradictions = %+v", got)
	}
	if err := s.SetContradiction(ctx, Contradiction{FirstID: team.ID, SecondID: team.ID}, true); ErrorCode(err) != EInvalid {
		t.Errorf("a context contradicting itself: %v", err)
	}
	if err := s.DeleteContext(ctx, org.ID); err != nil {
		t.Fatal(err)
	}
	cs, err := s.Contexts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cx, err := s.Contradictions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].ParentID != 0 || len(cx) != 0 {
		t.Errorf("after deleting the organisation: %+v, %+v", cs, cx)
	}
}
