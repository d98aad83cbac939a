package decisionscreen

import (
	"context"
	"fmt"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/charts"
	"daymark/data"
	"daymark/ui/control"
)

// Screen is the decision log: a searchable, filtered list of
// decisions beside the form of one, and insights beside them.
type Screen struct {
	decisions *app.Decisions
	win       fyne.Window
	tasks     *control.Tasks
	changed   func() // reviews due may have changed: the Day planner counts them

	Rows     []data.DecisionRow // the newest of the decisions found, as far as the list has read
	found    int                // how many the search found
	listed   data.DecisionFilter
	reading  int           // the query whose next rows are being read; 0 for none
	Current  data.Decision // what the form edits; ID 0 for a new one
	dims     []data.Dimension
	values   []data.Value
	query    int // the latest search asked for; older answers are dropped
	reselect bool

	Search     *control.LineEntry
	valueF     *control.SelectField
	dimensionF *control.SelectField
	FeelingF   *control.SelectField
	from, to   *control.DateField
	Due        *control.CheckBox
	Count      *widget.Label
	List       *widget.List

	Form    *decisionForm
	Message *widget.Label
	Status  control.SaveStatus

	Total      *widget.Label
	byValue    *control.ChartView
	Discomfort *fyne.Container
	noValue    *fyne.Container
	Reviews    *fyne.Container
	Content    fyne.CanvasObject
}

const anyChoice = "Any"

var feelingFilters = []string{anyChoice, "−2 very uncomfortable", "−1 uncomfortable", "0 neither", "+1 comfortable", "+2 very comfortable", "In discomfort (−1, −2)", "Not said"}

// New builds the Decisions screen; changed is told after a decision is
// saved or deleted.
func New(decisions *app.Decisions, win fyne.Window, t *control.Tasks, changed func()) *Screen {
	s := &Screen{decisions: decisions, win: win, tasks: t, changed: changed}

	s.Search = control.NewLineEntry("")
	s.Search.SetPlaceHolder("Search titles, situations, reasons, outcomes (Ctrl+F)")
	s.Search.OnChanged = func(string) { s.refresh() }
	s.valueF = control.NewSelectField([]string{anyChoice}, func(string) { s.refresh() })
	s.dimensionF = control.NewSelectField([]string{anyChoice}, func(string) { s.refresh() })
	s.FeelingF = control.NewSelectField(feelingFilters, func(string) { s.refresh() })
	s.from = control.NewOptionalDateField()
	s.to = control.NewOptionalDateField()
	s.from.OnDate = func(data.Date) { s.refresh() }
	s.to.OnDate = func(data.Date) { s.refresh() }
	s.from.OnChanged, s.to.OnChanged = s.dateChanged(s.from), s.dateChanged(s.to)
	s.Due = control.NewCheckBox("Review due", func(bool) { s.refresh() })
	clear := control.NewKeyButton("Clear", theme.ContentClearIcon(), s.ClearFilters)
	clear.Importance = widget.LowImportance
	s.Count = widget.NewLabel("")
	s.Count.Importance = widget.LowImportance
	s.List = widget.NewList(
		func() int { return s.found },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("Delay the billing launch by a week", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("Tue 3 Mar 2026 · −2 · review due")
			detail.Importance = widget.LowImportance
			return container.New(layout.NewCustomPaddedVBoxLayout(-14), title, detail)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			title, detail := o.(*fyne.Container).Objects[0].(*widget.Label), o.(*fyne.Container).Objects[1].(*widget.Label)
			if i >= len(s.Rows) {
				title.SetText("")
				detail.SetText("")
				s.readOn(i)
				return
			}
			title.SetText(s.Rows[i].Title)
			detail.SetText(rowDetail(s.Rows[i], data.Today()))
		})
	s.List.OnSelected = func(i widget.ListItemID) {
		if s.reselect || i >= len(s.Rows) || s.Rows[i].ID == s.Current.ID {
			return
		}
		id := s.Rows[i].ID
		s.Leave(func() { s.Open(id) })
	}
	filters := widget.NewForm(
		widget.NewFormItem("Value", s.valueF),
		widget.NewFormItem("Dimension", s.dimensionF),
		widget.NewFormItem("Feeling", s.FeelingF),
		widget.NewFormItem("From", s.from),
		widget.NewFormItem("To", s.to),
	)
	left := container.NewBorder(container.NewVBox(s.Search, filters, container.NewHBox(s.Due, layout.NewSpacer(), clear), s.Count), nil, nil, nil, s.List)

	s.Form = NewDecisionForm()
	s.Message = control.NewMessage()
	add := control.NewKeyButton("New", theme.ContentAddIcon(), s.Create)
	del := control.NewKeyButton("Delete", theme.DeleteIcon(), s.Delete)
	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { s.Save(nil) })
	save.Importance = widget.HighImportance
	s.Status = control.NewSaveStatus()
	s.Form.onEdit = func() { s.Status.Edited(s.Dirty()) }
	middle := container.NewBorder(nil, container.NewVBox(s.Message, container.NewHBox(add, del, layout.NewSpacer(), s.Status, save)), nil, nil,
		control.FollowingScroll(s, container.NewPadded(s.Form.content)))

	s.Total = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.byValue = control.NewChartView(t, fyne.NewSize(280, 260))
	s.Discomfort, s.noValue, s.Reviews = container.NewVBox(), container.NewVBox(), container.NewVBox()
	heading := func(text string) fyne.CanvasObject {
		l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	right := control.FollowingScroll(s, container.NewVBox(
		s.Total, heading("Which values drive decisions, and how they felt"), s.byValue,
		heading("Reviews due"), s.Reviews,
		heading("Made in discomfort"), s.Discomfort,
		heading("Named no value"), s.noValue,
	))

	s.Content = control.ThreePanes(left, middle, right, 0.28, 0.58)
	return s
}

// Shown reads the choices and decisions again and puts the cursor in the title.
func (s *Screen) Shown() {
	var dims []data.Dimension
	var values []data.Value
	var err error
	s.tasks.Run(func() { dims, values, err = s.decisions.Choices(control.BgContext()) }, func() {
		if err != nil {
			control.ShowProblem(s.win, "Daymark cannot read the decisions", err)
			return
		}
		s.dims, s.values = dims, values
		s.Form.setChoices(dims, values)
		s.fillFilterChoices()
		if s.Current.ID == 0 && s.Current.Date.IsZero() {
			s.edit(data.Decision{Date: data.Today()})
		}
		s.refresh()
		s.loadInsights()
		control.FocusHeld(s.win.Canvas(), s.Form.Title)
	})
}

// Open reads a decision and puts it in the form.
func (s *Screen) Open(id int64) {
	var d data.Decision
	var err error
	s.tasks.Run(func() { d, err = s.decisions.Get(control.BgContext(), id) }, func() {
		if err != nil {
			control.ShowProblem(s.win, "Daymark cannot open the decision", err)
			s.refresh()
			return
		}
		s.edit(d)
		if !s.syncList() && len(s.Rows) < s.found {
			s.refresh() // it may be further down the list: read as far as it
		}
	})
}

func (s *Screen) edit(d data.Decision) {
	s.Current = d
	s.Form.fill(d)
	s.Message.Hide()
	s.Status.Clear()
	s.syncList()
}

// create starts a new decision dated today (Ctrl+N).
func (s *Screen) Create() {
	s.Leave(func() {
		s.edit(data.Decision{Date: data.Today()})
		s.win.Canvas().Focus(s.Form.Title)
	})
}

// find puts the cursor in the search (Ctrl+F).
func (s *Screen) Find() { s.win.Canvas().Focus(s.Search) }

func (s *Screen) Dirty() bool {
	d, err := s.Form.read(s.Current)
	return err != nil && !s.blank() || err == nil && !sameDecision(d, s.Current)
}

// blank reports whether the form is a new decision nobody has typed in.
func (s *Screen) blank() bool {
	return s.Current.ID == 0 && s.Form.Title.Text == "" && s.Form.Situation.Text == "" && s.Form.rationale.Text == ""
}

// save stores the decision, then calls then.
func (s *Screen) Save(then func()) {
	d, err := s.Form.read(s.Current)
	if err != nil {
		s.Message.SetText(control.Sentence(err))
		s.Message.Show()
		s.Status.NotSaved(true)
		return
	}
	s.tasks.Run(func() { err = s.decisions.Save(control.BgContext(), &d) }, func() {
		if err != nil {
			s.Message.SetText(control.Sentence(err))
			s.Message.Show()
			s.Status.NotSaved(true)
			return
		}
		s.edit(d)
		s.Status.Saved()
		s.refresh()
		s.loadInsights()
		s.changed()
		if then != nil {
			then()
		}
	})
}

// leave saves a changed decision, or asks before discarding one that
// cannot be saved, then calls then.
func (s *Screen) Leave(then func()) {
	dirty := s.Dirty()
	var problem error
	if dirty {
		_, problem = s.Form.read(s.Current)
	}
	control.LeaveForm(s.win, "Discard the changes to this decision?", dirty, problem, s.Save, func() { s.edit(s.Current) }, nil, then)
}

// Delete removes the decision in the form, after asking.
func (s *Screen) Delete() {
	d := s.Current
	if d.ID == 0 {
		return
	}
	control.ConfirmDelete(s.win, s.tasks, control.Deletion{
		Question: "Delete “" + d.Title + "”?",
		Detail:   "It leaves the log and the insights. A backup can bring it back.",
		What:     "the decision",
		Remove:   func(ctx context.Context) error { return s.decisions.Delete(ctx, d.ID) },
	}, func() {
		s.edit(data.Decision{Date: data.Today()})
		s.refresh()
		s.loadInsights()
		s.changed()
	})
}

// loadInsights works out the insights off the UI goroutine.
func (s *Screen) loadInsights() {
	var in app.Insights
	var err error
	s.tasks.Run(func() { in, err = s.decisions.Insights(control.BgContext(), data.Today()) }, func() {
		if err != nil {
			s.Total.SetText(control.Sentence(err))
			return
		}
		s.Total.SetText(control.Plural(in.Total, "decision") + " in the log")
		by := in.ByValue
		s.byValue.Img.SetMinSize(fyne.NewSize(260, float32(110+30*len(by.Rows))))
		s.byValue.Refresh()
		s.byValue.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(by, w, h, th) })
		s.fillLinks(s.Reviews, in.ReviewsDue, "No reviews due.")
		s.fillLinks(s.Discomfort, in.Discomfort, "None: no decision felt uncomfortable.")
		empty := "Every decision names a value."
		s.fillLinks(s.noValue, in.NoValue, empty)
		if in.NoValueCount > len(in.NoValue) {
			s.noValue.Add(control.Note(fmt.Sprintf("… %d in all", in.NoValueCount)))
		}
	})
}

// fillLinks lists decisions as buttons that open them.
func (s *Screen) fillLinks(box *fyne.Container, rows []data.DecisionRow, empty string) {
	box.Objects = nil
	for _, r := range rows {
		id := r.ID
		link := widget.NewHyperlink(r.Date.Format("2 Jan")+" · "+r.Title, nil)
		link.Truncation = fyne.TextTruncateEllipsis
		link.OnTapped = func() { s.Leave(func() { s.Open(id) }) }
		box.Add(link)
	}
	if len(rows) == 0 {
		box.Add(control.Note(empty))
	}
	box.Refresh()
}
