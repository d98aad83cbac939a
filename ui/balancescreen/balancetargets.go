package balancescreen

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/data"
	"daymark/ui/control"
)

// The Balance screen's editors: target versions and the focus. Each shows
// its history and adds a new version; nothing changes until Save.

// EditTargets opens the target editor on the dimensions and versions as
// they are stored.
func (s *Screen) EditTargets() {
	var dims []data.Dimension
	var versions []data.Target
	var err error
	s.tasks.Run(func() {
		dims, versions, err = s.balancer.TargetsAndDimensions(control.BgContext())
	}, func() {
		if err != nil {
			control.ShowProblem(s.win, "Daymark cannot read the targets", err)
			return
		}
		s.showTargetEditor(app.Active(dims), dims, versions)
	})
}

// targetForm is the target editor's fields: the date a new version holds
// from and the minutes of each active dimension, with their total and, in
// red, what keeps them from being saved.
type targetForm struct {
	active         []data.Dimension
	from           *control.DateField
	fields         []*control.DurationEntry
	total, problem *widget.Label
	grid           *fyne.Container // a row per dimension
}

func newTargetForm(active []data.Dimension, current data.Target) *targetForm {
	f := &targetForm{active: active, from: control.NewDateField(data.Today(), nil), total: widget.NewLabel(""), problem: control.NewMessage()}
	f.fields = make([]*control.DurationEntry, len(active))
	f.grid = container.New(layout.NewFormLayout())
	for i, d := range active {
		f.fields[i] = control.NewDurationEntry()
		f.fields[i].SetText(control.DurationText(current.Minutes[d.ID]))
		f.fields[i].OnChanged = func(string) { f.update() }
		f.grid.Add(container.NewBorder(nil, nil, container.NewCenter(control.Swatch(app.Colour(d), 12)), nil, widget.NewLabel(d.Name)))
		f.grid.Add(control.WithWidth(140, f.fields[i]))
	}
	f.from.OnDate = func(data.Date) { f.update() }
	f.update()
	return f
}

// read returns the version the fields hold, or why it cannot be saved.
func (f *targetForm) read() (data.Target, string) {
	t := data.Target{Minutes: map[int64]int{}}
	for i, d := range f.active {
		m, err := app.ParseDuration(f.fields[i].Text)
		if err != nil {
			return t, d.Name + ": " + err.Error()
		}
		if m > 0 {
			t.Minutes[d.ID] = m
		}
	}
	date, err := f.from.Date()
	if err != nil {
		return t, "Effective from: " + control.Sentence(err)
	}
	t.From = date
	if err := t.Validate(); err != nil {
		return t, control.Sentence(err) + "."
	}
	return t, ""
}

// update shows the total of the fields, and what is wrong with them.
func (f *targetForm) update() {
	t, why := f.read()
	sum := 0
	for _, m := range t.Minutes {
		sum += m
	}
	f.total.SetText("Total " + app.FormatDuration(sum) + " of 24h; unallocated " + app.FormatDuration(max(0, app.Unallocated(sum))))
	if why != "" {
		f.problem.SetText(why)
		f.problem.Show()
	} else {
		f.problem.Hide()
	}
}

// targetVersions lists the stored versions, the latest first, each with
// a way to delete it.
func (s *Screen) targetVersions(all []data.Dimension, versions []data.Target) *fyne.Container {
	history := container.NewVBox()
	for i := len(versions) - 1; i >= 0; i-- {
		v := versions[i]
		history.Add(control.VersionRow("From "+v.From.Format("2 Jan 2006")+": "+describeTarget(v, all), func() {
			s.deleteVersion("Delete the targets from "+v.From.Format("2 Jan 2006")+"?", func(ctx context.Context) error {
				return s.balancer.DeleteTarget(ctx, v.From)
			})
		}))
	}
	if len(versions) == 0 {
		history.Add(control.Note("No targets yet. The first version holds from its date on."))
	}
	return history
}

// showTargetEditor opens the targets' dialog: a new version's form over
// the versions stored.
func (s *Screen) showTargetEditor(active, all []data.Dimension, versions []data.Target) {
	current := data.Target{Minutes: map[int64]int{}}
	if t, ok := data.InForce(versions, data.Today()); ok {
		current = t
	}
	f := newTargetForm(active, current)
	intro := control.Note("The minutes a day you want to give each dimension, from a date on. Saving adds a new version; each day is judged against the version in force on it. A version from the same date is replaced.")
	body := container.NewVBox(intro,
		container.New(layout.NewFormLayout(), widget.NewLabel("Effective from"), control.WithWidth(180, f.from)),
		f.grid, f.total, f.problem,
		widget.NewSeparator(), widget.NewLabelWithStyle("Versions", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.targetVersions(all, versions))
	var d *control.DialogBox
	save := control.NewKeyButton("Save version", theme.DocumentSaveIcon(), func() {
		t, why := f.read()
		if why != "" {
			f.update()
			return
		}
		s.saveAndClose(d, f.problem, func(ctx context.Context) error { return s.balancer.SaveTarget(ctx, t) })
	})
	save.Importance = widget.HighImportance
	d = control.NewScrollingDialog(s.win, "Targets", body, 520)
	d.Button("Cancel", widget.MediumImportance, false, nil)
	d.Add(save)
	if len(f.fields) > 0 {
		d.Focus = f.fields[0]
	}
	d.Dialog.Resize(fyne.NewSize(600, 560))
	d.Show()
}

// describeTarget lists a version's minutes by dimension.
func describeTarget(t data.Target, dims []data.Dimension) string {
	var parts []string
	total := 0
	for _, d := range dims {
		if m := t.Minutes[d.ID]; m > 0 {
			parts = append(parts, d.Name+" "+app.FormatDuration(m))
			total += m
		}
	}
	return strings.Join(parts, " · ") + " (" + app.FormatDuration(total) + " a day)"
}

// EditFocus opens the focus editor.
func (s *Screen) EditFocus() {
	var dims []data.Dimension
	var history []data.Focus
	var err error
	s.tasks.Run(func() {
		dims, history, err = s.balancer.FocusAndDimensions(control.BgContext())
	}, func() {
		if err != nil {
			control.ShowProblem(s.win, "Daymark cannot read the focus", err)
			return
		}
		s.showFocusEditor(app.Active(dims), dims, history)
	})
}

func (s *Screen) showFocusEditor(active, all []data.Dimension, history []data.Focus) {
	names := make([]string, len(active))
	for i, d := range active {
		names[i] = d.Name
	}
	choice := control.NewSelectField(names, nil)
	choice.PlaceHolder = "Choose a dimension"
	reason := control.NewTextArea("Why this one, now? (\"the strategy refresh is due\")", 3)
	started := control.NewDateField(data.Today(), nil)
	if f, ok := data.FocusOn(history, data.Today()); ok {
		for i, d := range active {
			if d.ID == f.DimensionID {
				choice.SetSelectedIndex(i)
			}
		}
	}
	problem := widget.NewLabel("")
	problem.Wrapping = fyne.TextWrapWord
	problem.Importance = widget.DangerImportance
	problem.Hide()

	list := container.NewVBox()
	for i := len(history) - 1; i >= 0; i-- {
		f := history[i]
		text := "Since " + f.Started.Format("2 Jan 2006") + ": " + dimensionName(all, f.DimensionID)
		if f.Reason != "" {
			text += ", because " + control.FirstLine(f.Reason)
		}
		list.Add(control.VersionRow(text, func() {
			s.deleteVersion("Delete the focus from "+f.Started.Format("2 Jan 2006")+"?", func(ctx context.Context) error {
				return s.balancer.DeleteFocus(ctx, f.Started)
			})
		}))
	}
	if len(history) == 0 {
		list.Add(control.Note("No focus yet."))
	}
	form := widget.NewForm(
		widget.NewFormItem("Focus on", choice),
		widget.NewFormItem("Because", reason),
		widget.NewFormItem("Since", control.WithWidth(180, started)),
	)
	body := container.NewVBox(control.Note("The one dimension to prioritise now, and why. The Day planner and the Balance screen mark it with ★."),
		form, problem, widget.NewSeparator(), widget.NewLabelWithStyle("History", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), list)
	var d *control.DialogBox
	set := control.NewKeyButton("Set focus", theme.ConfirmIcon(), func() {
		date, err := started.Date()
		switch {
		case choice.SelectedIndex() < 0:
			err = control.ErrorText("Choose the dimension to focus on.")
		case err != nil:
			err = control.ErrorText("Since: " + control.Sentence(err))
		}
		if err == nil {
			f := data.Focus{Started: date, DimensionID: active[choice.SelectedIndex()].ID, Reason: strings.TrimSpace(reason.Text)}
			if err = f.Validate(); err == nil {
				s.saveAndClose(d, problem, func(ctx context.Context) error { return s.balancer.SetFocus(ctx, f) })
				return
			}
		}
		problem.SetText(control.Sentence(err))
		problem.Show()
	})
	set.Importance = widget.HighImportance
	d = control.NewScrollingDialog(s.win, "Focus", body, 520)
	d.Button("Cancel", widget.MediumImportance, false, nil)
	d.Add(set)
	d.Focus = choice
	d.Dialog.Resize(fyne.NewSize(600, 560))
	d.Show()
}

func dimensionName(dims []data.Dimension, id int64) string {
	for _, d := range dims {
		if d.ID == id {
			return d.Name
		}
	}
	return "a dimension no longer there"
}

// saveAndClose runs a save off the UI goroutine; on success it closes the
// dialog and shows the new figures, on failure it says why in the dialog.
func (s *Screen) saveAndClose(d *control.DialogBox, problem *widget.Label, save func(context.Context) error) {
	var err error
	s.tasks.Run(func() { err = save(control.BgContext()) }, func() {
		if err != nil {
			problem.SetText(control.Sentence(err))
			problem.Show()
			return
		}
		d.Hide()
		s.changed()
		s.Show(s.Rng)
	})
}

// deleteVersion deletes a version of the targets or of the focus, after
// asking; the history left is shown again.
func (s *Screen) deleteVersion(question string, remove func(context.Context) error) {
	control.ConfirmDelete(s.win, s.tasks, control.Deletion{Question: question, Detail: "The rest of the history stays.", What: "it", Remove: remove}, func() {
		s.changed()
		s.Show(s.Rng)
	})
}
