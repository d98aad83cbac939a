package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"daymark/app"
	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/prefs"
)

// An Opener opens the database at path for a window: it takes the file's
// lock, so that no second window opens it, opens the store, and returns
// the services over it with the function that closes them.
type Opener func(path string) (Services, func(), error)

// Launcher puts Daymark in a window: the database opened, or, when it
// cannot be, a screen that says what is wrong and what the person can do
// (restore a backup, open another file, quit). Nothing it shows changes
// the file that could not be opened.
type Launcher struct {
	app     fyne.App
	win     fyne.Window
	open    Opener
	tasks   *control.Tasks
	window  *Window // once a database is open
	shown   bool    // the window has drawn its first frame (Shown)
	started bool    // the app runs: its event loop has started
	sized   bool    // the window has been given its remembered size
	close   func()
	stop    chan struct{} // ends the watch for changes
}

// watchEvery is how often an open window looks for changes made by
// another program.
const watchEvery = 2 * time.Second

// NewLauncher returns a launcher for win that opens databases with open.
func NewLauncher(a fyne.App, win fyne.Window, open Opener) *Launcher {
	control.ListenForEscape(win)
	return &Launcher{app: a, win: win, open: open, tasks: &control.Tasks{}}
}

// Open opens the database at path in the window, or shows why it cannot;
// the error is returned for the command line to print too.
func (l *Launcher) Open(path string) error {
	if err := l.missing(path); err != nil {
		waitForFonts()
		l.Refuse(path, err)
		return err
	}
	svc, closeFn, err := l.open(path)
	waitForFonts() // opening the file took a share of the time they take (see Prepare)
	if err != nil {
		l.Refuse(path, err)
		return err
	}
	return l.show(path, svc, closeFn)
}

// missing says so when the database at path is gone but backups of it
// are there: rather than quietly start an empty file in its place, the
// window then asks whether to restore one. A path with no backups is a
// new database, opened as one.
func (l *Launcher) missing(path string) error {
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if len(l.backupsOf(path, nil)) == 0 {
		return nil
	}
	return data.Errorf(data.EMissing, "there is no database at %s any more, but there are backups of it", path)
}

// show builds the window over services just opened.
func (l *Launcher) show(path string, svc Services, closeFn func()) error {
	w, err := New(l.app, l.win, svc)
	if err != nil { // the file opened, but its contents cannot be read
		closeFn()
		l.Refuse(path, err)
		return err
	}
	if !l.sized {
		w.sizeAsRemembered()
		l.sized = true
	}
	l.window, l.close, l.stop = w, closeFn, make(chan struct{})
	w.launcher = l
	w.watch(watchEvery, l.stop)
	w.sync.start(l.stop)
	if l.shown { // else Shown starts it, after the first frame
		w.stayResident(l.stop, !l.started)
	}
	w.welcome()
	if l.started {
		w.Started()
	}
	return nil
}

// Shown tells the launcher the window has drawn its first frame and the
// app is about to run: the open window starts what stays resident, and
// puts up the tray. Fyne starts its tray as its event loop starts, so it
// can go up no later than this; waiting for the desktop's answer, and
// Fyne's setting up of the tray (a hidden OpenGL window of its own),
// come after the first frame rather than before it.
func (l *Launcher) Shown() {
	l.shown = true
	if l.window != nil {
		l.window.stayResident(l.stop, !l.started)
	}
}

// Started tells the launcher the app runs and has drawn its first frame:
// the open window, and each opened later, does then what could wait for it.
func (l *Launcher) Started() {
	l.started = true
	if l.window != nil {
		l.window.Started()
	}
}

// Opened reports whether the window holds an open database.
func (l *Launcher) Opened() bool { return l.window != nil }

// Close stops watching and closes the database, if one is open. It does
// not wait for work under way: after the app has stopped, that work could
// not hand its result back.
func (l *Launcher) Close() {
	if l.window == nil {
		return
	}
	close(l.stop)
	l.close()
	l.window = nil
}

// openLater opens path off the UI goroutine, from the problem screen: a
// migration and its backup can take a while.
func (l *Launcher) openLater(path string, then func()) {
	l.openInBackground(path, func(svc Services, closeFn func(), err error) {
		if err != nil {
			l.Refuse(path, err)
			return
		}
		if l.show(path, svc, closeFn) == nil && then != nil {
			then()
		}
	})
}

// openInBackground opens path off the UI goroutine, the window busy
// meanwhile, and hands what came of it to opened on the UI goroutine.
func (l *Launcher) openInBackground(path string, opened func(svc Services, closeFn func(), err error)) {
	done := control.ShowBusy(l.win, "Opening "+filepath.Base(path)+"…")
	var svc Services
	var closeFn func()
	var err error
	l.tasks.Run(func() { svc, closeFn, err = l.open(path) }, func() {
		done()
		opened(svc, closeFn, err)
	})
}

// switchTo opens path in the window in place of the database open now
// (previous), which stays open when path cannot be opened.
func (l *Launcher) switchTo(path, previous string) {
	l.openInBackground(path, func(svc Services, closeFn func(), err error) {
		if err != nil {
			control.ShowProblem(l.win, "Daymark cannot open "+filepath.Base(path), err)
			return
		}
		old, oldClose := l.window, l.close
		close(l.stop)
		l.window = nil
		go func() { // once the old window's work is done, its database closes
			old.tasks.Wait()
			oldClose()
		}()
		if l.show(path, svc, closeFn) == nil {
			l.window.previous = previous
		}
	})
}

// chooseAnother asks for another database file and opens it.
func (l *Launcher) chooseAnother() {
	control.PickFile(l.win, control.Place{Extensions: control.DatabaseExtensions}, func(path string) { l.openLater(path, nil) })
}

// chooseBackup lists the backups of path to restore one in its place.
func (l *Launcher) chooseBackup(path string, list []data.Backup) {
	var d *control.DialogBox
	restore := newRestoreButton()
	chosen := -1
	rows := backupRows(list, func(i int) {
		chosen = i
		restore.Enable()
	})
	restore.OnTapped = func() {
		d.Hide()
		l.confirmRestore(path, list[chosen])
	}
	folder := prefs.New(l.app).BackupFolder()
	if folder == "" {
		folder = data.BackupFolder(path)
	}
	d = backupsDialog(folder, rows, restore, nil, l.win)
	d.Show()
}

func (l *Launcher) confirmRestore(path string, b data.Backup) {
	text := "Daymark will hold what this backup holds. The file that cannot be opened is not deleted: it is kept beside it, renamed."
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		text = "Daymark will hold what this backup holds, in a new file at\n" + path
	}
	control.Ask(l.win, "Restore the backup of "+b.Time.Format("Monday 2 January 2006, 15:04")+"?", text, "Cancel", "Restore", true,
		func(yes bool) {
			if yes {
				l.restore(path, b.Path)
			}
		})
}

// restore puts the backup at from in place of path, then opens it.
func (l *Launcher) restore(path, from string) {
	done := control.ShowBusy(l.win, "Restoring…")
	var kept string
	var err error
	l.tasks.Run(func() { kept, err = app.RestoreInPlace(control.BgContext(), path, from) }, func() {
		done()
		if err != nil {
			control.ShowProblem(l.win, "Daymark could not restore the backup", err)
			return
		}
		l.openLater(path, func() {
			text := "Daymark now holds what the backup holds."
			if kept != "" {
				text += "\nThe file that could not be opened is kept as\n" + kept
			}
			control.Inform(l.win, "Restored", text)
		})
	})
}

// backupsOf lists the backups that can stand in for path, in the folder
// chosen in the settings and beside it; none when the problem is that
// another window has the file.
func (l *Launcher) backupsOf(path string, problem error) []data.Backup {
	if path == "" || data.ErrorCode(problem) == data.EInUse {
		return nil
	}
	list, _ := app.BackupsOf(path, prefs.New(l.app).BackupFolder())
	return list
}
