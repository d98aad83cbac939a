package app

import (
	"context"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/data"
)

func TestDailyBackupOnlyWhenChangedAndADayOld(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	now := time.Now()
	if _, made, err := DailyBackup(ctx, store, now); made || err != nil {
		t.Fatalf("backed up a database with nothing in it: %v", err)
	}
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	save := func(m int) {
		day := data.NewDay(data.NewDate(2026, 1, 1))
		day.Planned[dims[0].ID] = m
		if err := store.SaveDay(ctx, day); err != nil {
			t.Fatal(err)
		}
	}
	save(10)
	b, made, err := DailyBackup(ctx, store, now)
	if !made || err != nil || b.Reason != "daily" {
		t.Fatalf("the first backup: %+v %v %v", b, made, err)
	}
	save(20)
	if _, made, _ := DailyBackup(ctx, store, now.Add(time.Hour)); made {
		t.Error("backed up again within a day")
	}
	if _, made, _ := DailyBackup(ctx, store, now.Add(25*time.Hour)); !made {
		t.Error("no backup after a day with changes")
	}
	if _, made, _ := DailyBackup(ctx, store, now.Add(50*time.Hour)); made {
		t.Error("backed up again with nothing changed")
	}
}
