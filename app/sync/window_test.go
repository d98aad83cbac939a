package sync

import (
	"context"
	"testing"
)

// What a window asks of sync: the revision it watches for saves moves
// with a save and with a round that brings changes, never with a round
// that brings nothing (or the window would sync again and again); the
// last round is remembered; the folder can be forgotten.
func TestWhatAWindowAsksOfSync(t *testing.T) {
	ctx := context.Background()
	dir := folder(t)
	work, home := newDevice(t, "work"), newDevice(t, "home")
	work.round(dir)
	home.round(dir)
	work.round(dir) // applies home's first file
	rev := func(d *device) int64 {
		t.Helper()
		r, err := d.syncer.Revision(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	before := rev(work)
	if rep := work.round(dir); rep.Received != 0 || rep.Sent != 0 || rev(work) != before {
		t.Errorf("a round with nothing new: %+v, revision %d → %d", rep, before, rev(work))
	}
	dims := home.dims()
	dims[0].Description = "changed at home"
	if err := home.store.UpdateDimension(ctx, dims[0]); err != nil {
		t.Fatal(err)
	}
	home.round(dir)
	if rep := work.round(dir); rep.Received == 0 || rev(work) == before {
		t.Errorf("a round bringing a change: %+v, revision %d → %d", rep, before, rev(work))
	}
	last, ok, err := work.syncer.LastRound(ctx)
	if err != nil || !ok || last.At.IsZero() || last.Folder == "" {
		t.Errorf("the last round: %+v %v %v", last, ok, err)
	}
	if err := work.syncer.ForgetFolder(ctx); err != nil {
		t.Fatal(err)
	}
	if f, err := work.syncer.Folder(ctx); f != "" || err != nil {
		t.Errorf("a forgotten folder is %q (%v)", f, err)
	}
	if _, ok, _ := newDevice(t, "new").syncer.LastRound(ctx); ok {
		t.Error("a database never synced has a last round")
	}
}
