package coachingscreen

import (
	"fmt"
	"image"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/brief"
	"daymark/charts"
	"daymark/data"
	"daymark/ui/control"
)

// briefView prepares the brief for a coaching session: a period, the brief
// previewed as it will read, the questions for the coach written into it,
// and the export to Markdown and PDF.
type briefView struct {
	coaching *app.Coaching
	briefs   *brief.Preparer
	win      fyne.Window
	tasks    *control.Tasks
	planNext func() // opens a new session to plan

	Brief    brief.Content
	prepared bool // a brief has been prepared since the screen was built
	query    int  // the latest brief asked for; older answers are dropped

	From, To  *control.DateField
	title     *widget.Label
	Preview   *briefPreview
	Questions *control.TextArea
	message   *widget.Label
	content   fyne.CanvasObject
}

func newBriefView(coaching *app.Coaching, briefs *brief.Preparer, win fyne.Window, t *control.Tasks, planNext func()) *briefView {
	v := &briefView{coaching: coaching, briefs: briefs, win: win, tasks: t, planNext: planNext}
	v.From = control.NewDateField(data.Date{}, func(data.Date) { v.prepare() })
	v.To = control.NewDateField(data.Date{}, func(data.Date) { v.prepare() })
	since := widget.NewButtonWithIcon("Since the last session", theme.HistoryIcon(), func() { v.Leave(v.prepareDefault) })
	export := widget.NewButtonWithIcon("Export…", theme.DownloadIcon(), v.chooseExport)
	export.Importance = widget.HighImportance
	period := container.NewHBox(widget.NewLabel("From"), control.WithWidth(170, v.From), widget.NewLabel("to"), control.WithWidth(170, v.To), since)
	v.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.message = control.NewMessage()
	top := container.NewVBox(container.NewBorder(nil, nil, nil, export, period), v.message)

	v.Questions = control.NewTextArea("What do you want to ask your coach? One question a line.", 4)
	v.Preview = newBriefPreview(t, v.Questions, planNext)
	v.content = container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewPadded(v.Preview.Box)))
	return v
}

// Shown prepares the brief, for the default period the first time.
func (v *briefView) Shown() {
	control.FocusHeld(v.win.Canvas(), nil)
	if !v.prepared {
		v.prepared = true
		v.prepareDefault()
		return
	}
	v.prepare()
}

// prepareDefault prepares the brief since the last session.
func (v *briefView) prepareDefault() { v.prepareFor(app.Range{}) }

// prepare prepares the brief for the period in the fields, when both are
// dates in order.
func (v *briefView) prepare() {
	from, err1 := v.From.Date()
	to, err2 := v.To.Date()
	if err1 != nil || err2 != nil {
		return // the fields say what is wrong
	}
	r, err := app.NewRange(from, to)
	if err != nil {
		v.message.SetText(control.Sentence(err))
		v.message.Show()
		return
	}
	v.prepareFor(r)
}

// prepareFor gathers the brief off the UI goroutine; only the latest
// answer shows.
func (v *briefView) prepareFor(r app.Range) {
	v.query++
	query := v.query
	var b brief.Content
	var err error
	today := data.Today()
	v.tasks.Run(func() { b, err = v.briefs.Prepare(control.BgContext(), r, today) }, func() {
		if query != v.query {
			return
		}
		if err != nil {
			v.message.SetText(control.Sentence(err))
			v.message.Show()
			return
		}
		v.message.Hide()
		var typedFor int64 // the session whose questions were typed and not saved yet
		if v.questionsChanged() {
			typedFor = v.Brief.Next.ID
		}
		keep := v.Questions.Text
		v.Brief = b
		v.setPeriod(b.Period)
		v.Preview.show(b, today)
		if typedFor != 0 && b.Next != nil && b.Next.ID == typedFor {
			v.Questions.SetText(keep)
		}
	})
}

// setPeriod puts the brief's period in the fields without preparing again.
func (v *briefView) setPeriod(r app.Range) {
	for _, f := range []struct {
		field *control.DateField
		date  data.Date
	}{{v.From, r.From}, {v.To, r.To}} {
		if f.field.Text != f.date.String() {
			on := f.field.OnDate
			f.field.OnDate = nil
			f.field.SetText(f.date.String())
			f.field.OnDate = on
		}
	}
}

// questionsChanged reports whether the questions differ from the ones
// saved with the next session.
func (v *briefView) questionsChanged() bool {
	return v.Brief.Next != nil && v.Questions.Text != v.Brief.Questions
}

// Dirty reports whether questions were typed and not saved yet.
func (v *briefView) Dirty() bool { return v.questionsChanged() }

// save keeps the questions with the next session (Ctrl+S), then calls then.
func (v *briefView) Save(then func()) {
	if !v.questionsChanged() {
		if then != nil {
			then()
		}
		return
	}
	s := *v.Brief.Next
	s.Questions = v.Questions.Text
	var err error
	v.tasks.Run(func() { err = v.coaching.Save(control.BgContext(), &s) }, func() {
		if err != nil {
			v.message.SetText(control.Sentence(err))
			v.message.Show()
			return
		}
		v.message.Hide()
		v.Brief.Next, v.Brief.Questions = &s, s.Questions
		if then != nil {
			then()
		}
	})
}

// leave saves the questions, then calls then.
func (v *briefView) Leave(then func()) { v.Save(then) }

// chooseExport asks for a folder; the brief goes into a new folder in it.
func (v *briefView) chooseExport() {
	v.Save(func() {
		control.PickFolder(v.win, "Export here", control.Place{Title: "Export the brief into a new folder in…", Folder: control.HomeFolder()}, func(dir string) {
			v.ConfirmExport(filepath.Join(dir, "daymark-brief-"+v.Brief.Period.To.String()))
		})
	})
}

// ConfirmExport asks before replacing a brief already in dir.
func (v *briefView) ConfirmExport(dir string) {
	existing := brief.Existing(dir, brief.Files(v.Brief.Blocks(data.Today())))
	if len(existing) == 0 {
		v.export(dir, false)
		return
	}
	control.Ask(v.win, "Replace the brief in "+filepath.Base(dir)+"?",
		fmt.Sprintf("%s already holds %s. Replace them with this brief?", dir, control.Plural(len(existing), "of its files")),
		"Cancel", "Replace", true,
		func(yes bool) {
			if yes {
				v.export(dir, true)
			}
		})
}

// export writes the brief off the UI goroutine, with its progress shown
// and Cancel, which leaves the folder as it was.
func (v *briefView) export(dir string, replace bool) {
	w := control.ShowWorking(v.win, v.tasks, "Exporting the brief…", true, true)
	b := v.Brief
	var written []string
	var err error
	v.tasks.Run(func() {
		written, err = brief.Export(w.Context(), dir, b, data.Today(), replace, func(done, total int) {
			w.Tell(float64(done) / float64(total))
		})
	}, func() {
		w.Done()
		if control.Cancelled(err) {
			return // nothing in dir changed, as the person asked
		}
		if err != nil {
			control.ShowProblem(v.win, "Daymark could not export the brief", err)
			return
		}
		text := widget.NewLabel(fmt.Sprintf("%s is in\n%s\n\nbrief.md (Markdown, with the charts beside it) and brief.pdf (to print or send): %d files.", b.Title(), dir, len(written)))
		text.Wrapping = fyne.TextWrapWord
		control.ShowPanel(v.win, "Brief exported", control.WithWidth(460, text))
	})
}

// briefPreview shows a brief as it will read, block by block, with the
// charts drawn in the window's theme and the questions to edit in place.
type briefPreview struct {
	tasks     *control.Tasks
	questions *control.TextArea
	plan      *widget.Button
	Box       *fyne.Container
	Charts    []*control.ChartView // reused from brief to brief
}

func newBriefPreview(t *control.Tasks, questions *control.TextArea, planNext func()) *briefPreview {
	p := &briefPreview{tasks: t, questions: questions, Box: container.NewVBox()}
	p.plan = widget.NewButtonWithIcon("Plan the next session", theme.ContentAddIcon(), planNext)
	return p
}

// show lays b out.
func (p *briefPreview) show(b brief.Content, today data.Date) {
	p.Box.RemoveAll()
	title := widget.NewRichText(&widget.TextSegment{Text: b.Title(), Style: widget.RichTextStyleHeading})
	title.Wrapping = fyne.TextWrapWord
	p.Box.Add(title)
	chart := 0
	for _, bl := range b.Blocks(today) {
		switch bl.Kind {
		case brief.HeadingBlock:
			p.Box.Add(widget.NewRichText(&widget.TextSegment{Text: bl.Text, Style: widget.RichTextStyleSubHeading}))
			if bl.Text == brief.QuestionsHeading {
				p.showQuestions(b)
				return // the questions are the last section: they are edited here
			}
		case brief.ParagraphBlock:
			l := widget.NewLabel(bl.Text)
			l.Wrapping = fyne.TextWrapWord
			p.Box.Add(l)
		case brief.BulletsBlock:
			list := container.New(layout.NewCustomPaddedVBoxLayout(-theme.Padding() * 2))
			for _, item := range bl.Items {
				l := widget.NewLabel("•  " + item)
				l.Wrapping = fyne.TextWrapWord
				list.Add(l)
			}
			p.Box.Add(list)
		case brief.TableBlock:
			p.Box.Add(briefTable(bl.Header, bl.Rows))
		case brief.ChartBlock:
			if chart == len(p.Charts) {
				p.Charts = append(p.Charts, control.NewChartView(p.tasks, fyne.NewSize(560, 300)))
			}
			c, fig := p.Charts[chart], bl.Figure // titled: it names itself and its period
			chart++
			p.Box.Add(c)
			c.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(fig, w, h, th) })
		}
	}
}

// showQuestions puts the questions of the next session in the brief to
// edit, or says how to plan one.
func (p *briefPreview) showQuestions(b brief.Content) {
	if b.Next == nil {
		l := widget.NewLabel("No session is planned. Plan the next one to write your questions for it: they end the brief.")
		l.Wrapping = fyne.TextWrapWord
		p.Box.Add(l)
		p.Box.Add(container.NewHBox(p.plan))
		return
	}
	if p.questions.Text != b.Questions {
		p.questions.SetText(b.Questions)
	}
	about := "For the session of " + app.DateText(b.Next.Date, app.WeekdayDates)
	if b.Next.Coach != "" {
		about += " with " + b.Next.Coach
	}
	p.Box.Add(control.Note(about + ". Saved with the session (Ctrl+S, or when you leave)."))
	p.Box.Add(p.questions)
}

// briefTable lays a table out a row a line: the name in a wide first
// column, the figures in equal columns after it.
func briefTable(header []string, rows [][]string) fyne.CanvasObject {
	box := container.NewVBox()
	for i, r := range append([][]string{header}, rows...) {
		if len(r) == 0 {
			continue
		}
		cells := container.NewGridWithColumns(max(1, len(r)-1))
		style := fyne.TextStyle{Bold: i == 0}
		for _, c := range r[1:] {
			l := widget.NewLabelWithStyle(c, fyne.TextAlignLeading, style)
			l.Truncation = fyne.TextTruncateEllipsis
			cells.Add(l)
		}
		name := widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, style)
		name.Truncation = fyne.TextTruncateEllipsis
		box.Add(container.NewBorder(nil, nil, control.WithWidth(230, name), nil, cells))
	}
	return box
}
