package valuescreen

import (
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

// reflectionsView answers the guide prompts: a prompt, a dated answer, and
// the history of answers to it, newest first. An answer being written is
// saved when the person moves to another prompt or screen.
type reflectionsView struct {
	values *app.Values
	win    fyne.Window
	tasks  *control.Tasks

	Prompts  []data.Prompt // active, in order
	answers  []data.Reflection
	prompt   data.Prompt
	editing  data.Reflection // what the form holds: ID 0 for a new answer
	List     *widget.List
	reselect bool

	Question *widget.Label
	Date     *control.DateField
	Answer   *control.TextArea
	Message  *widget.Label
	History  *fyne.Container
	content  fyne.CanvasObject
}

func newReflectionsView(values *app.Values, win fyne.Window, t *control.Tasks) *reflectionsView {
	v := &reflectionsView{values: values, win: win, tasks: t}
	v.List = widget.NewList(
		func() int { return len(v.Prompts) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Are the values threaded strongly through the culture?")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.Prompts[i].Text) })
	v.List.OnSelected = func(i widget.ListItemID) {
		if v.reselect || i >= len(v.Prompts) || v.Prompts[i].ID == v.prompt.ID {
			return
		}
		p := v.Prompts[i]
		v.Leave(func() { v.Open(p) })
	}
	add := control.NewKeyButton("New prompt…", theme.ContentAddIcon(), v.NewPrompt)
	archive := control.NewKeyButton("Archive prompt", theme.DeleteIcon(), v.archivePrompt)
	left := container.NewBorder(nil, container.NewGridWithColumns(2, add, archive), nil, nil, v.List)

	v.Question = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.Question.Wrapping = fyne.TextWrapWord
	v.Date = control.NewDateField(data.Today(), nil)
	v.Answer = control.NewTextArea("Your answer: a few honest lines are enough", 6)
	v.Message = control.NewMessage()
	save := control.NewKeyButton("Save answer", theme.DocumentSaveIcon(), func() { v.Save(nil) })
	save.Importance = widget.HighImportance
	fresh := control.NewKeyButton("New answer", theme.ContentAddIcon(), func() { v.Leave(func() { v.edit(data.Reflection{}) }) })
	v.History = container.NewVBox()
	right := container.NewVBox(v.Question,
		container.NewHBox(widget.NewLabel("Date"), control.WithWidth(180, v.Date)),
		v.Answer, v.Message, container.NewHBox(fresh, layout.NewSpacer(), save),
		widget.NewSeparator(), widget.NewLabelWithStyle("Earlier answers", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.History)
	v.content = control.ListBesideForm(v, left, right, 0.34)
	return v
}

// reload reads prompts and answers, keeping the prompt in view.
func (v *reflectionsView) reload() {
	var prompts []data.Prompt
	var answers []data.Reflection
	var err error
	v.tasks.Run(func() {
		ctx := control.BgContext()
		if prompts, err = v.values.Prompts(ctx); err == nil {
			answers, err = v.values.Reflections(ctx)
		}
	}, func() {
		if err != nil {
			control.ShowProblem(v.win, "Daymark cannot read the reflections", err)
			return
		}
		v.Prompts = v.Prompts[:0]
		for _, p := range prompts {
			if !p.Archived {
				v.Prompts = append(v.Prompts, p)
			}
		}
		v.answers = answers
		v.List.Refresh()
		current := v.prompt
		if len(v.Prompts) > 0 && !v.has(current.ID) {
			current = v.Prompts[0]
		}
		v.Open(current)
	})
}

func (v *reflectionsView) has(id int64) bool {
	for _, p := range v.Prompts {
		if p.ID == id {
			return true
		}
	}
	return false
}

// Open shows a prompt with an empty answer and its history.
func (v *reflectionsView) Open(p data.Prompt) {
	v.prompt = p
	v.Question.SetText(p.Text)
	v.reselect = true
	for i, x := range v.Prompts {
		if x.ID == p.ID {
			v.List.Select(i)
		}
	}
	v.reselect = false
	v.edit(data.Reflection{})
	v.showHistory()
}

// edit puts an answer (or a new, empty one) in the form.
func (v *reflectionsView) edit(r data.Reflection) {
	v.editing = r
	if r.Date.IsZero() {
		v.Date.SetText(data.Today().String())
	} else {
		v.Date.SetText(r.Date.String())
	}
	v.Answer.SetText(r.Answer)
	v.Message.Hide()
}

func (v *reflectionsView) showHistory() {
	v.History.Objects = nil
	for _, r := range v.answers {
		if r.PromptID != v.prompt.ID {
			continue
		}
		r := r
		text := widget.NewLabel(r.Answer)
		text.Wrapping = fyne.TextWrapWord
		edit := control.NewKeyButton("", theme.DocumentCreateIcon(), func() { v.Leave(func() { v.edit(r) }) })
		edit.Importance = widget.LowImportance
		del := control.NewKeyButton("", theme.DeleteIcon(), func() { v.remove(r) })
		del.Importance = widget.LowImportance
		v.History.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del),
			container.NewVBox(widget.NewLabelWithStyle(r.Date.Format("Monday 2 January 2006"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), text)))
	}
	if len(v.History.Objects) == 0 {
		v.History.Add(control.Note("No answers yet. Come back to this question every week or two: the history shows how your answer moves."))
	}
	v.History.Refresh()
}

// draft returns the answer as typed.
func (v *reflectionsView) draft() (data.Reflection, error) {
	r := v.editing
	r.PromptID = v.prompt.ID
	r.Answer = strings.TrimSpace(v.Answer.Text)
	date, err := v.Date.Date()
	if err != nil {
		return r, control.ErrorText("Date: " + control.Sentence(err))
	}
	r.Date = date
	return r, r.Validate()
}

// Dirty reports whether the form holds an answer not yet saved.
func (v *reflectionsView) Dirty() bool {
	return strings.TrimSpace(v.Answer.Text) != strings.TrimSpace(v.editing.Answer) ||
		(v.editing.ID != 0 && v.Date.Text != v.editing.Date.String())
}

// save stores the answer, then calls then.
func (v *reflectionsView) Save(then func()) {
	r, err := v.draft()
	if err != nil {
		v.Message.SetText(control.Sentence(err))
		v.Message.Show()
		return
	}
	var answers []data.Reflection
	v.tasks.Run(func() {
		ctx := control.BgContext()
		if err = v.values.SaveReflection(ctx, &r); err == nil {
			answers, err = v.values.Reflections(ctx)
		}
	}, func() {
		if err != nil {
			v.Message.SetText(control.Sentence(err))
			v.Message.Show()
			return
		}
		v.answers = answers
		v.edit(data.Reflection{})
		v.showHistory()
		if then != nil {
			then()
		}
	})
}

// leave saves an answer being written, or asks before discarding one that
// cannot be saved, then calls then.
func (v *reflectionsView) Leave(then func()) {
	if !v.Dirty() {
		then()
		return
	}
	if _, err := v.draft(); err != nil {
		control.ConfirmDiscard("Discard this answer?", control.Sentence(err), func(discard bool) {
			if discard {
				v.edit(v.editing)
				then()
			}
		}, v.win)
		return
	}
	v.Save(then)
}

func (v *reflectionsView) remove(r data.Reflection) {
	control.Ask(v.win, "Delete the answer of "+r.Date.Format("2 Jan 2006")+"?", "It cannot be brought back (but a backup can).", "Cancel", "Delete", true, func(yes bool) {
		if !yes {
			return
		}
		var answers []data.Reflection
		var err error
		v.tasks.Run(func() {
			ctx := control.BgContext()
			if err = v.values.DeleteReflection(ctx, r.ID); err == nil {
				answers, err = v.values.Reflections(ctx)
			}
		}, func() {
			if err != nil {
				control.ShowProblem(v.win, "Daymark could not delete the answer", err)
				return
			}
			v.answers = answers
			if v.editing.ID == r.ID {
				v.edit(data.Reflection{})
			}
			v.showHistory()
		})
	})
}

// NewPrompt asks for a question of the person's own.
func (v *reflectionsView) NewPrompt() {
	text := control.NewTextArea("What do you want to ask yourself regularly?", 3)
	control.AskForm(v.win, "New prompt", "Add", []*widget.FormItem{widget.NewFormItem("Question", text)}, func(ok bool) {
		if !ok {
			return
		}
		p := data.Prompt{Text: text.Text}
		var err error
		v.tasks.Run(func() { err = v.values.SavePrompt(control.BgContext(), &p) }, func() {
			if err != nil {
				control.ShowProblem(v.win, "Daymark could not add the prompt", err)
				return
			}
			v.Leave(func() {
				v.prompt = p
				v.reload()
			})
		})
	})
}

// archivePrompt hides the prompt in view; its answers stay in the export.
func (v *reflectionsView) archivePrompt() {
	p := v.prompt
	if p.ID == 0 {
		return
	}
	control.Ask(v.win, "Archive this prompt?", p.Text+"\n\nIt leaves the list; its answers are kept.", "Cancel", "Archive", true, func(yes bool) {
		if !yes {
			return
		}
		p.Archived = true
		var err error
		v.tasks.Run(func() { err = v.values.SavePrompt(control.BgContext(), &p) }, func() {
			if err != nil {
				control.ShowProblem(v.win, "Daymark could not archive the prompt", err)
				return
			}
			v.prompt = data.Prompt{}
			v.reload()
		})
	})
}
