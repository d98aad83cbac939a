package data

import (
	"context"
	"strings"
	"testing"
)

func TestTargetVersionsAndTheOneInForce(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	jan := Target{From: NewDate(2026, 1, 1), Minutes: map[int64]int{dims[0].ID: 240, dims[1].ID: 180}}
	mar := Target{From: NewDate(2026, 3, 1), Minutes: map[int64]int{dims[1].ID: 240}}
	for _, tg := range []Target{mar, jan} {
		if err := s.SaveTarget(ctx, tg); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Targets(ctx)
	if err != nil || len(all) != 2 || all[0].From != jan.From || all[1].Minutes[dims[1].ID] != 240 || len(all[1].Minutes) != 1 {
		t.Fatalf("Targets = %+v, %v", all, err)
	}
	cases := []struct {
		date   Date
		ok     bool
		people int
	}{
		{NewDate(2025, 12, 31), false, 0},
		{NewDate(2026, 1, 1), true, 180},
		{NewDate(2026, 2, 28), true, 180},
		{NewDate(2026, 3, 1), true, 240},
		{NewDate(2027, 1, 1), true, 240},
	}
	for _, c := range cases {
		got, ok := InForce(all, c.date)
		if ok != c.ok || got.Minutes[dims[1].ID] != c.people {
			t.Errorf("InForce(%s) = %v %+v", c.date, ok, got)
		}
	}

	// Saving the same date again replaces that version.
	jan.Minutes = map[int64]int{dims[2].ID: 60}
	if err := s.SaveTarget(ctx, jan); err != nil {
		t.Fatal(err)
	}
	all, err = s.Targets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || len(all[0].Minutes) != 1 || all[0].Minutes[dims[2].ID] != 60 {
		t.Errorf("after replacing January: %+v", all)
	}
	if err := s.DeleteTarget(ctx, mar.From); err != nil {
		t.Fatal(err)
	}
	if all, _ = s.Targets(ctx); len(all) != 1 {
		t.Errorf("after deleting March: %+v", all)
	}
}

func TestTargetsNeverExceedADay(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	over := Target{From: NewDate(2026, 1, 1), Minutes: map[int64]int{dims[0].ID: 1000, dims[1].ID: 441}}
	if err := s.SaveTarget(ctx, over); ErrorCode(err) != EInvalid || !strings.Contains(ErrorMessage(err), "1441 minutes") {
		t.Errorf("a target over 1440: %v", err)
	}
	if err := s.SaveTarget(ctx, Target{From: NewDate(2026, 1, 1), Minutes: map[int64]int{dims[0].ID: -1}}); ErrorCode(err) != EInvalid {
		t.Errorf("a negative target: %v", err)
	}
	if _, err := s.db.Exec("INSERT INTO target VALUES ('2026-02-02', ?, 1000), ('2026-02-02', ?, 500)", dims[0].ID, dims[1].ID); err == nil {
		t.Error("the file took a target over 1440 minutes")
	}
	if all, _ := s.Targets(ctx); len(all) != 0 {
		t.Errorf("refused targets were stored: %+v", all)
	}
}

func TestFocusHistory(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first := Focus{Started: NewDate(2026, 1, 5), DimensionID: dims[3].ID, Reason: "the strategy is unclear"}
	second := Focus{Started: NewDate(2026, 6, 1), DimensionID: dims[1].ID, Reason: "three new people joined"}
	for _, f := range []Focus{second, first} {
		if err := s.SetFocus(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	history, err := s.FocusHistory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(history) != 2 || history[0] != first || history[1] != second {
		t.Fatalf("history = %+v", history)
	}
	if f, ok := FocusOn(history, NewDate(2026, 5, 31)); !ok || f != first {
		t.Errorf("focus on 31 May = %+v", f)
	}
	if _, ok := FocusOn(history, NewDate(2026, 1, 4)); ok {
		t.Error("a focus before any started")
	}
	second.Reason = "changed my mind"
	if err := s.SetFocus(ctx, second); err != nil {
		t.Fatal(err)
	}
	if history, _ = s.FocusHistory(ctx); len(history) != 2 || history[1].Reason != "changed my mind" {
		t.Errorf("after replacing: %+v", history)
	}
	for _, bad := range []Focus{{Started: NewDate(2026, 1, 1)}, {Started: NewDate(2026, 1, 1), DimensionID: 999}, {DimensionID: dims[0].ID}, {Started: NewDate(2026, 1, 1), DimensionID: dims[0].ID, Reason: strings.Repeat("x", MaxReason+1)}} {
		if err := s.SetFocus(ctx, bad); ErrorCode(err) != EInvalid {
			t.Errorf("SetFocus(%+v) = %v", bad, err)
		}
	}
	if empty, _ := s.IsEmpty(ctx); empty {
		t.Error("a database with a focus counts as empty")
	}
}
