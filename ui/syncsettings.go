package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/ui/control"
)

// noSyncFolder is what the settings say while the database syncs nowhere.
const noSyncFolder = "None: this database is on this computer only"

// settingsItem is the sync folder's row of the settings: the folder, a
// button to choose it with the folder dialog and one to stop syncing.
func (s *windowSync) settingsItem() *widget.FormItem {
	label := widget.NewLabel(s.folderText())
	label.Wrapping = fyne.TextWrapBreak
	var stop *control.KeyButton
	choose := control.NewKeyButton("Choose…", theme.FolderOpenIcon(), func() {
		control.PickFolder(s.w.win, "Sync through this folder", control.Place{Title: "Sync Daymark through the folder…", Folder: control.HomeFolder()}, func(dir string) {
			s.setFolder(dir, label, stop)
		})
	})
	stop = control.NewKeyButton("Stop syncing", nil, func() { s.setFolder("", label, stop) })
	if s.folder == "" {
		stop.Disable()
	}
	item := widget.NewFormItem("Sync through", container.NewVBox(label, container.NewHBox(choose, stop)))
	item.HintText = "a folder your sync service (Syncthing, Dropbox, iCloud Drive, a USB stick…) shares with your other computers, outside the database's own folder: Daymark writes only small files of its own there, never the database"
	return item
}

func (s *windowSync) folderText() string {
	if s.folder == "" {
		return noSyncFolder
	}
	return s.folder
}

// setFolder makes dir the sync folder once it is checked (refused with a
// sentence otherwise: the database's own folder, inside it, its
// backups'…) and syncs at once; "" stops syncing. label and stop show
// the choice.
func (s *windowSync) setFolder(dir string, label *widget.Label, stop *control.KeyButton) {
	var abs string
	var err error
	s.w.tasks.Run(func() {
		if dir == "" {
			err = s.syncer.ForgetFolder(control.BgContext())
		} else {
			abs, err = s.syncer.SetFolder(control.BgContext(), dir)
		}
	}, func() {
		if err != nil {
			control.ShowProblem(s.w.win, "Daymark cannot sync through that folder", err)
			return
		}
		s.folder, s.err = abs, nil
		label.SetText(s.folderText())
		if abs == "" {
			stop.Disable()
			s.show()
			return
		}
		stop.Enable()
		s.clock = syncClock{} // a round at once, the first in this folder
		s.show()
		s.syncNow()
	})
}
