package demo

import (
	"context"
	"testing"
	"time"

	"daymark/app"
	"daymark/app/apptest"
	"daymark/data"
)

func TestDemoMakesBelievableDaysEndingOnTheGivenDate(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	end := data.NewDate(2026, 11, 22)
	n, err := Fill(ctx, store, Options{Days: 60, End: end, Seed: 7})
	if err != nil || n != 60 {
		t.Fatalf("Fill = %d, %v", n, err)
	}
	var withNote, overPlan int
	for i := range 60 {
		day, err := store.Day(ctx, end.AddDays(-i))
		if err != nil {
			t.Fatal(err)
		}
		if day.PlannedTotal() == 0 {
			t.Errorf("%s has no plan", day.Date)
		}
		if i > 0 && day.ActualTotal() == 0 {
			t.Errorf("%s has no actual minutes", day.Date)
		}
		if day.Note != "" {
			withNote++
		}
		if day.ActualTotal() != day.PlannedTotal() {
			overPlan++
		}
	}
	last, err := store.Day(ctx, end)
	if err != nil {
		t.Fatal(err)
	}
	if last.ActualTotal() != 0 {
		t.Errorf("the last day already has actual minutes: %v", last.Actual)
	}
	if withNote == 0 || overPlan < 30 {
		t.Errorf("%d notes and %d days off plan in 60: not believable", withNote, overPlan)
	}
	if before, _ := store.Day(ctx, end.AddDays(-60)); !before.IsEmpty() {
		t.Error("Fill wrote a day before the range")
	}
	targets, err := store.Targets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	focus, err := store.FocusHistory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(targets) != 2 || targets[0].From != end.AddDays(-59) || targets[1].From != end.AddDays(-39) || len(focus) != 1 {
		t.Errorf("targets %+v, focus %+v", targets, focus)
	}
	// Sixty days hold the last two sessions (three weeks apart) and the next, planned for tomorrow.
	sessions, err := store.Sessions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(sessions) != 3 || sessions[1].Date != end.AddDays(-20) || sessions[2].Date != end.AddDays(1) || sessions[2].Questions == "" {
		t.Fatalf("sessions %+v", sessions)
	}
	open := app.OpenActions(sessions, end)
	if len(open) != 1 || !open[0].Overdue || open[0].From != sessions[1].Date {
		t.Errorf("open actions %+v", open)
	}
	// An ideal week from the first day, its weekend unlike its weekdays,
	// and the last three weeks reviewed on their Fridays.
	ideal, err := store.IdealWeeks(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ideal) != 1 || ideal[0].From != end.AddDays(-59) || ideal[0].On(time.Saturday)[1] != 600 || ideal[0].On(time.Monday)[1] != 240 {
		t.Errorf("ideal week %+v", ideal)
	}
	reviews, err := store.Reviews(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(reviews) != 3 || reviews[0].From != data.NewDate(2026, 11, 9) || reviews[2].From != data.NewDate(2026, 10, 26) ||
		data.DateOf(reviews[0].SavedAt.Local()) != data.NewDate(2026, 11, 13) || len(reviews[0].Answers) != 2 || !reviews[0].Focus.Kept || len(reviews[0].Figures.Days) != 7 {
		t.Errorf("reviews %+v", reviews)
	}
	if b := app.FrozenBalance(reviews[0]); b.ActualDays != 7 {
		t.Errorf("a reviewed week of the sample has %d days recorded, want 7", b.ActualDays)
	}
}

func TestDemoRefusesADatabaseWithData(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	if _, err := Fill(ctx, store, Options{Days: 3}); err != nil {
		t.Fatal(err)
	}
	if _, err := Fill(ctx, store, Options{Days: 3}); data.ErrorCode(err) != data.EConflict {
		t.Errorf("second Fill: %v, want a conflict", err)
	}
	for _, days := range []int{0, -1, MaxDays + 1} {
		if _, err := Fill(ctx, apptest.OpenStore(t), Options{Days: days}); data.ErrorCode(err) != data.EInvalid {
			t.Errorf("Fill with %d days: %v", days, err)
		}
	}
}

func TestDemoWritesTenYears(t *testing.T) {
	if testing.Short() {
		t.Skip("writes ten years")
	}
	store := apptest.OpenStore(t)
	n, err := Fill(context.Background(), store, Options{Days: 3650, Seed: 1})
	if err != nil || n != 3650 {
		t.Fatalf("Fill = %d, %v", n, err)
	}
	targets, err := store.Targets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	focus, err := store.FocusHistory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(targets) != 3 || len(focus) != 2 {
		t.Errorf("ten years have %d targets and %d focuses, want 3 and 2", len(targets), len(focus))
	}
	a, err := app.NewValues(store).Alignment(context.Background())
	snapshots, err2 := store.Snapshots(context.Background())
	if err != nil || err2 != nil || len(a.Personal) != 5 || len(a.Organisational) != 5 || len(snapshots) != 3 {
		t.Fatalf("sample alignment: %v %v, %d snapshots", err, err2, len(snapshots))
	}
	if gaps := a.Gaps(); len(gaps) == 0 || gaps[0].Sentence != "Speed conflicts with Trust" {
		t.Errorf("sample gaps = %+v", gaps)
	}
	if n, _ := store.CountDecisions(context.Background(), data.DecisionFilter{}); n != 3650*3/7 {
		t.Errorf("%d sample decisions, want three a week", n)
	}
	reflections, err := store.Reflections(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	contexts, contradictions, err := app.NewValues(store).Contexts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Six reflections, and the answers of three weekly reviews (one written already).
	if len(reflections) != 6+5 || len(contexts) != 4 || len(contradictions) != 2 {
		t.Errorf("%d reflections, %d contexts, %d contradictions", len(reflections), len(contexts), len(contradictions))
	}
}
