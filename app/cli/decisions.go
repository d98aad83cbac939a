package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"daymark/app/document"
	"daymark/data"
)

func init() {
	commands["decisions"] = command{
		usage:   "[--db PATH] [--from YYYY-MM-DD --to YYYY-MM-DD] [--feeling N] [--value NAME] [--format text|json|csv]",
		summary: "list decisions, newest first",
		about: "Lists the decisions made in the range (without --from and --to, all),\n" +
			"that felt a given way (-2 very uncomfortable … 2 very comfortable), or\n" +
			"that name a value (honoured or compromised), newest first.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.from, "from", "", "the first day")
			fs.StringVar(&o.to, "to", "", "the last day")
			fs.StringVar(&o.feeling, "feeling", "", "only decisions that felt this way, -2 to 2")
			fs.StringVar(&o.value, "value", "", "only decisions naming this value")
			fs.StringVar(&o.format, "format", "text", "text, json or csv")
		},
		run: decisions,
	}
}

func decisions(ctx context.Context, o *options) error {
	if o.format != "text" && o.format != "json" && o.format != "csv" {
		return data.Errorf(data.EInvalid, "--format is text, json or csv, not %q", o.format)
	}
	var f data.DecisionFilter
	if o.from != "" || o.to != "" {
		rng, err := rangeOf(o.from, o.to)
		if err != nil {
			return err
		}
		f.From, f.To = rng.From, rng.To
	}
	if o.feeling != "" {
		n, err := strconv.Atoi(strings.Replace(o.feeling, "−", "-", 1))
		if err != nil || n < -2 || n > 2 {
			return data.Errorf(data.EInvalid, "--feeling is a number from -2 to 2, not %q", o.feeling)
		}
		f.Feeling = &n
	}
	store, done, err := openStore(o, false)
	if err != nil {
		return err
	}
	defer done()
	if o.value != "" {
		values, err := store.Values(ctx)
		if err != nil {
			return err
		}
		for _, v := range values {
			if strings.EqualFold(v.Name, o.value) {
				f.ValueID = v.ID
			}
		}
		if f.ValueID == 0 {
			return data.Errorf(data.ENotFound, "there is no value named %q", o.value)
		}
	}
	list, err := document.DecisionList(ctx, store, f)
	if err != nil {
		return err
	}
	switch o.format {
	case "json":
		enc := json.NewEncoder(o.data)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(list)
	case "csv":
		return document.WriteDecisionsCSV(o.data, list)
	}
	if len(list) == 0 {
		_, err := fmt.Fprintln(o.stdout, "No decisions match.")
		return err
	}
	w := tabwriter.NewWriter(o.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "Date\tFelt\tTitle\tHonoured\tCompromised\tReview")
	today := data.Today().String()
	for _, d := range list {
		felt := "·"
		if d.Feeling != nil {
			felt = strings.Replace(fmt.Sprintf("%+d", *d.Feeling), "-", "−", 1)
		}
		review := d.ReviewOn
		switch {
		case d.ReviewOn != "" && d.Outcome != "":
			review = "reviewed"
		case d.ReviewOn != "" && d.ReviewOn <= today:
			review += " (due)"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", d.Date, felt, d.Title, document.ValueNames(d.Honoured), document.ValueNames(d.Compromised), review)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(o.stdout, "\n%d decisions\n", len(list))
	return err
}
