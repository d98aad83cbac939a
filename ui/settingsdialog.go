package ui

import (
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app/idle"
	"daymark/app/week"
	"daymark/ui/control"
	"daymark/ui/look"
	"daymark/ui/prefs"
)

// The theme choices as the settings show them, in the order of themeChoices.
var (
	themeChoices = []string{prefs.ThemeSystem, prefs.ThemeLight, prefs.ThemeDark}
	themeLabels  = []string{"Follow the system", "Light", "Dark"}
)

const lastViewLabel = "The one in front when Daymark closed"

// showSettings shows the settings; each applies as it is chosen.
func (w *Window) showSettings() {
	themeSel := control.NewSelectField(themeLabels, nil)
	themeSel.SetSelectedIndex(max(0, slices.Index(themeChoices, w.settings.Theme())))
	themeSel.OnChanged = func(string) {
		choice := themeChoices[themeSel.SelectedIndex()]
		w.settings.Store.SetString(prefs.PrefTheme, choice)
		look.ApplyTheme(w.app, choice)
	}

	weekStart := control.NewChoiceRow([]string{"Monday", "Sunday"}, nil)
	weekStart.Required = true
	weekStart.SetSelected(w.settings.WeekStart().String())
	weekStart.OnChanged = func(day string) {
		start := time.Monday
		if day == "Sunday" {
			start = time.Sunday
		}
		w.settings.SetWeekStart(start)
		w.svc.Balancer.SetWeekStart(start)
		if w.balance != nil { // built: show its week anew; otherwise it starts with it
			w.balance.WeekStartChanged()
		}
		if w.week != nil {
			w.week.WeekStartChanged()
		}
		w.day.refreshReview()
	}

	var weekdays []string
	for _, d := range week.WeekdaysFrom(time.Monday) {
		weekdays = append(weekdays, d.String())
	}
	review := control.NewSelectField(weekdays, nil)
	review.SetSelected(w.settings.ReviewDay().String())
	review.OnChanged = func(day string) {
		w.settings.SetReviewDay(week.WeekdaysFrom(time.Monday)[review.SelectedIndex()])
		w.day.refreshReview()
	}

	views := append([]string{lastViewLabel}, prefs.ScreenNames...)
	view := control.NewSelectField(views, nil)
	if i := prefs.ScreenIndex(w.settings.DefaultView()); i >= 0 {
		view.SetSelectedIndex(i + 1)
	} else {
		view.SetSelectedIndex(0)
	}
	view.OnChanged = func(string) {
		if i := view.SelectedIndex(); i > 0 {
			w.settings.Store.SetString(prefs.PrefDefaultView, prefs.ScreenKeys[i-1])
		} else {
			w.settings.Store.SetString(prefs.PrefDefaultView, prefs.ViewLast)
		}
	}

	folder := widget.NewLabel(w.svc.DataFile.BackupFolder())
	folder.Wrapping = fyne.TextWrapBreak
	choose := control.NewKeyButton("Choose…", theme.FolderOpenIcon(), func() {
		control.PickFolder(w.win, "Keep them here", control.Place{Title: "Keep Daymark's backups in…", Folder: w.databaseFolder()}, func(dir string) {
			w.setBackupFolder(dir, folder)
		})
	})
	beside := control.NewKeyButton("Beside the database", nil, func() { w.setBackupFolder("", folder) })

	form := widget.NewForm(
		widget.NewFormItem("Theme", themeSel),
		widget.NewFormItem("Weeks start on", weekStart),
		widget.NewFormItem("Weekly review on", control.WithWidth(200, review)),
		widget.NewFormItem("Open on", view),
		widget.NewFormItem("Backups go to", container.NewVBox(folder, container.NewHBox(choose, beside))),
		w.sync.settingsItem(),
	)
	form.Items[2].HintText = "from that day to the week's end, the Day planner asks for the week's review until it is saved"
	form.Items[3].HintText = "the screen Daymark opens on"
	form.Items[4].HintText = "the daily backups and those made before imports, restores and updates; those made already stay where they are"
	for _, it := range w.timerSettings() {
		form.AppendItem(it)
	}
	d := control.NewScrollingDialog(w.win, "Settings", form, 640)
	d.Button("Close", widget.HighImportance, false, nil)
	d.Focus = themeSel
	// As wide as the widest hint (where backups go) with the scroll's
	// edge beside it: at 700 its end was cut at 1024×640.
	d.Dialog.Resize(fyne.NewSize(860, 560))
	d.Show()
}

// setBackupFolder sends backups to dir (beside the database when empty)
// once the store has checked it can write there, and shows it in label.
func (w *Window) setBackupFolder(dir string, label *widget.Label) {
	var err error
	w.tasks.Run(func() { err = w.svc.DataFile.SetBackupFolder(dir) }, func() {
		if err != nil {
			control.ShowProblem(w.win, "Daymark cannot keep its backups there", err)
			return
		}
		w.settings.Store.SetString(prefs.PrefBackupFolder, dir)
		label.SetText(w.svc.DataFile.BackupFolder())
	})
}

// settingsLoaded applies the settings that live outside the window's widgets.
func (w *Window) settingsLoaded() {
	look.ApplyTheme(w.app, w.settings.Theme())
	w.svc.Balancer.SetWeekStart(w.settings.WeekStart())
}

// sizeAsRemembered gives the window the size it had when Daymark last
// closed (the first time, a size that fits the screen): once, as it
// opens. Later (another database opened in it) the window keeps the size
// the person gave it.
func (w *Window) sizeAsRemembered() { w.win.Resize(w.settings.WindowSize(screenSize)) }

// screenSize is the size of the screen, asked of the X server once and
// only when no size is remembered; zero where it does not say. Its pixels
// are taken as the window's units, which they are at Fyne's scale 1.
var screenSize = sync.OnceValue(func() fyne.Size {
	w, h, err := idle.ScreenSize("")
	if err != nil {
		return fyne.Size{}
	}
	return fyne.NewSize(float32(w), float32(h))
})

// rememberWindow keeps the window's size for the next start.
func (w *Window) rememberWindow() {
	w.settings.RememberSize(w.win.Canvas().Size())
}
