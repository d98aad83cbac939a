// Daymark is an offline desktop planner for a leader who wants to live by
// their values and spend their 1440 minutes a day on purpose.
//
// main parses the command line, opens the store, and runs the GUI or one
// command; everything else lives in app, data, charts and ui.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"daymark/app"
	"daymark/assets"
	"daymark/data"
	"daymark/ui"
	_ "daymark/ui/locale" // before Fyne initialises: see the package
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0"

// appID matches FyneApp.toml; preferences are kept under it.
const appID = "app.daymark.Daymark"

const usage = `Daymark: live by your values and spend your 1440 minutes a day on purpose.

Usage:
  daymark [--db PATH]                  open the app
  daymark demo [--db PATH] [--days N]  fill a new database with sample days
  daymark --version                    print the version

The database is PATH, or $DAYMARK_DB, or by default
  %s

Run "daymark COMMAND --help" for a command's options.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run carries out the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	global := flag.NewFlagSet("daymark", flag.ContinueOnError)
	global.SetOutput(stderr)
	db := global.String("db", "", "the database file")
	showVersion := global.Bool("version", false, "print the version")
	global.Usage = func() { fmt.Fprintf(stderr, usage, defaultPathText()) }
	if err := global.Parse(args); errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stdout, usage, defaultPathText())
		return 0
	} else if err != nil {
		return 2
	}
	if *showVersion {
		fmt.Fprintln(stdout, "daymark", version)
		return 0
	}
	rest := global.Args()
	if len(rest) == 0 {
		return gui(*db, stderr)
	}
	switch rest[0] {
	case "demo":
		return demo(rest[1:], *db, stdout, stderr)
	case "help":
		fmt.Fprintf(stdout, usage, defaultPathText())
		return 0
	}
	fmt.Fprintf(stderr, "daymark: unknown command %q (see daymark --help)\n", rest[0])
	return 2
}

// dbPath resolves the database: the flag, then DAYMARK_DB, then the default.
func dbPath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv("DAYMARK_DB"); env != "" {
		return env, nil
	}
	return data.DefaultPath()
}

func defaultPathText() string {
	p, err := data.DefaultPath()
	if err != nil {
		return "(none on this system: use --db)"
	}
	return p
}

func demo(args []string, db string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("daymark demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&db, "db", db, "the database file (a new one, or one with nothing recorded)")
	days := fs.Int("days", 90, "how many days of samples, ending today")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: daymark demo [--db PATH] [--days N]\n\nFills a database that holds no data yet with believable sample days\nending today: plans, actual time, notes. For exploring the app.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return 0
	} else if err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "daymark demo: unexpected %q\n", strings.Join(fs.Args(), " "))
		return 2
	}
	path, err := dbPath(db)
	if err != nil {
		return fail(stderr, "demo", err)
	}
	store, err := data.Open(path)
	if err != nil {
		return fail(stderr, "demo", err)
	}
	defer store.Close()
	n, err := app.Demo(context.Background(), store, app.DemoOptions{Days: *days, Seed: 1440})
	if err != nil {
		return fail(stderr, "demo", err)
	}
	fmt.Fprintf(stdout, "Wrote %d sample days ending %s to %s\n", n, data.Today(), store.Path())
	return 0
}

// fail reports err on stderr as a sentence and returns the exit status 1.
func fail(stderr io.Writer, command string, err error) int {
	fmt.Fprintf(stderr, "daymark %s: %s\n", command, data.ErrorMessage(err))
	return 1
}

func gui(db string, stderr io.Writer) int {
	path, pathErr := dbPath(db)
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	win := a.NewWindow("Daymark")
	if pathErr != nil {
		ui.ShowOpenError(a, win, path, data.ErrorMessage(pathErr))
		win.ShowAndRun()
		return 1
	}
	store, err := data.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "daymark: %s\n", data.ErrorMessage(err))
		ui.ShowOpenError(a, win, path, data.ErrorMessage(err))
		win.ShowAndRun()
		return 1
	}
	defer store.Close()
	_, err = ui.New(a, win, ui.Services{
		Planner:    app.NewPlanner(store),
		Dimensions: app.NewDimensions(store),
		Path:       store.Path(),
		Version:    version,
	})
	if err != nil {
		fmt.Fprintf(stderr, "daymark: %s\n", data.ErrorMessage(err))
		return 1
	}
	win.Resize(fyne.NewSize(1180, 760))
	win.ShowAndRun()
	return 0
}
