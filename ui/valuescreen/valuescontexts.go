package valuescreen

import (
	"context"
	"fmt"
	"image/color"
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

// contextsView lists the contexts in which value is defined, each with its
// definition and the context it sits in, and the pairs whose definitions
// contradict each other.
type contextsView struct {
	*control.ListEditor[data.ValueContext]
	values         *app.Values
	contradictions []data.Contradiction

	heading    *widget.Label
	Name       *control.LineEntry
	Definition *control.TextArea
	Parent     *control.SelectField
	Clashes    *fyne.Container
	content    fyne.CanvasObject
}

const noParent = "(none)"

func newContextsView(values *app.Values, win fyne.Window, t *control.Tasks) *contextsView {
	v := &contextsView{values: values}
	v.ListEditor = control.NewListEditor[data.ValueContext](v, win, t)
	v.Saved = func([]data.ValueContext) { v.reloadContradictions() }

	add := control.NewKeyButton("New context", theme.ContentAddIcon(), func() { v.StartNew(data.ValueContext{}) })
	del := control.NewKeyButton("Delete", theme.DeleteIcon(), v.delete)
	left := container.NewBorder(add, del, nil, nil, v.List)

	v.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.Name = control.NewLineEntry("")
	v.Name.SetPlaceHolder("Team, organisation, function, department, government…")
	v.Definition = control.NewTextArea("What “value” means in this context", 3)
	v.Parent = control.NewSelectField(nil, nil)
	form := widget.NewForm(
		widget.NewFormItem("Context", v.Name),
		widget.NewFormItem("Value means", v.Definition),
		widget.NewFormItem("Sits in", v.Parent),
	)
	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { v.Save(nil) })
	save.Importance = widget.HighImportance
	mark := control.NewKeyButton("Mark a contradiction…", theme.WarningIcon(), v.markContradiction)
	v.Clashes = container.NewVBox()
	about := control.Intro("Value is defined differently by the team, the organisation, the function, the department and government. Write each definition down, and mark where two of them contradict each other: that is where decisions get hard.")
	right := container.NewVBox(about, widget.NewSeparator(), v.heading, form, v.Message, container.NewHBox(layout.NewSpacer(), save),
		widget.NewSeparator(), container.NewBorder(nil, nil, widget.NewLabelWithStyle("Where definitions contradict", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), mark), v.Clashes)
	v.content = control.ListBesideForm(v, left, right, 0.34)
	return v
}

// reload reads the contexts and contradictions.
func (v *contextsView) reload() {
	var cs []data.ValueContext
	var xs []data.Contradiction
	var err error
	v.Tasks.Run(func() { cs, xs, err = v.values.Contexts(control.BgContext()) }, func() {
		if err != nil {
			control.ShowProblem(v.Win, "Daymark cannot read the value contexts", err)
			return
		}
		v.contradictions = xs
		id := v.Current.ID
		v.Start(cs)
		for _, c := range cs {
			if c.ID == id {
				v.Edit(c)
			}
		}
		v.showContradictions()
	})
}

func (v *contextsView) reloadContradictions() {
	var xs []data.Contradiction
	var err error
	v.Tasks.Run(func() { _, xs, err = v.values.Contexts(control.BgContext()) }, func() {
		if err == nil {
			v.contradictions = xs
			v.showContradictions()
		}
	})
}

// The recordForm of the contexts.

func (v *contextsView) Fill(c data.ValueContext) {
	v.heading.SetText(c.Name)
	if c.ID == 0 {
		v.heading.SetText("New context")
	}
	v.Name.SetText(c.Name)
	v.Definition.SetText(c.Definition)
	options := []string{noParent}
	for _, other := range v.All {
		if other.ID != c.ID {
			options = append(options, other.Name)
		}
	}
	v.Parent.Options = options
	v.Parent.SetSelected(noParent)
	if p := v.byID(c.ParentID); p.ID != 0 {
		v.Parent.SetSelected(p.Name)
	}
}

func (v *contextsView) byID(id int64) data.ValueContext {
	for _, c := range v.All {
		if c.ID == id && id != 0 {
			return c
		}
	}
	return data.ValueContext{}
}

func (v *contextsView) Draft(c data.ValueContext) data.ValueContext {
	c.Name = strings.TrimSpace(v.Name.Text)
	c.Definition = strings.TrimSpace(v.Definition.Text)
	c.ParentID = 0
	for _, other := range v.All {
		if other.Name == v.Parent.Selected && other.ID != c.ID {
			c.ParentID = other.ID
		}
	}
	return c
}

func (v *contextsView) Check(c data.ValueContext, all []data.ValueContext) error {
	if err := c.Validate(); err != nil {
		return err
	}
	for _, other := range all {
		if other.ID != c.ID && strings.EqualFold(other.Name, c.Name) {
			return control.ErrorText(fmt.Sprintf("“%s” is already a context", other.Name))
		}
	}
	return nil
}

func (v *contextsView) Store(ctx context.Context, c *data.ValueContext) error {
	return v.values.SaveContext(ctx, c)
}

func (v *contextsView) Load(ctx context.Context) ([]data.ValueContext, error) {
	cs, _, err := v.values.Contexts(ctx)
	return cs, err
}

func (v *contextsView) Id(c data.ValueContext) int64 { return c.ID }

// Row indents a context under the one it sits in.
func (v *contextsView) Row(c data.ValueContext) (string, bool, color.Color) {
	depth := 0
	for p := c.ParentID; p != 0 && depth < len(v.All); p = v.byID(p).ParentID {
		depth++
	}
	prefix := ""
	if depth > 0 {
		prefix = strings.Repeat("   ", depth-1) + "↳ "
	}
	return prefix + c.Name, false, nil
}

func (v *contextsView) showContradictions() {
	v.Clashes.Objects = nil
	for _, x := range v.contradictions {
		x := x
		text := v.byID(x.FirstID).Name + " ⟷ " + v.byID(x.SecondID).Name
		if x.Note != "" {
			text += ": " + x.Note
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		del := control.NewKeyButton("", theme.DeleteIcon(), func() {
			v.SetContradiction(x, false)
		})
		del.Importance = widget.LowImportance
		v.Clashes.Add(container.NewBorder(nil, nil, nil, del, l))
	}
	if len(v.contradictions) == 0 {
		v.Clashes.Add(control.Note("None marked yet."))
	}
	v.Clashes.Refresh()
}

func (v *contextsView) SetContradiction(x data.Contradiction, marked bool) {
	var err error
	v.Tasks.Run(func() { err = v.values.SetContradiction(control.BgContext(), x, marked) }, func() {
		if err != nil {
			control.ShowProblem(v.Win, "Daymark could not change the contradiction", err)
			return
		}
		v.reloadContradictions()
	})
}

// markContradiction asks for two contexts and a note.
func (v *contextsView) markContradiction() {
	var names []string
	for _, c := range v.All {
		names = append(names, c.Name)
	}
	first, second := control.NewSelectField(names, nil), control.NewSelectField(names, nil)
	if v.Current.ID != 0 {
		first.SetSelected(v.Current.Name)
	}
	text := control.NewTextArea("How do the two definitions clash?", 3)
	control.AskForm(v.Win, "Mark a contradiction", "Mark", []*widget.FormItem{
		widget.NewFormItem("Between", first), widget.NewFormItem("and", second), widget.NewFormItem("Because", text),
	}, func(ok bool) {
		if !ok {
			return
		}
		x := data.Contradiction{Note: text.Text}
		for _, c := range v.All {
			if c.Name == first.Selected {
				x.FirstID = c.ID
			}
			if c.Name == second.Selected {
				x.SecondID = c.ID
			}
		}
		if err := x.Validate(); err != nil {
			control.ShowProblem(v.Win, "Daymark cannot mark it", err)
			return
		}
		v.SetContradiction(x, true)
	})
}

// delete removes the context in the form, after asking.
func (v *contextsView) delete() {
	c := v.Current
	if c.ID == 0 {
		return
	}
	control.ConfirmDelete(v.Win, v.Tasks, control.Deletion{
		Question: "Delete “" + c.Name + "”?",
		Detail:   "Its contradictions go with it; contexts inside it then sit in none.",
		What:     "the context",
		Remove:   func(ctx context.Context) error { return v.values.DeleteContext(ctx, c.ID) },
	}, func() {
		v.Current = data.ValueContext{}
		v.reload()
	})
}
