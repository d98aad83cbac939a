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

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"daymark/app"
	"daymark/app/cli"
	"daymark/app/errorlog"
	"daymark/assets"
	"daymark/data"
	"daymark/ui"
	_ "daymark/ui/locale" // before Fyne initialises: see the package
	"daymark/ui/prefs"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0"

// appID matches FyneApp.toml; preferences are kept under it.
const appID = "app.daymark.Daymark"

const usage = `Daymark: live by your values and spend your 1440 minutes a day on purpose.

Usage:
  daymark [--db PATH]
      open the app
%s  daymark --version
      print the version

The database is PATH, or $DAYMARK_DB, or by default
  %s

Run "daymark COMMAND --help" for a command's options.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run carries out the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	stderr = cli.Terminal(stderr) // sentences may quote the data: no control sequences from it
	if path, err := errorlog.DefaultPath(); err == nil {
		errorlog.Use(errorlog.New(path, "daymark "+version)) // the causes of what goes wrong, for a bug report
	}
	global := flag.NewFlagSet("daymark", flag.ContinueOnError)
	global.SetOutput(io.Discard) // errors are reported below, in a sentence
	db := global.String("db", "", "the database file")
	showVersion := global.Bool("version", false, "print the version")
	help := func(w io.Writer) { fmt.Fprintf(w, usage, cli.Names(), defaultPathText()) }
	if err := global.Parse(args); errors.Is(err, flag.ErrHelp) {
		help(stdout)
		return 0
	} else if err != nil {
		fmt.Fprintf(stderr, "daymark: %s (see daymark --help)\n", data.ErrorMessage(data.Errorf(data.EInvalid, "%s", err.Error())))
		return 2
	} else if err := cli.CheckDBFlag(global); err != nil {
		fmt.Fprintf(stderr, "daymark: %s\n", data.ErrorMessage(err))
		return 2
	}
	rest := global.Args()
	switch {
	case *showVersion:
		fmt.Fprintln(stdout, "daymark", version)
		return 0
	case len(rest) == 0:
		return gui(*db, stderr)
	case rest[0] == "help":
		help(stdout)
		return 0
	}
	return cli.Run(context.Background(), rest[0], rest[1:], *db, stdout, stderr)
}

func defaultPathText() string {
	p, err := data.DefaultPath()
	if err != nil {
		return "(none on this system: use --db)"
	}
	return p
}

func gui(db string, stderr io.Writer) int {
	prefs.RecoverPreferences(appID) // whole, before Fyne reads them
	a := fyneapp.NewWithID(appID)
	prefs.KeepPreferences(a)
	ui.Prepare(a) // the fonts load while the driver starts and the database opens
	win := a.NewWindow("Daymark")
	l := ui.NewLauncher(a, win, func(path string) (ui.Services, func(), error) {
		return openForWindow(path, prefs.BackupFolder(a))
	})
	path, err := app.DatabasePath(db)
	if err != nil {
		l.Refuse(path, err)
	} else {
		err = l.Open(path)
	}
	if err != nil {
		errorlog.Record("daymark: opening "+path, err)
		fmt.Fprintf(stderr, "daymark: %s\n", data.ErrorMessage(err))
	}
	// What can wait for the first frame does: the window manager gets the
	// 512-pixel icon, and the window makes its daily backup, just after.
	a.Lifecycle().SetOnStarted(func() {
		icon := fyne.NewStaticResource("icon.png", assets.Icon)
		a.SetIcon(icon)
		win.SetIcon(icon)
		l.Started()
	})
	win.Show() // the first frame, drawn before the tray goes up
	l.Shown()
	a.Run()
	opened := l.Opened() // the person may have opened another file, or restored a backup
	l.Close()
	if !opened {
		return 1
	}
	return 0
}

// openForWindow opens the database at path for the window, with its lock
// (a second window on it is refused) and its backups in the folder chosen
// in the settings (beside it when none is), and returns the window's
// services.
func openForWindow(path, backups string) (ui.Services, func(), error) {
	store, closeFn, err := app.Open(path, app.OpenOptions{Lock: true, BackupFolder: backups})
	if err != nil {
		return ui.Services{}, nil, err
	}
	return ui.NewServices(store, version), closeFn, nil
}
