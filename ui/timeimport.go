package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app/timeimport"
	"daymark/data"
	"daymark/ui/control"
)

// Filling actual time from a calendar or a time tracker's export: the
// file is chosen, previewed for a range of days (reading runs off the UI
// goroutine, with progress), and applied once the person has seen what
// it would set.

// Choices of what happens to actual minutes typed by hand.
const (
	keepTyped    = "Keep the actual minutes I typed: the file fills only the other dimensions"
	replaceTyped = "Replace the actual minutes I typed on these days with the file's (a backup is made first)"
)

// timeImport is the dialog that previews and applies one file.
type timeImport struct {
	svc     *timeimport.Importer
	win     fyne.Window
	tasks   *control.Tasks
	path    string
	applied func(timeimport.Result, timeimport.Preview) // after applying, on the UI goroutine

	dims    []data.Dimension
	preview *timeimport.Preview // the latest preview shown; nil while there is none
	asked   int                 // the latest preview asked for: older answers are dropped

	from, to *control.DateField
	keep     *widget.RadioGroup
	bar      *widget.ProgressBar
	summary  *widget.Label
	problems *problemList
	tree     *previewTree
	apply    *control.KeyButton
	dlg      *control.DialogBox
	stopRead context.CancelFunc // ends the reading under way, if any
}

func newTimeImport(svc *timeimport.Importer, win fyne.Window, t *control.Tasks, path string, from, to data.Date) *timeImport {
	s := &timeImport{svc: svc, win: win, tasks: t, path: path}
	s.from = control.NewDateField(from, func(data.Date) { s.refresh() })
	s.to = control.NewDateField(to, func(data.Date) { s.refresh() })
	s.keep = widget.NewRadioGroup([]string{keepTyped, replaceTyped}, func(string) { s.refresh() })
	s.keep.Required = true
	s.keep.SetSelected(keepTyped)
	s.bar = widget.NewProgressBar()
	s.bar.Hide()
	s.summary = widget.NewLabel("")
	s.summary.Wrapping = fyne.TextWrapWord
	s.problems = newProblemList()
	s.tree = newPreviewTree()
	return s
}

// show opens the dialog and reads the file.
func (s *timeImport) show() {
	rules := widget.NewButtonWithIcon("Rules…", theme.SettingsIcon(), s.editRules)
	dates := container.NewHBox(widget.NewLabel("Days from"), control.WithWidth(170, s.from), widget.NewLabel("to"), control.WithWidth(170, s.to))
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, rules, dates),
		s.keep,
		s.bar,
		s.summary,
		s.problems.content,
	)
	body := container.NewBorder(top, nil, nil, nil, s.tree.content)
	s.apply = control.NewKeyButton("Apply", theme.ConfirmIcon(), s.applyPreview)
	s.apply.Importance = widget.HighImportance
	s.apply.Disable()
	s.dlg = control.NewDialog(s.win, "Import "+filepath.Base(s.path), body)
	s.dlg.Button("Cancel", widget.MediumImportance, true, nil) // Escape too
	s.dlg.Add(s.apply)
	s.dlg.Closed = s.stopReading // however it closes, a reading under way ends
	s.dlg.Dialog.Resize(fyne.NewSize(980, 700))
	s.dlg.Show()
	s.refresh()
}

// refresh reads the file again for the days and choice in the dialog.
func (s *timeImport) refresh() {
	if s.dlg == nil {
		return // still being built
	}
	from, err1 := s.from.Date()
	to, err2 := s.to.Date()
	if err1 != nil || err2 != nil {
		return // the field says what is wrong
	}
	s.asked++
	asked := s.asked
	s.stopReading() // a reading for other days is of no use now
	var ctx context.Context
	ctx, s.stopRead = context.WithCancel(control.BgContext())
	req := timeimport.PreviewRequest{From: from, To: to, Keep: s.keep.Selected != replaceTyped}
	req.Progress = func(f float64) {
		s.tasks.Show(func() {
			if asked == s.asked {
				s.bar.SetValue(f)
			}
		})
	}
	s.apply.Disable()
	s.bar.SetValue(0)
	s.bar.Show()
	s.summary.SetText("Reading " + filepath.Base(s.path) + "…")
	var p timeimport.Preview
	var dims []data.Dimension
	var nodes previewLayout
	var err error
	s.tasks.Run(func() {
		if p, err = s.svc.PreviewFile(ctx, s.path, req); err == nil {
			dims, err = s.svc.Dimensions(control.BgContext())
		}
		if err == nil {
			nodes = previewNodes(&p, dims, s.svc.Location)
		}
	}, func() {
		if asked != s.asked || control.Cancelled(err) {
			return // the person has asked for another, or closed the dialog
		}
		s.bar.Hide()
		if err != nil {
			s.preview = nil
			s.summary.SetText(control.Sentence(err))
			s.summary.Importance = widget.DangerImportance
			s.summary.Refresh()
			s.problems.show(nil)
			s.tree.show(previewNodes(nil, nil, nil))
			return
		}
		s.preview, s.dims = &p, dims
		s.summary.Importance = widget.MediumImportance
		s.summary.SetText(previewSummary(p))
		s.problems.show(&p.Reading)
		s.tree.show(nodes)
		changes := 0
		for _, d := range p.Days {
			if d.Changed() {
				changes++
			}
		}
		s.apply.SetText("Nothing to set")
		if changes > 0 {
			s.apply.SetText("Set " + control.Plural(changes, "day"))
			s.apply.Enable()
		}
	})
}

// previewSummary says in a few lines what the preview holds.
func previewSummary(p timeimport.Preview) string {
	changes := 0
	for _, d := range p.Days {
		if d.Changed() {
			changes++
		}
	}
	what := "events"
	if p.Kind != timeimport.KindCalendar {
		what = "entries"
	}
	source := timeimport.SourceText(p.Reading)
	first := fmt.Sprintf("%s%s: %d %s counted; ", strings.ToUpper(source[:1]), source[1:], p.Counted, what)
	if changes == 0 {
		first += "no day's actual minutes change."
	} else {
		first += "the actual minutes of " + control.Plural(changes, "day") + " change."
	}
	lines := []string{first}
	if n := len(p.Unmatched); n > 0 {
		where := "skipped"
		if p.Unmatch != 0 {
			where = "counted where what matches nothing goes"
		}
		lines = append(lines, fmt.Sprintf("%d matched no rule (%s): see the end of the list, or add rules.", n, where))
	}
	if len(p.Days) == 0 && !p.Last.IsZero() {
		lines = append(lines, fmt.Sprintf("The file's %s run from %s to %s.", what, p.First.Format("2 Jan 2006"), p.Last.Format("2 Jan 2006")))
	}
	// Last, over the list of what the file's lines could not say.
	read := timeimport.ReadText(p.Reading)
	if len(p.Problems) > 0 {
		read = strings.TrimSuffix(read, ".") + ":"
	}
	return strings.Join(append(lines, read), "\n")
}

// editRules opens the rules, and reads the file again once they are saved.
func (s *timeImport) editRules() {
	var projects []string
	if s.preview != nil {
		seen := map[string]bool{}
		for _, it := range s.preview.Unmatched {
			if it.Project != "" && !seen[it.Project] {
				seen[it.Project] = true
				projects = append(projects, it.Project)
			}
		}
	}
	showRules(s.svc, s.win, s.tasks, projects, s.refresh)
}

// applyPreview writes what the preview shows.
func (s *timeImport) applyPreview() {
	if s.preview == nil {
		return
	}
	p := *s.preview
	s.apply.Disable()
	s.bar.Hide()
	s.summary.SetText("Setting the actual minutes…")
	var res timeimport.Result
	var err error
	s.tasks.Run(func() { res, err = s.svc.Apply(control.BgContext(), p) }, func() {
		if err != nil {
			s.summary.SetText("Nothing was set: " + control.Sentence(err))
			s.summary.Importance = widget.DangerImportance
			s.summary.Refresh()
			s.apply.Enable()
			return
		}
		s.dlg.Hide()
		if s.applied != nil {
			s.applied(res, p)
		}
	})
}

// stopReading ends the reading of the file under way, if any.
func (s *timeImport) stopReading() {
	if s.stopRead != nil {
		s.stopRead()
		s.stopRead = nil
	}
}
