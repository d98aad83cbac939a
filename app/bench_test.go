package app

import (
	"context"
	"testing"
	"time"

	"daymark/data"
)

// tenYears is a database of ten years of sample days, targets and focus.
func tenYears(b *testing.B) *data.Store {
	b.Helper()
	store := openStore(b)
	if _, err := Demo(context.Background(), store, DemoOptions{Days: 3650, End: data.NewDate(2026, 11, 22), Seed: 1}); err != nil {
		b.Fatal(err)
	}
	return store
}

func BenchmarkBalanceYear(b *testing.B) {
	balancer := NewBalancer(tenYears(b))
	rng := RangeOf(Year, data.NewDate(2025, 6, 1), time.Monday)
	ctx := context.Background()
	for b.Loop() {
		if _, err := balancer.Balance(ctx, rng); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBalanceTenYearsWithCharts(b *testing.B) {
	balancer := NewBalancer(tenYears(b))
	rng, _ := NewRange(data.NewDate(2016, 11, 24), data.NewDate(2026, 11, 22))
	ctx := context.Background()
	for b.Loop() {
		bal, err := balancer.Balance(ctx, rng)
		if err != nil {
			b.Fatal(err)
		}
		bal.StackedDays()
		bal.ShareLines()
		bal.AverageDay()
	}
}
