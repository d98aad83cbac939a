package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app/timeimport"
	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/timeimportdialog"
)

// The File menu's work with the database file: export, import, back up,
// restore. Each runs off the UI goroutine behind a progress dialog, and
// each says in a sentence what it did or why it could not.

// chooseExport asks where to export, then exports.
func (w *Window) chooseExport() {
	w.leaveThen(func() {
		control.PickSavePath(w.win, "daymark-"+data.Today().String()+".json",
			control.Place{Folder: control.HomeFolder(), Extensions: []string{".json", ".csv"}}, w.exportTo)
	})
}

// exportTo writes everything (JSON) or the days (.csv) to path.
func (w *Window) exportTo(path string) {
	done := w.busy("Exporting…")
	var err error
	w.tasks.Run(func() { err = w.svc.DataFile.Export(control.BgContext(), path) }, func() {
		done()
		if err != nil {
			w.problem("Daymark could not export", err)
			return
		}
		what := "Everything in Daymark"
		if strings.EqualFold(filepath.Ext(path), ".csv") {
			what = "The days"
		}
		control.Inform(w.win, "Exported", what+" is in\n"+path)
	})
}

// chooseImport asks for an export to import, then imports it.
func (w *Window) chooseImport() { w.chooseFile([]string{".json"}, w.importFrom) }

// chooseFile asks, once the screen in front has left, for a file with one
// of the extensions, then calls open with its path.
func (w *Window) chooseFile(extensions []string, open func(path string)) {
	w.leaveThen(func() {
		control.PickFile(w.win, control.Place{Folder: control.HomeFolder(), Extensions: extensions}, open)
	})
}

// importFrom reads and checks the export at path, asks before replacing
// what the database holds, then imports it.
func (w *Window) importFrom(path string) {
	done := w.busy("Reading " + filepath.Base(path) + "…")
	var c data.Contents
	var empty bool
	var err error
	w.tasks.Run(func() {
		if c, err = w.svc.DataFile.ReadImport(path); err == nil {
			empty, err = w.svc.DataFile.IsEmpty(control.BgContext())
		}
	}, func() {
		done()
		if err != nil {
			w.problem("Daymark cannot import "+filepath.Base(path), err)
			return
		}
		what := fmt.Sprintf("%s holds %d dimensions and %d days.", filepath.Base(path), len(c.Dimensions), len(c.Days))
		if empty {
			w.runImport(c)
			return
		}
		control.Ask(w.win, "Replace everything in Daymark?",
			what+"\nImporting it replaces all that Daymark holds now. What it holds now is backed up first, and can be restored.", "Cancel", "Replace", true,
			func(yes bool) {
				if yes {
					w.runImport(c)
				}
			})
	})
}

func (w *Window) runImport(c data.Contents) {
	done := w.busy("Importing…")
	var err error
	var backup string
	w.tasks.Run(func() {
		sum, e := w.svc.DataFile.Import(control.BgContext(), c)
		backup, err = sum.Backup, e
	}, func() {
		done()
		if err != nil {
			w.problem("Daymark could not import", err)
			return
		}
		w.reload()
		text := fmt.Sprintf("Imported %d dimensions and %d days.", len(c.Dimensions), len(c.Days))
		if backup != "" {
			text += "\nWhat Daymark held before is in the backup\n" + backup
		}
		control.Inform(w.win, "Imported", text)
	})
}

// backUpNow makes a backup and says where it is.
func (w *Window) backUpNow() {
	done := w.busy("Backing up…")
	var b data.Backup
	var err error
	w.tasks.Run(func() { b, err = w.svc.DataFile.BackUp(control.BgContext()) }, func() {
		done()
		if err != nil {
			w.problem("Daymark could not back up", err)
			return
		}
		control.Inform(w.win, "Backed up", "A copy of everything is in\n"+b.Path)
	})
}

// dailyBackup makes the start-of-day backup, quietly unless it fails.
func (w *Window) dailyBackup() {
	var err error
	w.tasks.Run(func() { _, _, err = w.svc.DataFile.DailyBackup(control.BgContext()) }, func() {
		if err != nil {
			w.problem("Daymark could not make its daily backup", err)
		}
	})
}

// chooseRestore lists the backups to restore one, or another file.
func (w *Window) chooseRestore() {
	w.leaveThen(func() {
		var list []data.Backup
		var err error
		w.tasks.Run(func() { list, err = w.svc.DataFile.Backups() }, func() {
			if err != nil {
				w.problem("Daymark cannot list its backups", err)
				return
			}
			w.showBackups(list)
		})
	})
}

func (w *Window) showBackups(list []data.Backup) {
	var d *control.DialogBox
	chosen := -1
	restore := newRestoreButton()
	rows := backupRows(list, func(i int) {
		chosen = i
		restore.Enable()
	})
	fromFile := control.NewKeyButton("From a file…", nil, func() {
		d.Hide()
		control.PickFile(w.win, control.Place{Extensions: control.DatabaseExtensions}, func(path string) { w.confirmRestore(path, filepath.Base(path)) })
	})
	restore.OnTapped = func() {
		d.Hide()
		w.confirmRestore(list[chosen].Path, list[chosen].Time.Format("Monday 2 January 2006, 15:04"))
	}
	var body fyne.CanvasObject = rows
	if len(list) == 0 {
		body = widget.NewLabel("There are no backups yet. Daymark makes one each day you change something,\nand before every import, restore and update; File → Back up now makes one at once.")
	}
	d = backupsDialog(w.svc.DataFile.BackupFolder(), body, restore, fromFile, w.win)
	d.Show()
}

// newRestoreButton is a backup list's Restore button, enabled once a
// backup is chosen.
func newRestoreButton() *control.KeyButton {
	restore := control.NewKeyButton("Restore", nil, nil)
	restore.Importance = widget.HighImportance
	restore.Disable()
	return restore
}

// backupRows lists backups, newest first, with when and why each was made.
func backupRows(list []data.Backup, selected func(i int)) *control.ListField {
	rows := control.NewListField(
		func() int { return len(list) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, nil, widget.NewLabel("1,024 KB"), widget.NewLabel("Sunday 22 November 2026, 14:05 · before an import"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			b := list[i]
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(b.Time.Format("Monday 2 January 2006, 15:04") + " · " + backupReason(b.Reason))
			row.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%d KB", (b.Size+1023)/1024))
		})
	rows.OnSelected = func(i widget.ListItemID) { selected(i) }
	return rows
}

// backupsDialog holds a list of the backups kept in folder with its Restore
// button, and another button (nil for none) under the list.
func backupsDialog(folder string, body fyne.CanvasObject, restore *control.KeyButton, other fyne.CanvasObject, win fyne.Window) *control.DialogBox {
	var bottom fyne.CanvasObject
	if other != nil {
		bottom = container.NewHBox(other)
	}
	where := widget.NewLabel("Backups are kept in " + folder)
	where.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(where, bottom, nil, nil, body)
	d := control.NewDialog(win, "Restore a backup", control.WithWidth(640, content))
	d.Button("Cancel", widget.MediumImportance, false, nil)
	d.Add(restore)
	if list, ok := body.(fyne.Focusable); ok {
		d.Focus = list // the arrow keys choose a backup
	}
	d.Dialog.Resize(fyne.NewSize(700, 480))
	return d
}

func (w *Window) confirmRestore(path, name string) {
	control.Ask(w.win, "Restore "+name+"?",
		"Daymark will hold what this backup holds. What it holds now is backed up first, so this can be undone by restoring that backup.", "Cancel", "Restore", true,
		func(yes bool) {
			if yes {
				w.restoreFrom(path)
			}
		})
}

// restoreFrom replaces the database with the backup at path.
func (w *Window) restoreFrom(path string) {
	done := w.busy("Restoring…")
	var saved data.Backup
	var err error
	w.tasks.Run(func() { saved, err = w.svc.DataFile.Restore(control.BgContext(), path) }, func() {
		done()
		if err != nil {
			w.problem("Daymark could not restore "+filepath.Base(path), err)
			return
		}
		w.reload()
		control.Inform(w.win, "Restored", "Daymark now holds what the backup holds.\nWhat it held before is in the backup\n"+saved.Path)
	})
}

// backupReason says why a backup was made.
func backupReason(reason string) string {
	switch {
	case reason == "daily":
		return "daily"
	case reason == "manual":
		return "made by you"
	case reason == "before-import":
		return "before an import"
	case reason == "before-restore":
		return "before a restore"
	case strings.HasPrefix(reason, "before-schema-"):
		return "before updating Daymark"
	}
	return reason
}

// busy shows a progress dialog and returns the function that hides it.
func (w *Window) busy(title string) func() { return control.ShowBusy(w.win, title) }

// problem shows what went wrong, in the error's own sentence.
func (w *Window) problem(title string, err error) { control.ShowProblem(w.win, title, err) }

// leaveThen saves (or asks about) the screen in front, then calls then.
func (w *Window) leaveThen(then func()) { w.nav.Front().Leave(then) }

// reload shows what the database holds now, after an import or a restore.
func (w *Window) reload() {
	if w.rereadDimensions() {
		w.day.load(w.day.date)
	}
}

// rereadDimensions reads the dimensions again and hands them to the screens
// that show them all the time; false, the problem shown, when they cannot
// be read.
func (w *Window) rereadDimensions() bool {
	all, err := w.svc.Dimensions.List(control.BgContext())
	if err != nil {
		w.problem("Daymark cannot read its data", err)
		return false
	}
	if w.dims != nil {
		w.dims.Start(all)
	}
	w.day.setDimensions(all)
	return true
}

// chooseTimeImport asks for a calendar or a tracker's CSV, then previews it.
func (w *Window) chooseTimeImport() {
	w.chooseFile([]string{".ics", ".csv"}, func(path string) { w.importTime(path) })
}

// importTime opens the preview of the file at path, for the days from the
// first of last month to today.
func (w *Window) importTime(path string) *timeimportdialog.Dialog {
	today := data.Today()
	now := today.Time(time.UTC)
	from := data.NewDate(now.Year(), now.Month()-1, 1)
	t := timeimportdialog.New(w.svc.TimeImport, w.win, w.tasks, path, from, today)
	t.Applied = w.timeImported
	t.Show()
	return t
}

// timeImported shows what the database holds now and says what was set,
// with the way to the Balance screen over the days imported.
func (w *Window) timeImported(res timeimport.Result, p timeimport.Preview) {
	w.reload()
	text := fmt.Sprintf("Set the actual minutes of %s from %s.", control.Plural(res.Days, "day"), p.File)
	if res.Backup != "" {
		text += "\nWhat Daymark held before is in the backup\n" + res.Backup
	}
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	balance := widget.NewButtonWithIcon("Show the balance", theme.GridIcon(), func() {
		d.Hide()
		w.nav.Show(screenBalance)
		if w.nav.Current == screenBalance {
			w.balance.ShowRange(p.From, p.To)
		}
	})
	balance.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons("Imported", control.WithWidth(460, label), w.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton("Close", func() { d.Hide() }), balance})
	d.Show()
}
