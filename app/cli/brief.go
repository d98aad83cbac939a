package cli

import (
	"context"
	"flag"
	"fmt"

	"daymark/app"
	"daymark/app/brief"
	"daymark/data"
)

func init() {
	commands["brief"] = command{
		usage:   "[--db PATH] [--from YYYY-MM-DD --to YYYY-MM-DD] --out DIR [--replace]",
		summary: "write the coaching brief as Markdown, PDF and charts",
		about: "Prepares the coaching brief for the period (by default from the day\n" +
			"after the last session to today, or the last 30 days when there was\n" +
			"none) and writes brief.md, brief.pdf and the charts as PNGs into DIR,\n" +
			"which is created if missing. Files already in DIR are left alone and\n" +
			"the command fails, unless --replace is given.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.from, "from", "", "the first day of the period")
			fs.StringVar(&o.to, "to", "", "the last day of the period")
			fs.StringVar(&o.out, "out", "", "the folder to write into")
			fs.BoolVar(&o.replace, "replace", false, "replace a brief already in the folder")
		},
		run: briefCommand,
	}
}

func briefCommand(ctx context.Context, o *options) error {
	if o.out == "" {
		return data.Errorf(data.EInvalid, "say where to write the brief with --out DIR")
	}
	var period app.Range
	if o.from != "" || o.to != "" {
		var err error
		if period, err = rangeOf(o.from, o.to); err != nil {
			return err
		}
	}
	store, done, err := openStore(o, false)
	if err != nil {
		return err
	}
	defer done()
	today := data.Today()
	b, err := brief.NewPreparer(store).Prepare(ctx, period, today)
	if err != nil {
		return err
	}
	written, err := brief.Export(ctx, o.out, b, today, o.replace, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "%s: wrote %d files to %s\n", b.Title(), len(written), o.out)
	return nil
}
