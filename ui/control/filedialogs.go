package control

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// The file and folder dialogs: each asks for a place and hands the caller
// its path, or nothing when the person cancels.

// fileDialogSize is large enough to see names, sizes and dates at once.
var fileDialogSize = fyne.NewSize(820, 560)

// DatabaseExtensions are the endings of a file that may be a database.
var DatabaseExtensions = []string{".db", ".sqlite", ".sqlite3"}

// A place says where a dialog starts and what it shows: its title (Fyne's
// own when empty), the folder it opens in (Fyne's choice when empty), and
// the endings of the files it lists (all when none).
type Place struct {
	Title      string
	Folder     string
	Extensions []string
}

// PickFile asks for a file to read and calls then with its path.
func PickFile(win fyne.Window, p Place, then func(path string)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		then(path)
	}, win)
	if p.Title != "" {
		d.SetTitleText(p.Title)
	}
	show(win, d, p)
}

// PickSavePath asks where to save, suggesting name, and calls then with
// the path, for then to write the file whole (beside it, then renamed).
// The dialog's own writer is closed unused; it never opened the file (see
// openFilesLate), so a file the person agreed to overwrite stays whole
// until the new one takes its place.
func PickSavePath(win fyne.Window, name string, p Place, then func(path string)) {
	openFilesLate()
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		then(path)
	}, win)
	d.SetFileName(name)
	show(win, d, p)
}

// PickFolder asks for a folder, its button saying confirm (Fyne's own
// when empty), and calls then with its path.
func PickFolder(win fyne.Window, confirm string, p Place, then func(path string)) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err == nil && dir != nil {
			then(dir.Path())
		}
	}, win)
	if p.Title != "" {
		d.SetTitleText(p.Title)
	}
	if confirm != "" {
		d.SetConfirmText(confirm)
	}
	show(win, d, p)
}

// show points d at the place's folder, lists the place's files, and shows
// it at fileDialogSize; Escape dismisses it.
func show(win fyne.Window, d *dialog.FileDialog, p Place) {
	if len(p.Extensions) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(p.Extensions))
	}
	if p.Folder != "" {
		if uri, err := storage.ListerForURI(storage.NewFileURI(p.Folder)); err == nil {
			d.SetLocation(uri)
		}
	}
	d.Resize(fileDialogSize)
	d.Show()
	d.SetOnClosed(Track(win.Canvas(), d.Dismiss))
}

// HomeFolder is the person's home folder, or "" when there is none.
func HomeFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return home
}
