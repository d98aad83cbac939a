// Package cli is Daymark's command line without a window: demo, export,
// import, backup, restore and check. Each command parses its own flags,
// opens the store and calls the use cases in package app; errors are
// sentences on stderr and a non-zero exit status.
//
// It imports app and data, and nothing of Fyne.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"daymark/app"
	"daymark/app/errorlog"
	"daymark/data"
)

// Exit statuses.
const (
	ok       = 0
	failed   = 1 // the command could not do its work; nothing was written
	misusage = 2 // the command line itself is wrong
)

// command is one verb of the command line.
type command struct {
	usage   string // after "daymark NAME "
	summary string // one line for daymark --help
	about   string // a paragraph for daymark NAME --help
	flags   func(fs *flag.FlagSet, o *options)
	args    int // positional arguments: 0, or 1 (a file)
	run     func(ctx context.Context, o *options) error

	arg      string             // what the positional argument is, for messages: "file" unless said
	optional bool               // the positional argument may be left out
	subs     map[string]command // subcommands (timer start, timer stop, …), named by the first argument
}

// options are what a command's flags and arguments say.
type options struct {
	db        string
	days      int
	decisions int
	feeling   string
	value     string
	format    string
	list      string
	from      string
	to        string
	out       string
	replace   bool
	dryRun    bool
	file      string    // the positional argument
	stdout    io.Writer // text for a person: control sequences dropped (see Terminal)
	data      io.Writer // JSON and CSV for another program, as they are
	stderr    io.Writer

	at      string   // timer start and stop: --at
	note    *string  // timer start, day: --note, nil when not given
	plans   []string // day: --plan DIM=DURATION, in order
	actuals []string // day: --actual DIM=DURATION, in order

	firstDay   string // week: --first-day
	applyIdeal bool   // week: --apply-ideal
}

var commands = map[string]command{}

// Names returns the commands with their usage and summary, for daymark --help.
func Names() string {
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		c := commands[n]
		if c.subs == nil {
			fmt.Fprintf(&b, "  daymark %s %s\n      %s\n", n, c.usage, c.summary)
			continue
		}
		for _, sub := range sortedKeys(c.subs) {
			fmt.Fprintf(&b, "  daymark %s %s %s\n      %s\n", n, sub, c.subs[sub].usage, c.subs[sub].summary)
		}
	}
	return b.String()
}

func sortedKeys(m map[string]command) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Has reports whether name is a command.
func Has(name string) bool {
	_, ok := commands[name]
	return ok
}

// Run runs the command name with its arguments; db is the database given
// before the command, if any. It returns the exit status.
func Run(ctx context.Context, name string, args []string, db string, stdout, stderr io.Writer) int {
	stderr = Terminal(stderr)
	c, found := commands[name]
	if !found {
		fmt.Fprintf(stderr, "daymark: unknown command %q (see daymark --help)\n", data.Shorten(name))
		return misusage
	}
	sub := c.subs != nil
	if sub {
		subs := strings.Join(sortedKeys(c.subs), ", ")
		if len(args) == 0 || c.subs[args[0]].run == nil {
			if len(args) > 0 && (args[0] == "--help" || args[0] == "-help" || args[0] == "-h") {
				for i, sub := range sortedKeys(c.subs) {
					lead := "Usage:"
					if i > 0 {
						lead = "      "
					}
					fmt.Fprintf(stderr, "%s daymark %s %s %s\n", lead, name, sub, c.subs[sub].usage)
				}
				fmt.Fprintf(stderr, "\n%s\n", c.about)
				return ok
			}
			fmt.Fprintf(stderr, "daymark %s: say which: %s (see daymark --help)\n", name, subs)
			return misusage
		}
		name, c, args = name+" "+args[0], c.subs[args[0]], args[1:]
	}
	o := &options{db: db, stdout: Terminal(stdout), data: stdout, stderr: stderr}
	fs := flag.NewFlagSet("daymark "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // a mistake is said below, in a sentence
	fs.StringVar(&o.db, "db", db, "the database file (default: $DAYMARK_DB, or the data folder)")
	if c.flags != nil {
		c.flags(fs, o)
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: daymark %s %s\n\n%s\n\n", name, c.usage, c.about)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	positional, err := parseFlags(fs, args, c.arg != "" || sub)
	if errors.Is(err, flag.ErrHelp) {
		return ok
	} else if err != nil {
		fmt.Fprintf(stderr, "daymark %s: %s\n", name, data.ErrorMessage(data.Errorf(data.EInvalid, "%s", err.Error())))
		return misusage
	}
	if err := CheckDBFlag(fs); err != nil {
		fmt.Fprintf(stderr, "daymark %s: %s\n", name, data.ErrorMessage(err))
		return misusage
	}
	arg := c.arg
	if arg == "" {
		arg = "file"
	}
	switch {
	case len(positional) > c.args:
		fmt.Fprintf(stderr, "daymark %s: unexpected %q (see daymark %s --help)\n", name, strings.Join(positional[c.args:], " "), name)
		return misusage
	case len(positional) < c.args && !c.optional:
		fmt.Fprintf(stderr, "daymark %s: which %s? (see daymark %s --help)\n", name, arg, name)
		return misusage
	case len(positional) == 1:
		o.file = positional[0]
	}
	path, err := app.DatabasePath(o.db)
	if err != nil {
		return fail(stderr, name, err)
	}
	o.db = path
	if err := c.run(ctx, o); err != nil {
		return fail(stderr, name, err)
	}
	return ok
}

// parseFlags parses args and returns the positional arguments. Commands
// that name their argument (a dimension, a date) take flags after it too:
// daymark timer start People --at 09:15.
func parseFlags(fs *flag.FlagSet, args []string, interspersed bool) ([]string, error) {
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	positional := fs.Args()
	if !interspersed {
		return positional, nil
	}
	var out []string
	for len(positional) > 0 {
		out = append(out, positional[0])
		if err := fs.Parse(positional[1:]); err != nil {
			return nil, err
		}
		positional = fs.Args()
	}
	return out, nil
}

// CheckDBFlag refuses a --db given as nothing (--db ""), which would
// otherwise quietly stand for the default database.
func CheckDBFlag(fs *flag.FlagSet) error {
	var err error
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "db" && strings.TrimSpace(f.Value.String()) == "" {
			err = data.Errorf(data.EInvalid, "--db is empty: give the database's path, or leave --db out for the default one")
		}
	})
	return err
}

// openStore opens the command's database the way the window opens its
// own (app.Open), without the window's lock: a new one when create,
// otherwise only one that is there.
func openStore(o *options, create bool) (*data.Store, func(), error) {
	return app.Open(o.db, app.OpenOptions{Existing: !create})
}

// fail reports err on stderr as a sentence and returns the failure status.
func fail(stderr io.Writer, name string, err error) int {
	errorlog.Record("daymark "+name, err) // the cause under the sentence, for a bug report
	fmt.Fprintf(stderr, "daymark %s: %s\n", name, data.ErrorMessage(err))
	return failed
}
