package timeimportdialog

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
	ReplaceTyped = "Replace the actual minutes I typed on these days with the file's (a backup is made first)"
)

// Dialog is the dialog that previews and applies one file.
type Dialog struct {
	svc     *timeimport.Importer
	win     fyne.Window
	tasks   *control.Tasks
	path    string
	Applied func(timeimport.Result, timeimport.Preview) // after applying, on the UI goroutine

	dims    []data.Dimension
	preview *timeimport.Preview // the latest preview shown; nil while there is none
	asked   int                 // the latest preview asked for: older answers are dropped

	From, To *control.DateField
	Keep     *widget.RadioGroup
	Bar      *widget.ProgressBar
	Summary  *widget.Label
	Problems *problemList
	Tree     *previewTree
	Apply    *control.KeyButton
	dlg      *control.DialogBox
	StopRead context.CancelFunc // ends the reading under way, if any
}

// New makes the dialog for the file at path, previewing the days from
// from to to; Show opens it.
func New(svc *timeimport.Importer, win fyne.Window, t *control.Tasks, path string, from, to data.Date) *Dialog {
	s := &Dialog{svc: svc, win: win, tasks: t, path: path}
	s.From = control.NewDateField(from, func(data.Date) { s.refresh() })
	s.To = control.NewDateField(to, func(data.Date) { s.refresh() })
	s.Keep = widget.NewRadioGroup([]string{keepTyped, ReplaceTyped}, func(string) { s.refresh() })
	s.Keep.Required = true
	s.Keep.SetSelected(keepTyped)
	s.Bar = widget.NewProgressBar()
	s.Bar.Hide()
	s.Summary = widget.NewLabel("")
	s.Summary.Wrapping = fyne.TextWrapWord
	s.Problems = newProblemList()
	s.Tree = newPreviewTree()
	return s
}

// Show opens the dialog and reads the file.
func (s *Dialog) Show() {
	rules := widget.NewButtonWithIcon("Rules…", theme.SettingsIcon(), s.editRules)
	dates := container.NewHBox(widget.NewLabel("Days from"), control.WithWidth(170, s.From), widget.NewLabel("to"), control.WithWidth(170, s.To))
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, rules, dates),
		s.Keep,
		s.Bar,
		s.Summary,
		s.Problems.Content,
	)
	body := container.NewBorder(top, nil, nil, nil, s.Tree.content)
	s.Apply = control.NewKeyButton("Apply", theme.ConfirmIcon(), s.applyPreview)
	s.Apply.Importance = widget.HighImportance
	s.Apply.Disable()
	s.dlg = control.NewDialog(s.win, "Import "+filepath.Base(s.path), body)
	s.dlg.Button("Cancel", widget.MediumImportance, true, nil) // Escape too
	s.dlg.Add(s.Apply)
	s.dlg.Closed = s.stopReading // however it closes, a reading under way ends
	s.dlg.Dialog.Resize(fyne.NewSize(980, 700))
	s.dlg.Show()
	s.refresh()
}

// refresh reads the file again for the days and choice in the dialog.
func (s *Dialog) refresh() {
	if s.dlg == nil {
		return // still being built
	}
	from, err1 := s.From.Date()
	to, err2 := s.To.Date()
	if err1 != nil || err2 != nil {
		return // the field says what is wrong
	}
	s.asked++
	asked := s.asked
	s.stopReading() // a reading for other days is of no use now
	var ctx context.Context
	ctx, s.StopRead = context.WithCancel(control.BgContext())
	req := timeimport.PreviewRequest{From: from, To: to, Keep: s.Keep.Selected != ReplaceTyped}
	req.Progress = func(f float64) {
		s.tasks.Show(func() {
			if asked == s.asked {
				s.Bar.SetValue(f)
			}
		})
	}
	s.Apply.Disable()
	s.Bar.SetValue(0)
	s.Bar.Show()
	s.Summary.SetText("Reading " + filepath.Base(s.path) + "…")
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
		s.Bar.Hide()
		if err != nil {
			s.preview = nil
			s.Summary.SetText(control.Sentence(err))
			s.Summary.Importance = widget.DangerImportance
			s.Summary.Refresh()
			s.Problems.show(nil)
			s.Tree.show(previewNodes(nil, nil, nil))
			return
		}
		s.preview, s.dims = &p, dims
		s.Summary.Importance = widget.MediumImportance
		s.Summary.SetText(previewSummary(p))
		s.Problems.show(&p.Reading)
		s.Tree.show(nodes)
		changes := 0
		for _, d := range p.Days {
			if d.Changed() {
				changes++
			}
		}
		s.Apply.SetText("Nothing to set")
		if changes > 0 {
			s.Apply.SetText("Set " + control.Plural(changes, "day"))
			s.Apply.Enable()
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
func (s *Dialog) editRules() {
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
	ShowRules(s.svc, s.win, s.tasks, projects, s.refresh)
}

// applyPreview writes what the preview shows.
func (s *Dialog) applyPreview() {
	if s.preview == nil {
		return
	}
	p := *s.preview
	s.Apply.Disable()
	s.Bar.Hide()
	s.Summary.SetText("Setting the actual minutes…")
	var res timeimport.Result
	var err error
	s.tasks.Run(func() { res, err = s.svc.Apply(control.BgContext(), p) }, func() {
		if err != nil {
			s.Summary.SetText("Nothing was set: " + control.Sentence(err))
			s.Summary.Importance = widget.DangerImportance
			s.Summary.Refresh()
			s.Apply.Enable()
			return
		}
		s.dlg.Hide()
		if s.Applied != nil {
			s.Applied(res, p)
		}
	})
}

// stopReading ends the reading of the file under way, if any.
func (s *Dialog) stopReading() {
	if s.StopRead != nil {
		s.StopRead()
		s.StopRead = nil
	}
}
