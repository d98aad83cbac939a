package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	daysync "daymark/app/sync"
	"daymark/data"
)

func init() {
	commands["sync"] = command{
		usage:   "[--db PATH] [--folder DIR] [--format text|json] | [--db PATH] --conflicts [--format text|json] | [--db PATH] --take ID | --keep ID",
		summary: "one round of sync through a folder your sync service shares; or the conflicts, and settling one",
		about: "One round of sync through DIR, a folder that Syncthing, Dropbox, iCloud Drive,\n" +
			"Nextcloud or OneDrive keeps in step between your computers (never the folder of\n" +
			"the database, which never goes into it): writes this device's new changes there\n" +
			"and applies the other devices' changes, then says what it sent, received and\n" +
			"skipped, and how many conflicts there are. The folder is remembered in the\n" +
			"database, so --folder can be left out after the first round. A database that\n" +
			"does not exist yet is made, as a copy of what the folder holds. JSON:\n" +
			`{"sent":N,"received":N,"skipped":N,"conflicts":N}.` + "\n\n" +
			"With --conflicts, lists the values that lost to a change made on another device\n" +
			"that had not seen them (JSON: a list of {\"id\",\"what\",\"here\",\"other\",…}).\n" +
			"--take ID gives the field the other value instead; --keep ID keeps the one it\n" +
			"holds. Either way the other devices follow at their next round. See docs/sync.md.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.folder, "folder", "", "the sync folder (remembered after the first round)")
			fs.StringVar(&o.format, "format", "text", "text or json")
			fs.BoolVar(&o.conflicts, "conflicts", false, "list the conflicts instead of running a round")
			fs.Int64Var(&o.take, "take", 0, "settle conflict ID by taking the other value")
			fs.Int64Var(&o.keep, "keep", 0, "settle conflict ID by keeping the value held")
		},
		run: syncRound,
	}
}

// syncJSON is daymark sync --format json.
type syncJSON struct {
	Sent      int `json:"sent"`
	Received  int `json:"received"`
	Skipped   int `json:"skipped"`
	Conflicts int `json:"conflicts"`
}

func syncRound(ctx context.Context, o *options) error {
	if err := checkFormat(o.format, "text", "json"); err != nil {
		return err
	}
	settling := o.take != 0 || o.keep != 0
	switch {
	case o.take != 0 && o.keep != 0:
		return data.Errorf(data.EInvalid, "--take and --keep settle one conflict each way: give one of them")
	case (o.conflicts || settling) && o.folder != "":
		return data.Errorf(data.EInvalid, "--folder goes with a round, not with --conflicts, --take or --keep")
	case o.conflicts && settling:
		return data.Errorf(data.EInvalid, "--conflicts lists the conflicts; --take and --keep settle one: give one of them")
	case o.take < 0 || o.keep < 0:
		return data.Errorf(data.EInvalid, "a conflict's ID is a number from daymark sync --conflicts")
	}
	if o.conflicts || settling {
		store, done, err := openStore(o, false)
		if err != nil {
			return err
		}
		defer done()
		s := daysync.New(store)
		if settling {
			return settle(ctx, o, s)
		}
		list, err := s.Conflicts(ctx)
		if err != nil {
			return err
		}
		if o.format == "json" {
			return writeJSON(o.data, list)
		}
		return conflictsText(o.stdout, list)
	}
	if o.folder != "" { // refused before a new database is made
		abs, err := filepath.Abs(o.db)
		if err != nil {
			return data.Errorf(data.EInvalid, "“%s” is not a usable path", o.db)
		}
		if _, err := daysync.CheckFolder(o.folder, abs, []string{data.BackupFolder(abs)}); err != nil {
			return err
		}
	} else if _, err := os.Stat(o.db); errors.Is(err, fs.ErrNotExist) {
		return data.Errorf(data.EInvalid, "there is no database at %s yet: give the sync folder with --folder DIR to make it as a copy of what the folder holds", o.db)
	}
	store, done, err := openStore(o, true) // a new database is made as a copy of the folder
	if err != nil {
		return err
	}
	defer done()
	s := daysync.New(store)
	dir := o.folder
	if dir == "" {
		if dir, err = s.Folder(ctx); err != nil {
			return err
		}
		if dir == "" {
			return data.Errorf(data.EInvalid, "no sync folder is chosen for %s yet: give the folder your sync service shares with --folder DIR (it is remembered for next time)", store.Path())
		}
	}
	before, err := s.Folder(ctx)
	if err != nil {
		return err
	}
	rep, err := s.RoundIn(ctx, dir)
	if err != nil {
		return err
	}
	if o.format == "json" {
		return writeJSON(o.data, syncJSON{Sent: rep.Sent, Received: rep.Received, Skipped: rep.SkippedFiles(), Conflicts: rep.Conflicts})
	}
	return roundText(o.stdout, rep, store.Path(), before != rep.Folder)
}

// settle settles one conflict, and says how.
func settle(ctx context.Context, o *options, s *daysync.Syncer) error {
	id, take := o.keep, false
	if o.take != 0 {
		id, take = o.take, true
	}
	list, err := s.Conflicts(ctx)
	if err != nil {
		return err
	}
	var c *daysync.Conflict
	for i := range list {
		if list[i].ID == id {
			c = &list[i]
		}
	}
	if c == nil {
		return data.Errorf(data.ENotFound, "there is no conflict %d (settled already, here or on another device?): see daymark sync --conflicts", id)
	}
	if take {
		if err := s.TakeOther(ctx, id); err != nil {
			return err
		}
		_, err = fmt.Fprintf(o.stdout, "%s: took %s (was %s). The other devices follow at their next round.\n", c.What, c.Other, c.Here)
		return err
	}
	if err := s.KeepThis(ctx, id); err != nil {
		return err
	}
	_, err = fmt.Fprintf(o.stdout, "%s: kept %s (not %s). The other devices follow at their next round.\n", c.What, c.Here, c.Other)
	return err
}

// plural writes n and a noun, with an s when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// roundText says what a round did, for a terminal.
func roundText(out io.Writer, rep daysync.Report, db string, remembered bool) error {
	fmt.Fprintf(out, "Synced %s with %s\n", db, rep.Folder)
	received := "received " + plural(rep.Received, "change")
	switch {
	case rep.Devices == 1:
		received += " from 1 other device"
	case rep.Devices > 1:
		received += fmt.Sprintf(" from %d other devices", rep.Devices)
	}
	fmt.Fprintf(out, "Sent %s; %s.\n", plural(rep.Sent, "change"), received)
	if rep.NewDevice != "" {
		fmt.Fprintf(out, "This database is a copy of one that syncs through this folder too: it takes a device ID of its own (%s).\n", rep.NewDevice)
	}
	if rep.Snapshot {
		fmt.Fprintln(out, "This device's change files were put into one snapshot, so the folder does not grow without bound.")
	}
	if n := rep.SkippedFiles(); n > 0 {
		fmt.Fprintf(out, "Skipped %s, tried again next time:\n", plural(n, "file"))
		for _, s := range rep.Skipped {
			line := s.File + ": " + s.Reason
			if s.Files > 1 {
				line += fmt.Sprintf(" (%d files wait behind it)", s.Files-1)
			}
			fmt.Fprintln(out, "  "+line)
		}
	}
	if rep.Conflicts == 0 {
		fmt.Fprintln(out, "No conflicts.")
	} else {
		fmt.Fprintf(out, "%s not settled: see daymark sync --conflicts.\n", plural(rep.Conflicts, "conflict"))
	}
	if remembered {
		_, err := fmt.Fprintln(out, "The folder is remembered: next time, daymark sync is enough.")
		return err
	}
	return nil
}

// conflictsText lists the conflicts for a terminal.
func conflictsText(out io.Writer, list []daysync.Conflict) error {
	if len(list) == 0 {
		_, err := fmt.Fprintln(out, "No conflicts.")
		return err
	}
	fmt.Fprintf(out, "%s: the value each field holds here, and the other value, which lost to it without being seen:\n", plural(len(list), "conflict"))
	for _, c := range list {
		fmt.Fprintf(out, "\n  %d. %s\n     here: %s\n     the other, set %s: %s\n", c.ID, c.What, c.Here, c.OtherAt.Local().Format("Mon 2 Jan 2006 15:04"), c.Other)
	}
	_, err := fmt.Fprintln(out, "\nTake the other value with daymark sync --take ID, or keep the one held with daymark sync --keep ID.")
	return err
}
