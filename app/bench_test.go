package app_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"daymark/app"
	"daymark/app/demo"
	"daymark/data"
)

// The benchmarks of make bench that read or write the store, over the
// database PRODUCT.md's budgets are set for: ten years of days (3,650) and
// 10,000 decisions, with the sample's targets, focus and values.

var tenYearsFile = struct {
	once sync.Once
	dir  string // removed by TestMain
	path string
	err  error
}{}

// TestMain removes the ten-year database the benchmarks shared.
func TestMain(m *testing.M) {
	code := m.Run()
	if tenYearsFile.dir != "" {
		os.RemoveAll(tenYearsFile.dir)
	}
	os.Exit(code)
}

// tenYears opens a copy of the ten-year database, made once per test run:
// filling it takes longer than most benchmarks.
func tenYears(b *testing.B) (*data.Store, string) {
	b.Helper()
	f := &tenYearsFile
	f.once.Do(func() {
		if f.dir, f.err = os.MkdirTemp("", "daymark-bench-"); f.err != nil {
			return
		}
		f.path = filepath.Join(f.dir, "ten-years.db")
		store, err := data.Open(f.path)
		if err != nil {
			f.err = err
			return
		}
		defer store.Close()
		_, f.err = demo.Fill(context.Background(), store, demo.Options{Days: 3650, Decisions: 10000, End: data.NewDate(2026, 11, 22), Seed: 1})
	})
	if f.err != nil {
		b.Fatal(f.err)
	}
	src, err := os.ReadFile(f.path)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "ten-years.db")
	if err := os.WriteFile(path, src, 0o600); err != nil {
		b.Fatal(err)
	}
	store, err := data.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	return store, path
}

func BenchmarkOpenStore(b *testing.B) {
	store, path := tenYears(b)
	store.Close()
	for b.Loop() {
		s, err := data.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

func BenchmarkSaveDay(b *testing.B) {
	store, _ := tenYears(b)
	planner := app.NewPlanner(store)
	ctx := context.Background()
	dims, err := store.Dimensions(ctx)
	if err != nil {
		b.Fatal(err)
	}
	day, err := planner.Day(ctx, data.NewDate(2026, 6, 1))
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		day.Planned[dims[i%len(dims)].ID] = 30 + i%120
		if err := planner.SaveDay(ctx, day); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadDay(b *testing.B) {
	store, _ := tenYears(b)
	planner := app.NewPlanner(store)
	ctx := context.Background()
	for b.Loop() {
		if _, err := planner.Day(ctx, data.NewDate(2021, 6, 1)); err != nil {
			b.Fatal(err)
		}
	}
}

// balanceOf works out a range's figures and the chart series the Balance
// screen draws from them.
func balanceOf(b *testing.B, balancer *app.Balancer, rng app.Range) {
	bal, err := balancer.Balance(context.Background(), rng)
	if err != nil {
		b.Fatal(err)
	}
	bal.StackedDays()
	bal.ShareLines()
	bal.AverageDay()
}

func BenchmarkBalanceYear(b *testing.B) {
	store, _ := tenYears(b)
	balancer := app.NewBalancer(store)
	rng := app.RangeOf(app.Year, data.NewDate(2025, 6, 1), time.Monday)
	for b.Loop() {
		balanceOf(b, balancer, rng)
	}
}

func BenchmarkBalanceTenYears(b *testing.B) {
	store, _ := tenYears(b)
	balancer := app.NewBalancer(store)
	rng, err := app.NewRange(data.NewDate(2016, 11, 24), data.NewDate(2026, 11, 22))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		balanceOf(b, balancer, rng)
	}
}

// searchDecisions searches the log as the Decisions screen does while the
// person types: how many match, and the first page of them.
func searchDecisions(b *testing.B, f data.DecisionFilter, atLeast int) {
	store, _ := tenYears(b)
	decisions := app.NewDecisions(store)
	ctx := context.Background()
	for b.Loop() {
		page, err := decisions.Search(ctx, f, app.DecisionPage, 0)
		if err != nil {
			b.Fatal(err)
		}
		if page.Total < atLeast || len(page.Rows) != min(page.Total, app.DecisionPage) {
			b.Fatalf("%d decisions found, %d read; want at least %d found", page.Total, len(page.Rows), atLeast)
		}
	}
}

func BenchmarkSearchDecisionsWord(b *testing.B) {
	searchDecisions(b, data.DecisionFilter{Text: "billing"}, 500)
}

func BenchmarkSearchDecisionsOneLetter(b *testing.B) {
	searchDecisions(b, data.DecisionFilter{Text: "t"}, 9000) // the first letter typed matches nearly all
}

func BenchmarkSearchDecisionsCommonWord(b *testing.B) {
	searchDecisions(b, data.DecisionFilter{Text: "the"}, 9000) // in nearly every decision, many times
}

func BenchmarkSearchDecisionsAll(b *testing.B) {
	searchDecisions(b, data.DecisionFilter{}, 10000) // the screen as it opens
}

func BenchmarkDecisionInsights(b *testing.B) {
	store, _ := tenYears(b)
	decisions := app.NewDecisions(store)
	ctx := context.Background()
	today := data.NewDate(2026, 11, 22)
	for b.Loop() {
		if _, err := decisions.Insights(ctx, today); err != nil {
			b.Fatal(err)
		}
	}
}
