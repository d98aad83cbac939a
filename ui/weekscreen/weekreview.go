package weekscreen

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/week"
	"daymark/data"
	"daymark/ui/control"
)

// reviewPanel is the weekly review, in place of the week planner: six
// steps, one at a time, with Back and Next, that a person can finish in
// ten minutes. Nothing is saved until the last step's Save review (or
// Ctrl+S), and then all of it is, or nothing. Leaving it once something
// was answered asks first.
type reviewPanel struct {
	s     *Screen
	Draft week.ReviewDraft
	Step  int

	pages   []fyne.CanvasObject // a page per step
	starts  []fyne.Focusable    // where the cursor goes on each page; nil: on Next
	Heading *widget.Label       // "Step 2 of 6: Decisions"
	trail   []*widget.Label     // the steps' names, the current one bold
	body    *fyne.Container
	back    *control.KeyButton
	Next    *control.KeyButton
	Message *widget.Label
	touched bool // the person answered or changed something
	built   bool // set once the pages are made: changes after are the person's

	Notes   *control.TextArea
	replies []*control.TextArea
	Actions []*actionChoice
	Focus   *focusChoice
	Grid    *weekGrid
	planMsg *widget.Label
	charts  []*control.ChartView
	Content fyne.CanvasObject
}

// StartReview leaves the week (saving it, or asking) and opens the
// review of rng.
func (s *Screen) StartReview(rng app.Range) {
	if s.Review != nil {
		return
	}
	control.HoldKeys(s.win.Canvas())
	s.Leave(func() {
		var d week.ReviewDraft
		var err error
		s.tasks.Run(func() { d, err = s.weeks.Draft(control.BgContext(), rng) }, func() {
			if err != nil {
				control.ReleaseKeys(s.win.Canvas())
				control.ShowProblem(s.win, "Daymark cannot gather the week's review", err)
				return
			}
			s.Review = newReviewPanel(s, d)
			s.planner.Hide()
			s.holder.Objects = []fyne.CanvasObject{s.Review.Content}
			s.holder.Refresh()
			s.Review.Shown()
		})
	})
}

// closeReview puts the week planner back, on the week reviewed, the
// cursor in it when stay (the window is not moving to another screen).
func (s *Screen) closeReview(stay bool) {
	rng := s.Review.Draft.Week
	s.tasks.DropCharts(s.Review.charts)
	s.Review = nil
	s.holder.Objects = nil
	s.holder.Refresh()
	s.planner.Show()
	if stay {
		s.load(rng)
	} else {
		s.fetch(rng, nil)
	}
}

func newReviewPanel(s *Screen, d week.ReviewDraft) *reviewPanel {
	p := &reviewPanel{s: s, Draft: d}
	title := widget.NewLabel("Weekly review of " + d.Week.Text(app.LongDates))
	title.Wrapping = fyne.TextWrapWord
	p.Heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.Heading.SizeName = theme.SizeNameSubHeadingText
	trail := container.NewHBox()
	for i, name := range week.ReviewSteps {
		l := widget.NewLabel(fmt.Sprintf("%d %s", i+1, name))
		l.SizeName = theme.SizeNameCaptionText
		p.trail = append(p.trail, l)
		trail.Add(l)
	}
	p.Message = control.NewMessage()
	p.build()
	p.built = true

	p.back = control.NewKeyButton("Back", theme.NavigateBackIcon(), func() { p.Move(-1) })
	p.Next = control.NewKeyButton("Next", theme.NavigateNextIcon(), func() { p.Move(1) })
	p.Next.Importance = widget.HighImportance
	p.Next.IconPlacement = widget.ButtonIconTrailingText
	closeButton := control.NewKeyButton("Close", theme.CancelIcon(), func() { p.Leave(true, func() {}) })
	p.body = container.NewStack()
	header := container.NewVBox(title, trail, p.Heading)
	footer := container.NewBorder(p.Message, nil, closeButton, container.NewHBox(p.back, p.Next))
	p.Content = container.NewBorder(container.NewPadded(header), container.NewPadded(footer), nil, nil, p.body)
	p.show(0)
	return p
}

// build makes the six pages.
func (p *reviewPanel) build() {
	for i, make := range []func() (fyne.CanvasObject, fyne.Focusable){
		p.balancePage, p.decisionsPage, p.questionsPage, p.actionsPage, p.focusPage, p.planPage,
	} {
		page, start := make()
		intro := control.Note(reviewIntros[i])
		// The page takes the height there is: step 1's charts grow on a tall window.
		p.pages = append(p.pages, control.FollowingScroll(p, container.NewPadded(control.Readable(control.Column(intro, page), 1100))))
		p.starts = append(p.starts, start)
	}
}

// reviewIntros say what each step is for, in a line.
var reviewIntros = []string{
	"How the week went against your targets: the Balance screen's figures and charts for it.",
	"The week's decisions that felt uncomfortable, the most uncomfortable first, then those that named no value: comfort tends to mean a value honoured, discomfort a value in conflict.",
	"The two guide questions, for this week. An answer written this week already is changed in place; a new one is kept with your reflections on the Values screen.",
	"The coaching actions due by the end of next week: mark each done, or carry it on.",
	"The one dimension to put first next week: keep the focus, or pick another and say why.",
	"Next week, its empty days planned from the ideal week: adjust it here, as on the Week screen. Saving the review saves it too.",
}

// show brings step i to the front.
func (p *reviewPanel) show(i int) {
	p.Step = i
	p.Heading.SetText(fmt.Sprintf("Step %d of %d: %s", i+1, len(p.pages), week.ReviewSteps[i]))
	for j, l := range p.trail {
		l.TextStyle.Bold = j == i
		l.Importance = widget.LowImportance
		if j == i {
			l.Importance = widget.MediumImportance
		}
		l.Refresh()
	}
	p.body.Objects = []fyne.CanvasObject{p.pages[i]}
	p.body.Refresh()
	if i == 0 {
		p.back.Disable()
	} else {
		p.back.Enable()
	}
	if i == len(p.pages)-1 {
		p.Next.SetText("Save review")
		p.Next.SetIcon(theme.DocumentSaveIcon())
	} else {
		p.Next.SetText("Next")
		p.Next.SetIcon(theme.NavigateNextIcon())
	}
}

// Shown puts the cursor where the step's work starts.
func (p *reviewPanel) Shown() {
	if f := p.starts[p.Step]; f != nil {
		control.FocusHeld(p.s.win.Canvas(), f)
		return
	}
	control.FocusHeld(p.s.win.Canvas(), p.Next)
}

// Move goes n steps on (back when n < 0); past the last, it saves. A
// step whose answers cannot be kept says why and stays.
func (p *reviewPanel) Move(n int) {
	if why := p.check(p.Step); n > 0 && why != "" {
		p.Message.SetText(why)
		p.Message.Show()
		return
	}
	p.Message.Hide()
	switch to := p.Step + n; {
	case to < 0:
		return
	case to >= len(p.pages):
		p.Save()
		return
	default:
		p.show(to)
		p.Shown()
	}
}

// check says what keeps step i's answers from being saved, or "".
func (p *reviewPanel) check(i int) string {
	switch i {
	case 3:
		for _, a := range p.Actions {
			if why := a.check(); why != "" {
				return why
			}
		}
	case 5:
		_, problems := p.Grid.read()
		return control.ProblemsText(problems)
	}
	return ""
}

// edited notes that the person changed something.
func (p *reviewPanel) edited() {
	if p.built {
		p.touched = true
	}
}

// answers gathers what the person answered, step by step.
func (p *reviewPanel) answers() week.ReviewAnswers {
	a := week.ReviewAnswers{Answers: map[int64]string{}, Actions: map[int64]week.ActionChoice{}, Notes: strings.TrimSpace(p.Notes.Text)}
	for i, q := range p.Draft.Questions {
		a.Answers[q.Prompt.ID] = p.replies[i].Text
	}
	for _, c := range p.Actions {
		a.Actions[c.Action.ID] = c.choice()
	}
	a.Focus = p.Focus.choice()
	plan, _ := p.Grid.read()
	a.Plan = &plan
	return a
}

// save checks every step, then saves the review, all of it or nothing.
func (p *reviewPanel) Save() {
	for i := range p.pages {
		if why := p.check(i); why != "" {
			p.show(i)
			p.Message.SetText(why)
			p.Message.Show()
			return
		}
	}
	a := p.answers()
	p.Next.Disable()
	var r data.Review
	var err error
	p.s.tasks.Run(func() { r, err = p.s.weeks.SaveReview(control.BgContext(), p.Draft, a) }, func() {
		p.Next.Enable()
		if p.s.Review != p {
			return // closed meanwhile
		}
		if err != nil {
			why := control.Sentence(err)
			for i, name := range week.ReviewSteps {
				if strings.HasPrefix(why, name+":") {
					p.show(i)
				}
			}
			p.Message.SetText(why)
			p.Message.Show()
			return
		}
		s := p.s
		s.closeReview(true)
		s.setInfo("The review of " + app.Span(r.From, r.To, app.ShortDates) + " is saved. Past reviews… reads it again.")
		if s.Reviewed != nil {
			s.Reviewed()
		}
	})
}

// leave closes the review, asking first when something was answered,
// then calls then; stay when the window stays on the Week screen.
func (p *reviewPanel) Leave(stay bool, then func()) {
	if !p.touched {
		p.s.closeReview(stay)
		then()
		return
	}
	control.Ask(p.s.win, "Leave the review of the week of "+p.Draft.Week.From.Format("2 Jan")+"?",
		"What you answered is not saved: the review is saved on its last step.", "Keep reviewing", "Leave the review", true,
		func(leave bool) {
			if !leave {
				p.Shown()
				return
			}
			p.s.closeReview(stay)
			then()
		})
}
