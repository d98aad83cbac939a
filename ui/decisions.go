package ui

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

// decisionsScreen is the decision log: a searchable, filtered list of
// decisions beside the form of one, and insights beside them.
type decisionsScreen struct {
	decisions *app.Decisions
	win       fyne.Window
	tasks     *control.Tasks
	changed   func() // reviews due may have changed: the Day planner counts them

	rows     []data.DecisionRow // the newest of the decisions found, as far as the list has read
	found    int                // how many the search found
	listed   data.DecisionFilter
	reading  int           // the query whose next rows are being read; 0 for none
	current  data.Decision // what the form edits; ID 0 for a new one
	dims     []data.Dimension
	values   []data.Value
	query    int // the latest search asked for; older answers are dropped
	reselect bool

	search     *control.LineEntry
	valueF     *control.SelectField
	dimensionF *control.SelectField
	feelingF   *control.SelectField
	from, to   *control.DateField
	due        *control.CheckBox
	count      *widget.Label
	list       *widget.List

	form    *decisionForm
	message *widget.Label
	status  control.SaveStatus

	total      *widget.Label
	byValue    *control.ChartView
	discomfort *fyne.Container
	noValue    *fyne.Container
	reviews    *fyne.Container
	content    fyne.CanvasObject
}

const anyChoice = "Any"

var feelingFilters = []string{anyChoice, "−2 very uncomfortable", "−1 uncomfortable", "0 neither", "+1 comfortable", "+2 very comfortable", "In discomfort (−1, −2)", "Not said"}

func newDecisionsScreen(decisions *app.Decisions, win fyne.Window, t *control.Tasks, changed func()) *decisionsScreen {
	s := &decisionsScreen{decisions: decisions, win: win, tasks: t, changed: changed}

	s.search = control.NewLineEntry("")
	s.search.SetPlaceHolder("Search titles, situations, reasons, outcomes (Ctrl+F)")
	s.search.OnChanged = func(string) { s.refresh() }
	s.valueF = control.NewSelectField([]string{anyChoice}, func(string) { s.refresh() })
	s.dimensionF = control.NewSelectField([]string{anyChoice}, func(string) { s.refresh() })
	s.feelingF = control.NewSelectField(feelingFilters, func(string) { s.refresh() })
	s.from = control.NewOptionalDateField()
	s.to = control.NewOptionalDateField()
	s.from.OnDate = func(data.Date) { s.refresh() }
	s.to.OnDate = func(data.Date) { s.refresh() }
	s.from.OnChanged, s.to.OnChanged = s.dateChanged(s.from), s.dateChanged(s.to)
	s.due = control.NewCheckBox("Review due", func(bool) { s.refresh() })
	clear := control.NewKeyButton("Clear", theme.ContentClearIcon(), s.clearFilters)
	clear.Importance = widget.LowImportance
	s.count = widget.NewLabel("")
	s.count.Importance = widget.LowImportance
	s.list = widget.NewList(
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
			if i >= len(s.rows) {
				title.SetText("")
				detail.SetText("")
				s.readOn(i)
				return
			}
			title.SetText(s.rows[i].Title)
			detail.SetText(rowDetail(s.rows[i], data.Today()))
		})
	s.list.OnSelected = func(i widget.ListItemID) {
		if s.reselect || i >= len(s.rows) || s.rows[i].ID == s.current.ID {
			return
		}
		id := s.rows[i].ID
		s.Leave(func() { s.open(id) })
	}
	filters := widget.NewForm(
		widget.NewFormItem("Value", s.valueF),
		widget.NewFormItem("Dimension", s.dimensionF),
		widget.NewFormItem("Feeling", s.feelingF),
		widget.NewFormItem("From", s.from),
		widget.NewFormItem("To", s.to),
	)
	left := container.NewBorder(container.NewVBox(s.search, filters, container.NewHBox(s.due, layout.NewSpacer(), clear), s.count), nil, nil, nil, s.list)

	s.form = newDecisionForm()
	s.message = control.NewMessage()
	add := control.NewKeyButton("New", theme.ContentAddIcon(), s.Create)
	del := control.NewKeyButton("Delete", theme.DeleteIcon(), s.delete)
	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { s.Save(nil) })
	save.Importance = widget.HighImportance
	s.status = control.NewSaveStatus()
	s.form.onEdit = func() { s.status.Edited(s.Dirty()) }
	middle := container.NewBorder(nil, container.NewVBox(s.message, container.NewHBox(add, del, layout.NewSpacer(), s.status, save)), nil, nil,
		control.FollowingScroll(s, container.NewPadded(s.form.content)))

	s.total = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.byValue = control.NewChartView(t, fyne.NewSize(280, 260))
	s.discomfort, s.noValue, s.reviews = container.NewVBox(), container.NewVBox(), container.NewVBox()
	heading := func(text string) fyne.CanvasObject {
		l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	right := control.FollowingScroll(s, container.NewVBox(
		s.total, heading("Which values drive decisions, and how they felt"), s.byValue,
		heading("Reviews due"), s.reviews,
		heading("Made in discomfort"), s.discomfort,
		heading("Named no value"), s.noValue,
	))

	s.content = control.ThreePanes(left, middle, right, 0.28, 0.58)
	return s
}

// Shown reads the choices and decisions again and puts the cursor in the title.
func (s *decisionsScreen) Shown() {
	var dims []data.Dimension
	var values []data.Value
	var err error
	s.tasks.Run(func() { dims, values, err = s.decisions.Choices(control.BgContext()) }, func() {
		if err != nil {
			control.ShowProblem(s.win, "Daymark cannot read the decisions", err)
			return
		}
		s.dims, s.values = dims, values
		s.form.setChoices(dims, values)
		s.fillFilterChoices()
		if s.current.ID == 0 && s.current.Date.IsZero() {
			s.edit(data.Decision{Date: data.Today()})
		}
		s.refresh()
		s.loadInsights()
		control.FocusHeld(s.win.Canvas(), s.form.title)
	})
}

// open reads a decision and puts it in the form.
func (s *decisionsScreen) open(id int64) {
	var d data.Decision
	var err error
	s.tasks.Run(func() { d, err = s.decisions.Get(control.BgContext(), id) }, func() {
		if err != nil {
			control.ShowProblem(s.win, "Daymark cannot open the decision", err)
			s.refresh()
			return
		}
		s.edit(d)
		if !s.syncList() && len(s.rows) < s.found {
			s.refresh() // it may be further down the list: read as far as it
		}
	})
}

func (s *decisionsScreen) edit(d data.Decision) {
	s.current = d
	s.form.fill(d)
	s.message.Hide()
	s.status.Clear()
	s.syncList()
}

// create starts a new decision dated today (Ctrl+N).
func (s *decisionsScreen) Create() {
	s.Leave(func() {
		s.edit(data.Decision{Date: data.Today()})
		s.win.Canvas().Focus(s.form.title)
	})
}

// find puts the cursor in the search (Ctrl+F).
func (s *decisionsScreen) Find() { s.win.Canvas().Focus(s.search) }

func (s *decisionsScreen) Dirty() bool {
	d, err := s.form.read(s.current)
	return err != nil && !s.blank() || err == nil && !sameDecision(d, s.current)
}

// blank reports whether the form is a new decision nobody has typed in.
func (s *decisionsScreen) blank() bool {
	return s.current.ID == 0 && s.form.title.Text == "" && s.form.situation.Text == "" && s.form.rationale.Text == ""
}

// save stores the decision, then calls then.
func (s *decisionsScreen) Save(then func()) {
	d, err := s.form.read(s.current)
	if err != nil {
		s.message.SetText(control.Sentence(err))
		s.message.Show()
		s.status.NotSaved(true)
		return
	}
	s.tasks.Run(func() { err = s.decisions.Save(control.BgContext(), &d) }, func() {
		if err != nil {
			s.message.SetText(control.Sentence(err))
			s.message.Show()
			s.status.NotSaved(true)
			return
		}
		s.edit(d)
		s.status.Saved()
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
func (s *decisionsScreen) Leave(then func()) {
	dirty := s.Dirty()
	var problem error
	if dirty {
		_, problem = s.form.read(s.current)
	}
	control.LeaveForm(s.win, "Discard the changes to this decision?", dirty, problem, s.Save, func() { s.edit(s.current) }, nil, then)
}

// delete removes the decision in the form, after asking.
func (s *decisionsScreen) delete() {
	d := s.current
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
func (s *decisionsScreen) loadInsights() {
	var in app.Insights
	var err error
	s.tasks.Run(func() { in, err = s.decisions.Insights(control.BgContext(), data.Today()) }, func() {
		if err != nil {
			s.total.SetText(control.Sentence(err))
			return
		}
		s.total.SetText(control.Plural(in.Total, "decision") + " in the log")
		by := in.ByValue
		s.byValue.Img.SetMinSize(fyne.NewSize(260, float32(110+30*len(by.Rows))))
		s.byValue.Refresh()
		s.byValue.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(by, w, h, th) })
		s.fillLinks(s.reviews, in.ReviewsDue, "No reviews due.")
		s.fillLinks(s.discomfort, in.Discomfort, "None: no decision felt uncomfortable.")
		empty := "Every decision names a value."
		s.fillLinks(s.noValue, in.NoValue, empty)
		if in.NoValueCount > len(in.NoValue) {
			s.noValue.Add(control.Note(fmt.Sprintf("… %d in all", in.NoValueCount)))
		}
	})
}

// fillLinks lists decisions as buttons that open them.
func (s *decisionsScreen) fillLinks(box *fyne.Container, rows []data.DecisionRow, empty string) {
	box.Objects = nil
	for _, r := range rows {
		id := r.ID
		link := widget.NewHyperlink(r.Date.Format("2 Jan")+" · "+r.Title, nil)
		link.Truncation = fyne.TextTruncateEllipsis
		link.OnTapped = func() { s.Leave(func() { s.open(id) }) }
		box.Add(link)
	}
	if len(rows) == 0 {
		box.Add(control.Note(empty))
	}
	box.Refresh()
}
