package cli

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"daymark/app"
	"daymark/app/demo"
	"daymark/app/document"
	"daymark/app/timeimport"
	"daymark/data"
)

func init() {
	commands["demo"] = command{
		usage:   "[--db PATH] [--days N] [--decisions N]",
		summary: "fill a new database with sample data",
		about:   "Fills a database that holds no data yet with believable sample data\nending today: days with plans, actual time and notes, targets and a\nfocus, values and their alignment, reflections, value contexts and\ndecisions. For exploring the app, screenshots and benchmarks.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.IntVar(&o.days, "days", 90, "how many days of samples, ending today")
			fs.IntVar(&o.decisions, "decisions", 0, "how many decisions (default: three a week of the sample)")
		},
		run: demoCommand,
	}
	commands["export"] = command{
		usage:   "[--db PATH] [--format json|csv] [--list days|values|decisions] [--out FILE]",
		summary: "write everything out as JSON, or a list as CSV",
		about:   "Writes everything in the database as JSON (see docs/export-format.md),\nor one list (--list) as CSV for a spreadsheet, to FILE or to standard\noutput. A file is written whole or not at all.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.format, "format", "json", "json (everything) or csv (one list)")
			fs.StringVar(&o.list, "list", "days", "with --format csv: days, values or decisions")
			fs.StringVar(&o.out, "out", "", "the file to write (default: standard output)")
		},
		run: export,
	}
	commands["import"] = command{
		usage:   "[--db PATH] [--replace] FILE.json | [--db PATH] --from DATE --to DATE [--dry-run] [--replace] FILE.ics|FILE.csv",
		summary: "load a JSON export, or fill actual time from a calendar or a time tracker",
		about: "With a JSON export (FILE.json, or \"-\" for standard input), makes the\ndatabase hold exactly what the export holds. A database that already\nholds data is refused unless --replace is given; it is then backed up\nfirst.\n\n" +
			"With a calendar (FILE.ics) or a Toggl Track or Clockify detailed\nexport (FILE.csv), sets the actual minutes of the days from --from to\n--to from its events, by the rules saved in the database (edit them in\nthe app: File → Import rules…). It prints what it sets, day by day,\nwith the events behind the minutes. Actual minutes typed by hand are\nkept unless --replace is given; --dry-run prints the same and writes\nnothing. Importing a file again never counts an event twice.\n\n" +
			"A file with a mistake changes nothing, and the message says where\nthe mistake is. See docs/import.md and docs/export-format.md.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.BoolVar(&o.replace, "replace", false, "JSON: replace all the database holds (backed up first); calendar or CSV: replace actual minutes typed by hand")
			fs.StringVar(&o.from, "from", "", "calendar or CSV: the first day to fill, YYYY-MM-DD")
			fs.StringVar(&o.to, "to", "", "calendar or CSV: the last day to fill, YYYY-MM-DD")
			fs.BoolVar(&o.dryRun, "dry-run", false, "calendar or CSV: print what would be set, and write nothing")
		},
		args: 1,
		run:  importFile,
	}
	commands["backup"] = command{
		usage:   "[--db PATH] [--out FILE]",
		summary: "back up the database now",
		about:   "Copies the database into the backups folder beside it (old backups\nare rotated: the last 7 days' and 4 weeks' are kept), or to FILE,\nwhich must not exist yet.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.out, "out", "", "write the backup to this new file instead")
		},
		run: backup,
	}
	commands["restore"] = command{
		usage:   "[--db PATH] FILE",
		summary: "replace the database with a backup",
		about:   "Replaces what the database holds with the backup FILE (any Daymark\ndatabase). The current state is backed up first; FILE is only read.",
		args:    1,
		run:     restore,
	}
	commands["check"] = command{
		usage:   "[--db PATH]",
		summary: "check that the database is sound",
		about:   "Runs SQLite's integrity and foreign key checks and says what is\nwrong. The exit status is 0 only when the file is sound.",
		run:     check,
	}
}

func demoCommand(ctx context.Context, o *options) error {
	opts := demo.Options{Days: o.days, Seed: 1440, Decisions: o.decisions}
	if o.decisions < 0 {
		return data.Errorf(data.EInvalid, "--decisions cannot be negative")
	}
	if err := opts.Validate(); err != nil {
		return err // before a database is created
	}
	store, done, err := openStore(o, true)
	if err != nil {
		return err
	}
	defer done()
	n, err := demo.Fill(ctx, store, opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "Wrote %d sample days ending %s to %s\n", n, data.Today(), store.Path())
	return nil
}

func export(ctx context.Context, o *options) error {
	var write func(ctx context.Context, store *data.Store, w io.Writer) error
	switch o.format {
	case "json":
		write = document.ExportJSON
	case "csv":
		lists := map[string]func(context.Context, *data.Store, io.Writer) error{"days": document.ExportDaysCSV, "values": document.ExportValuesCSV, "decisions": document.ExportDecisionsCSV}
		if write = lists[o.list]; write == nil {
			return data.Errorf(data.EInvalid, "--list is days, values or decisions, not %q", o.list)
		}
	default:
		return data.Errorf(data.EInvalid, "--format is json or csv, not %q", o.format)
	}
	store, done, err := openStore(o, false)
	if err != nil {
		return err
	}
	defer done()
	if o.out != "" {
		return app.OutputsOf(store).WriteFile(o.out, func(w io.Writer) error { return write(ctx, store, w) })
	}
	out := bufio.NewWriter(o.data)
	if err := write(ctx, store, out); err != nil {
		return err
	}
	return out.Flush()
}

func importFile(ctx context.Context, o *options) error {
	raw, err := readInput(o.file)
	if err != nil {
		return err
	}
	if err := document.IsDatabase(o.file, raw); err != nil {
		return err
	}
	if timeimport.FileKind(o.file, raw[:min(len(raw), 64)]) != timeimport.FileExport {
		return importTime(ctx, o, raw)
	}
	if o.from != "" || o.to != "" || o.dryRun {
		return data.Errorf(data.EInvalid, "%s is a Daymark export: --from, --to and --dry-run are for calendars and time trackers", o.file)
	}
	c, err := document.ReadExport(bytes.NewReader(raw)) // a bad file stops here, before a database is created
	if err != nil {
		return err
	}
	store, done, err := openStore(o, true)
	if err != nil {
		return err
	}
	defer done()
	sum, err := document.Import(ctx, store, c, o.replace)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "Imported %d dimensions and %d days into %s\n", sum.Dimensions, sum.Days, store.Path())
	if sum.Backup != "" {
		fmt.Fprintf(o.stdout, "What it held before is in the backup %s\n", sum.Backup)
	}
	return nil
}

// readInput reads the file to import whole, or standard input for "-".
func readInput(name string) ([]byte, error) {
	var in io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, data.Errorf(data.ENotFound, "cannot read %s", name)
		}
		defer f.Close()
		in = f
	}
	raw, err := io.ReadAll(io.LimitReader(in, document.MaxImportSize+1))
	if err != nil {
		return nil, data.Errorf(data.EInvalid, "cannot read %s", name)
	}
	return raw, nil
}

// zone is the person's time zone, in which days run from midnight to
// midnight: the computer's, unless a test sets another.
var zone = time.Local

// importTime previews a calendar or a time tracker's export, prints the
// preview, and unless it is a dry run applies it.
func importTime(ctx context.Context, o *options, raw []byte) error {
	if o.from == "" || o.to == "" {
		return data.Errorf(data.EInvalid, "say which days to fill from %s: --from YYYY-MM-DD --to YYYY-MM-DD", o.file)
	}
	rng, err := rangeOf(o.from, o.to)
	if err != nil {
		return err
	}
	name := filepath.Base(o.file)
	if o.file == "-" {
		name = "standard input"
	}
	store, done, err := openStore(o, !o.dryRun) // a dry run creates no database
	if err != nil {
		return err
	}
	defer done()
	ti := timeimport.NewImporter(store)
	ti.Location = zone
	p, err := ti.Preview(ctx, name, bytes.NewReader(raw), timeimport.PreviewRequest{From: rng.From, To: rng.To, Keep: !o.replace})
	if err != nil {
		return err
	}
	dims, err := ti.Dimensions(ctx)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(o.stdout)
	defer out.Flush()
	if err := timeimport.WritePreview(out, p, dims, ti.Location); err != nil {
		return err
	}
	if o.dryRun {
		fmt.Fprintln(out, "\nDry run: nothing was written.")
		return nil
	}
	res, err := ti.Apply(ctx, p)
	if err != nil {
		return err
	}
	days := fmt.Sprintf("%d days", res.Days)
	if res.Days == 1 {
		days = "1 day"
	}
	fmt.Fprintf(out, "\nSet the actual minutes of %s in %s\n", days, store.Path())
	if res.Backup != "" {
		fmt.Fprintf(out, "What it held before is in the backup %s\n", res.Backup)
	}
	return nil
}

func backup(ctx context.Context, o *options) error {
	store, done, err := openStore(o, false)
	if err != nil {
		return err
	}
	defer done()
	if o.out != "" {
		if err := app.NewDataFile(store).BackupTo(ctx, o.out); err != nil {
			return err
		}
		fmt.Fprintf(o.stdout, "Backed up %s to %s\n", store.Path(), o.out)
		return nil
	}
	b, err := app.NewDataFile(store).BackUp(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "Backed up %s to %s\n", store.Path(), b.Path)
	return nil
}

func restore(ctx context.Context, o *options) error {
	if err := app.CheckBackup(ctx, o.file); err != nil {
		return err // before a database is created
	}
	store, done, err := openStore(o, true)
	if err != nil {
		return err
	}
	defer done()
	saved, err := app.NewDataFile(store).Restore(ctx, o.file)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "Restored %s from %s\nWhat it held before is in the backup %s\n", store.Path(), o.file, saved.Path)
	return nil
}

func check(ctx context.Context, o *options) error {
	store, done, err := openStore(o, false)
	if err != nil {
		return err
	}
	defer done()
	sound, err := app.NewDataFile(store).Check(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "%s is sound: schema %d, %d dimensions, %d days\n", store.Path(), sound.Version, sound.Dimensions, sound.Days)
	return nil
}
