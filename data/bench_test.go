package data

import (
	"context"
	"path/filepath"
	"testing"
)

// tenYears fills a store with 3,650 days of four dimensions each.
func tenYears(b *testing.B) (*Store, string) {
	b.Helper()
	path := filepath.Join(b.TempDir(), "ten-years.db")
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	dims, _ := s.Dimensions(context.Background())
	end := NewDate(2026, 11, 22)
	days := make([]Day, 0, 3650)
	for i := range 3650 {
		d := NewDay(end.AddDays(-i))
		for j, dim := range dims {
			d.Planned[dim.ID] = 60 + 15*((i+j)%8)
			d.Actual[dim.ID] = 55 + 10*((i*j)%9)
		}
		d.Note = "A day of work and life"
		days = append(days, d)
	}
	if err := s.SaveDays(context.Background(), days); err != nil {
		b.Fatal(err)
	}
	return s, path
}

func BenchmarkSaveDay(b *testing.B) {
	s, _ := tenYears(b)
	defer s.Close()
	ctx := context.Background()
	dims, _ := s.Dimensions(ctx)
	day := NewDay(NewDate(2026, 11, 23))
	i := 0
	for b.Loop() {
		i++
		day.Planned[dims[i%len(dims)].ID] = 30 + i%120
		if err := s.SaveDay(ctx, day); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadDay(b *testing.B) {
	s, _ := tenYears(b)
	defer s.Close()
	ctx := context.Background()
	date := NewDate(2021, 6, 1)
	for b.Loop() {
		if _, err := s.Day(ctx, date); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpenTenYears(b *testing.B) {
	s, path := tenYears(b)
	s.Close()
	for b.Loop() {
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
