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
	"os"
	"sort"
	"strings"

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
		fmt.Fprintf(&b, "  daymark %s %s\n      %s\n", n, c.usage, c.summary)
	}
	return b.String()
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
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return ok
	} else if err != nil {
		fmt.Fprintf(stderr, "daymark %s: %s\n", name, data.ErrorMessage(data.Errorf(data.EInvalid, "%s", err.Error())))
		return misusage
	}
	if err := CheckDBFlag(fs); err != nil {
		fmt.Fprintf(stderr, "daymark %s: %s\n", name, data.ErrorMessage(err))
		return misusage
	}
	switch {
	case fs.NArg() > c.args:
		fmt.Fprintf(stderr, "daymark %s: unexpected %q (see daymark %s --help)\n", name, strings.Join(fs.Args()[c.args:], " "), name)
		return misusage
	case fs.NArg() < c.args:
		fmt.Fprintf(stderr, "daymark %s: which file? (see daymark %s --help)\n", name, name)
		return misusage
	case c.args == 1:
		o.file = fs.Arg(0)
	}
	path, err := DatabasePath(o.db)
	if err != nil {
		return fail(stderr, name, err)
	}
	o.db = path
	if err := c.run(ctx, o); err != nil {
		return fail(stderr, name, err)
	}
	return ok
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

// DatabasePath resolves the database: the flag, then DAYMARK_DB, then the
// default in the person's data folder.
func DatabasePath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv("DAYMARK_DB"); env != "" {
		return env, nil
	}
	return data.DefaultPath()
}

// fail reports err on stderr as a sentence and returns the failure status.
func fail(stderr io.Writer, name string, err error) int {
	fmt.Fprintf(stderr, "daymark %s: %s\n", name, data.ErrorMessage(err))
	return failed
}
