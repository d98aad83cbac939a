package sync

import (
	"context"
	"strings"
	"testing"
	"time"

	"daymark/data"
)

func TestTheSameFieldEditedOnBothGivesOneWinnerAndOneConflict(t *testing.T) {
	dir := folder(t)
	clock := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	a := openDevice(t, t.TempDir()+"/work.db", now)
	b := openDevice(t, t.TempDir()+"/home.db", now)
	a.demo(10)
	a.round(dir)
	b.round(dir)
	date := data.NewDate(2026, 2, 27)

	// Both change the plan of People that day, neither having seen the
	// other's: home a minute later.
	day := a.day(date)
	day.Planned[a.dim("People")] = 45
	a.saveDay(day)
	clock = clock.Add(time.Minute)
	day = b.day(date)
	day.Planned[b.dim("People")] = 75
	b.saveDay(day)

	a.round(dir)
	if rep := b.round(dir); rep.Found != 1 || rep.Conflicts != 1 {
		t.Fatalf("home's round: %+v", rep)
	}
	if rep := a.round(dir); rep.Found != 1 || rep.Conflicts != 1 {
		t.Fatalf("work's round: %+v", rep)
	}
	same(t, a, b)
	if got := a.day(date).Planned[a.dim("People")]; got != 75 {
		t.Errorf("the later change wins: %d", got)
	}
	for _, d := range []*device{a, b} {
		list, err := d.syncer.Conflicts(context.Background())
		if err != nil || len(list) != 1 {
			t.Fatalf("conflicts: %+v %v", list, err)
		}
		c := list[0]
		if c.What != "Fri 27 Feb 2026: the planned time of “People”" || c.Here != "1h 15m" || c.Other != "45m" || !c.OtherAt.Equal(clock.Add(-time.Minute)) {
			t.Errorf("the conflict reads %+v", c)
		}
	}

	// Work picks its own value back: a change of its own, which settles
	// the conflict on both.
	list, _ := a.syncer.Conflicts(context.Background())
	clock = clock.Add(time.Minute)
	if err := a.syncer.TakeOther(context.Background(), list[0].ID); err != nil {
		t.Fatal(err)
	}
	a.round(dir)
	if rep := b.round(dir); rep.Conflicts != 0 || rep.Found != 0 {
		t.Errorf("after work picked its value: %+v", rep)
	}
	same(t, a, b)
	if got := b.day(date).Planned[b.dim("People")]; got != 45 {
		t.Errorf("the value picked is not everywhere: %d", got)
	}
	if n, _ := a.store.CountConflicts(context.Background()); n != 0 {
		t.Errorf("%d conflicts left at work", n)
	}
}

func TestAFieldChangedAfterSeeingTheOtherIsNoConflict(t *testing.T) {
	dir := folder(t)
	a, b := newDevice(t, "work"), newDevice(t, "home")
	a.demo(5)
	a.round(dir)
	b.round(dir)
	date := data.NewDate(2026, 2, 28)
	day := a.day(date)
	day.Note = "first"
	a.saveDay(day)
	a.round(dir)
	b.round(dir)
	day = b.day(date)
	day.Note = "second, knowing the first"
	b.saveDay(day)
	b.round(dir)
	if rep := a.round(dir); rep.Conflicts != 0 || a.day(date).Note != "second, knowing the first" {
		t.Errorf("a change made on top of another is no conflict: %+v, note %q", rep, a.day(date).Note)
	}
}

func TestADeletionWinsOverAnOlderEditAndANewerEditBringsItBack(t *testing.T) {
	dir := folder(t)
	clock := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	a := openDevice(t, t.TempDir()+"/work.db", now)
	b := openDevice(t, t.TempDir()+"/home.db", now)
	ctx := context.Background()
	d := data.Decision{Date: data.NewDate(2026, 3, 1), Title: "Hire Sam"}
	if err := a.store.SaveDecision(ctx, &d); err != nil {
		t.Fatal(err)
	}
	a.round(dir)
	b.round(dir)
	// Home edits it, then work deletes it: the deletion is later.
	theirs, _ := b.store.Decisions(ctx, data.DecisionFilter{})
	theirs[0].Outcome = "went well"
	if err := b.store.SaveDecision(ctx, &theirs[0]); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(time.Minute)
	if err := a.store.DeleteDecision(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	a.round(dir)
	b.round(dir)
	a.round(dir)
	same(t, a, b)
	if n, _ := b.store.CountDecisions(ctx, data.DecisionFilter{}); n != 0 {
		t.Fatalf("the later deletion lost: %d decisions", n)
	}
	list, _ := b.syncer.Conflicts(ctx)
	if len(list) != 1 || list[0].What != "the decision “Hire Sam”: whether it is there" || list[0].Here != "deleted" || list[0].Other != "there" {
		t.Fatalf("the edit lost to the deletion is a conflict: %+v", list)
	}
	// Picking the other value brings it back, with the edit.
	if err := b.syncer.TakeOther(ctx, list[0].ID); err != nil {
		t.Fatal(err)
	}
	b.round(dir)
	a.round(dir)
	same(t, a, b)
	back, _ := a.store.Decisions(ctx, data.DecisionFilter{})
	if len(back) != 1 || back[0].Outcome != "went well" {
		t.Errorf("brought back: %+v", back)
	}

	// A newer edit elsewhere brings a deleted record back.
	clock = clock.Add(time.Minute)
	if err := a.store.DeleteDecision(ctx, back[0].ID); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(time.Minute)
	mine, _ := b.store.Decisions(ctx, data.DecisionFilter{})
	mine[0].Learnt = "ask earlier"
	if err := b.store.SaveDecision(ctx, &mine[0]); err != nil {
		t.Fatal(err)
	}
	a.round(dir)
	b.round(dir)
	a.round(dir)
	same(t, a, b)
	if n, _ := a.store.CountDecisions(ctx, data.DecisionFilter{}); n != 1 || !strings.Contains(a.export(), "ask earlier") {
		t.Errorf("the newer edit did not bring it back: %d", n)
	}
}
