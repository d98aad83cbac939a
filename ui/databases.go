package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app/demo"
	"daymark/data"
	"daymark/ui/control"
)

// The File menu's work with whole databases: open another, start a new
// one, explore the sample. The window changes to the other database only
// once it is open; until then, and when it cannot be, the one open stays.

// sampleName is the file of sample data, kept in the data folder beside
// the person's own database.
const sampleName = "daymark-sample.db"

// chooseDatabase asks for a Daymark database to open in the window.
func (w *Window) chooseDatabase() {
	w.leaveThen(func() {
		control.PickFile(w.win, control.Place{Title: "Open a Daymark database", Folder: w.databaseFolder(), Extensions: control.DatabaseExtensions}, w.switchTo)
	})
}

// chooseNewDatabase asks for a folder and a name for a new, empty
// database. It does not use a save dialog: that one empties a file it is
// allowed to overwrite, and no database is ever emptied.
func (w *Window) chooseNewDatabase() {
	w.leaveThen(func() {
		folder := w.databaseFolder()
		where := widget.NewLabel(folder)
		where.Wrapping = fyne.TextWrapBreak
		name := control.NewLineEntry("")
		name.SetText("daymark-" + data.Today().String() + ".db")
		name.Validator = func(text string) error {
			_, err := newDatabasePath(folder, text)
			return err
		}
		pick := control.NewKeyButton("Choose…", theme.FolderOpenIcon(), func() {
			control.PickFolder(w.win, "", control.Place{Folder: w.databaseFolder()}, func(dir string) {
				folder = dir
				where.SetText(folder)
				name.Validate()
			})
		})
		form := []*widget.FormItem{
			widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, pick, where)),
			widget.NewFormItem("Name", name),
		}
		control.AskForm(w.win, "Start a new Daymark database", "Create", form, func(ok bool) {
			if !ok {
				return
			}
			if path, err := newDatabasePath(folder, name.Text); err == nil {
				w.switchTo(path)
			}
		})
	})
}

// newDatabasePath returns the file a new database named name goes to in
// folder (".db" added when it has no ending), or why it cannot.
func newDatabasePath(folder, name string) (string, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", control.ErrorText("Name: give the new database a name")
	case strings.ContainsAny(name, `/\`):
		return "", control.ErrorText("Name: a name, not a path: choose the folder above")
	}
	if filepath.Ext(name) == "" {
		name += ".db"
	}
	path := filepath.Join(folder, name)
	if _, err := os.Stat(path); err == nil {
		return "", control.ErrorText("Name: " + name + " already exists in that folder: open it with File → Open database…, or choose another name")
	}
	return path, nil
}

// switchTo opens the database at path in the window, in place of the one
// open now.
func (w *Window) switchTo(path string) {
	if w.launcher == nil {
		return
	}
	if same(path, w.svc.Path) {
		control.Inform(w.win, "Already open", filepath.Base(path)+" is the database open now.")
		return
	}
	w.leaveThen(func() { w.launcher.switchTo(path, w.svc.Path) })
}

// samplePath returns where the sample data lives: beside the person's own
// database in the data folder, or beside the one open.
func (w *Window) samplePath() string {
	if p, err := data.DefaultPath(); err == nil {
		return filepath.Join(filepath.Dir(p), sampleName)
	}
	return filepath.Join(filepath.Dir(w.svc.Path), sampleName)
}

// isSample reports whether the database open is the sample.
func (w *Window) isSample() bool { return filepath.Base(w.svc.Path) == sampleName }

// exploreSample opens the sample database, making it first when there is
// none: a year of days, values, decisions and coaching sessions.
func (w *Window) exploreSample() {
	path := w.samplePath()
	if _, err := os.Stat(path); err == nil {
		w.switchTo(path)
		return
	} else if !errors.Is(err, fs.ErrNotExist) {
		control.ShowProblem(w.win, "Daymark cannot make the sample", err)
		return
	}
	done := control.ShowBusy(w.win, "Making a year of sample data…")
	var err error
	w.tasks.Run(func() { err = demo.MakeSample(control.BgContext(), path) }, func() {
		done()
		if err != nil {
			control.ShowProblem(w.win, "Daymark could not make the sample", err)
			return
		}
		w.switchTo(path)
	})
}

// leaveSample goes back to the database open before the sample, or the
// person's own.
func (w *Window) leaveSample() {
	back := w.previous
	if back == "" || same(back, w.svc.Path) {
		p, err := data.DefaultPath()
		if err != nil {
			w.chooseDatabase()
			return
		}
		back = p
	}
	w.switchTo(back)
}

// same reports whether two paths name one file.
func same(a, b string) bool {
	if a == b {
		return true
	}
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(ia, ib)
}

// databaseFolder is the folder of the database open in the window.
func (w *Window) databaseFolder() string { return filepath.Dir(w.svc.Path) }
