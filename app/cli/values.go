package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"daymark/app"
	"daymark/data"
)

func init() {
	commands["values"] = command{
		usage:   "[--db PATH] [--format text|json]",
		summary: "print the values, the alignment score and the biggest gaps",
		about:   "Prints the personal and organisational values by rank, the alignment\nscore (see docs/alignment.md) and where the values fail to meet.",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.format, "format", "text", "text or json")
		},
		run: values,
	}
}

type valuesJSON struct {
	Personal       []valueJSON `json:"personal"`
	Organisational []valueJSON `json:"organisational"`
	Score          *float64    `json:"score"` // null when there is nothing to score
	Gaps           []string    `json:"gaps"`
}

type valueJSON struct {
	Name    string `json:"name"`
	Rank    int    `json:"rank"`
	Meaning string `json:"meaning"`
}

func values(ctx context.Context, o *options) error {
	if o.format != "text" && o.format != "json" {
		return data.Errorf(data.EInvalid, "--format is text or json, not %q", o.format)
	}
	store, done, err := openStore(o, false)
	if err != nil {
		return err
	}
	defer done()
	a, err := app.NewValues(store).Alignment(ctx)
	if err != nil {
		return err
	}
	doc := valuesJSON{Personal: list(a.Personal), Organisational: list(a.Organisational), Gaps: []string{}}
	if s, ok := a.Score(); ok {
		doc.Score = &s
	}
	for _, g := range a.Gaps() {
		doc.Gaps = append(doc.Gaps, g.Sentence)
	}
	if o.format == "json" {
		enc := json.NewEncoder(o.data)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(doc)
	}
	return valuesText(o.stdout, doc)
}

func list(vs []data.Value) []valueJSON {
	out := []valueJSON{}
	for _, v := range vs {
		out = append(out, valueJSON{Name: v.Name, Rank: v.Rank, Meaning: v.Meaning})
	}
	return out
}

func valuesText(w io.Writer, doc valuesJSON) error {
	for _, kind := range []struct {
		title string
		list  []valueJSON
	}{{"Personal values", doc.Personal}, {"Organisational values", doc.Organisational}} {
		fmt.Fprintln(w, kind.title)
		if len(kind.list) == 0 {
			fmt.Fprintln(w, "  none yet")
		}
		for i, v := range kind.list {
			line := fmt.Sprintf("  %d. %s", i+1, v.Name)
			if v.Meaning != "" {
				line += ": " + v.Meaning
			}
			fmt.Fprintln(w, line)
		}
		fmt.Fprintln(w)
	}
	if doc.Score == nil {
		fmt.Fprintln(w, "Alignment score: none yet (add values of both kinds and rate how they meet)")
	} else {
		fmt.Fprintf(w, "Alignment score: %.0f of 100\n", *doc.Score)
	}
	if len(doc.Gaps) > 0 {
		fmt.Fprintln(w, "\nBiggest gaps")
		for _, g := range doc.Gaps {
			fmt.Fprintln(w, "  - "+g)
		}
	}
	return nil
}
