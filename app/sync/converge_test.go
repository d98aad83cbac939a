package sync

import (
	"context"
	"strings"
	"testing"

	"daymark/app"
	"daymark/app/demo"
	"daymark/data"
)

// demo fills a device with the sample data: days days ending on 1 March 2026.
func (d *device) demo(days int) {
	d.t.Helper()
	if _, err := demo.Fill(context.Background(), d.store, demo.Options{Days: days, Seed: 1, End: data.NewDate(2026, 3, 1)}); err != nil {
		d.t.Fatal(err)
	}
}

// day returns the day at date.
func (d *device) day(date data.Date) data.Day {
	d.t.Helper()
	day, err := d.store.Day(context.Background(), date)
	if err != nil {
		d.t.Fatal(err)
	}
	return day
}

// saveDay stores day, failing the test on an error.
func (d *device) saveDay(day data.Day) {
	d.t.Helper()
	if err := d.store.SaveDay(context.Background(), day); err != nil {
		d.t.Fatal(err)
	}
}

// dim returns the ID of the dimension named name.
func (d *device) dim(name string) int64 {
	d.t.Helper()
	dim, err := app.DimensionNamed(d.dims(), name)
	if err != nil {
		d.t.Fatal(err)
	}
	return dim.ID
}

// same fails the test unless every device exports the same.
func same(t *testing.T, devices ...*device) {
	t.Helper()
	want := devices[0].export()
	for _, d := range devices[1:] {
		if got := d.export(); got != want {
			t.Fatalf("the exports differ: %s", diff(want, got))
		}
	}
}

func TestEditsOnEachSideConvergeToIdenticalExports(t *testing.T) {
	dir := folder(t)
	a, b := newDevice(t, "work"), newDevice(t, "home")
	a.demo(30)
	a.round(dir)
	if rep := b.round(dir); rep.Received == 0 || rep.Devices != 1 || len(rep.Skipped) != 0 {
		t.Fatalf("the new device's first round: %+v", rep)
	}
	a.round(dir)
	same(t, a, b)

	// Each edits something of its own: a day's plan, a note, a decision.
	ctx := context.Background()
	day := a.day(data.NewDate(2026, 2, 20))
	day.Planned[a.dim("People")] = 123
	a.saveDay(day)
	other := b.day(data.NewDate(2026, 2, 21))
	other.Note = "written at home"
	b.saveDay(other)
	d := data.Decision{Date: data.NewDate(2026, 2, 22), Title: "Say no to the offsite"}
	if err := b.store.SaveDecision(ctx, &d); err != nil {
		t.Fatal(err)
	}
	dims := a.dims()
	dims[1].Name = "Team"
	if err := a.store.UpdateDimension(ctx, dims[1]); err != nil {
		t.Fatal(err)
	}
	if rep := a.round(dir); rep.Sent == 0 {
		t.Errorf("the edits were not sent: %+v", rep)
	}
	b.round(dir)
	if rep := a.round(dir); rep.Received == 0 || rep.Conflicts != 0 {
		t.Errorf("the other side's edits: %+v", rep)
	}
	same(t, a, b)
	if got := b.day(data.NewDate(2026, 2, 20)).Planned[b.dim("Team")]; got != 123 {
		t.Errorf("the plan made at work reads %d at home", got)
	}
	if !strings.Contains(a.export(), "Say no to the offsite") || !strings.Contains(a.export(), "written at home") {
		t.Error("the edits made at home are not at work")
	}

	// Nothing new: rounds send and receive nothing.
	for _, d := range []*device{a, b, a} {
		if rep := d.round(dir); rep.Sent != 0 || rep.Received != 0 {
			t.Errorf("an idle round: %+v", rep)
		}
	}
}

func TestThreeDevicesConverge(t *testing.T) {
	dir := folder(t)
	a, b, c := newDevice(t, "a"), newDevice(t, "b"), newDevice(t, "c")
	a.demo(20)
	for _, d := range []*device{a, b, c} {
		d.round(dir)
	}
	date := data.NewDate(2026, 2, 25)
	for i, d := range []*device{a, b, c} {
		day := d.day(date)
		day.Planned[d.dim([]string{"My self", "People", "Value management"}[i])] = 30 * (i + 1)
		d.saveDay(day)
	}
	for range 2 {
		for _, d := range []*device{c, b, a} {
			d.round(dir)
		}
	}
	same(t, a, b, c)
	day := c.day(date)
	if day.Planned[c.dim("My self")] != 30 || day.Planned[c.dim("People")] != 60 || day.Planned[c.dim("Value management")] != 90 {
		t.Errorf("the plans made on three devices merge field by field: %v", day.Planned)
	}
}
