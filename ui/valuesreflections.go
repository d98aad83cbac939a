package ui

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

	prompts  []data.Prompt // active, in order
	answers  []data.Reflection
	prompt   data.Prompt
	editing  data.Reflection // what the form holds: ID 0 for a new answer
	list     *widget.List
	reselect bool

	question *widget.Label
	date     *control.DateField
	answer   *control.TextArea
	message  *widget.Label
	history  *fyne.Container
	content  fyne.CanvasObject
}

func newReflectionsView(values *app.Values, win fyne.Window, t *control.Tasks) *reflectionsView {
	v := &reflectionsView{values: values, win: win, tasks: t}
	v.list = widget.NewList(
		func() int { return len(v.prompts) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Are the values threaded strongly through the culture?")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.prompts[i].Text) })
	v.list.OnSelected = func(i widget.ListItemID) {
		if v.reselect || i >= len(v.prompts) || v.prompts[i].ID == v.prompt.ID {
			return
		}
		p := v.prompts[i]
		v.Leave(func() { v.open(p) })
	}
	add := control.NewKeyButton("New prompt…", theme.ContentAddIcon(), v.newPrompt)
	archive := control.NewKeyButton("Archive prompt", theme.DeleteIcon(), v.archivePrompt)
	left := container.NewBorder(nil, container.NewGridWithColumns(2, add, archive), nil, nil, v.list)

	v.question = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.question.Wrapping = fyne.TextWrapWord
	v.date = control.NewDateField(data.Today(), nil)
	v.answer = control.NewTextArea("Your answer: a few honest lines are enough", 6)
	v.message = control.NewMessage()
	save := control.NewKeyButton("Save answer", theme.DocumentSaveIcon(), func() { v.Save(nil) })
	save.Importance = widget.HighImportance
	fresh := control.NewKeyButton("New answer", theme.ContentAddIcon(), func() { v.Leave(func() { v.edit(data.Reflection{}) }) })
	v.history = container.NewVBox()
	right := container.NewVBox(v.question,
		container.NewHBox(widget.NewLabel("Date"), control.WithWidth(180, v.date)),
		v.answer, v.message, container.NewHBox(fresh, layout.NewSpacer(), save),
		widget.NewSeparator(), widget.NewLabelWithStyle("Earlier answers", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.history)
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
		v.prompts = v.prompts[:0]
		for _, p := range prompts {
			if !p.Archived {
				v.prompts = append(v.prompts, p)
			}
		}
		v.answers = answers
		v.list.Refresh()
		current := v.prompt
		if len(v.prompts) > 0 && !v.has(current.ID) {
			current = v.prompts[0]
		}
		v.open(current)
	})
}

func (v *reflectionsView) has(id int64) bool {
	for _, p := range v.prompts {
		if p.ID == id {
			return true
		}
	}
	return false
}

// open shows a prompt with an empty answer and its history.
func (v *reflectionsView) open(p data.Prompt) {
	v.prompt = p
	v.question.SetText(p.Text)
	v.reselect = true
	for i, x := range v.prompts {
		if x.ID == p.ID {
			v.list.Select(i)
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
		v.date.SetText(data.Today().String())
	} else {
		v.date.SetText(r.Date.String())
	}
	v.answer.SetText(r.Answer)
	v.message.Hide()
}

func (v *reflectionsView) showHistory() {
	v.history.Objects = nil
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
		v.history.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del),
			container.NewVBox(widget.NewLabelWithStyle(r.Date.Format("Monday 2 January 2006"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), text)))
	}
	if len(v.history.Objects) == 0 {
		v.history.Add(control.Note("No answers yet. Come back to this question every week or two: the history shows how your answer moves."))
	}
	v.history.Refresh()
}

// draft returns the answer as typed.
func (v *reflectionsView) draft() (data.Reflection, error) {
	r := v.editing
	r.PromptID = v.prompt.ID
	r.Answer = strings.TrimSpace(v.answer.Text)
	date, err := v.date.Date()
	if err != nil {
		return r, control.ErrorText("Date: " + control.Sentence(err))
	}
	r.Date = date
	return r, r.Validate()
}

// Dirty reports whether the form holds an answer not yet saved.
func (v *reflectionsView) Dirty() bool {
	return strings.TrimSpace(v.answer.Text) != strings.TrimSpace(v.editing.Answer) ||
		(v.editing.ID != 0 && v.date.Text != v.editing.Date.String())
}

// save stores the answer, then calls then.
func (v *reflectionsView) Save(then func()) {
	r, err := v.draft()
	if err != nil {
		v.message.SetText(control.Sentence(err))
		v.message.Show()
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
			v.message.SetText(control.Sentence(err))
			v.message.Show()
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

// newPrompt asks for a question of the person's own.
func (v *reflectionsView) newPrompt() {
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
