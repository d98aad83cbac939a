package valuescreen

import (
	"context"
	"fmt"
	"image/color"
	"io"
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

// valueList edits the person's values and their organisation's: what each
// means, the behaviours that show it and those that betray it, and its
// rank. New ones come from the starter list or from scratch.
type valueList struct {
	*control.ListEditor[data.Value]
	values *app.Values
	Kind   data.Kind

	Kinds      *control.ChoiceRow
	Heading    *widget.Label
	Name       *control.LineEntry
	meaning    *control.TextArea
	Behaviours *control.TextArea
	slippery   *control.TextArea
	archived   *control.CheckBox
	content    fyne.CanvasObject
}

var kindNames = map[data.Kind]string{data.Personal: "Personal", data.Organisational: "Organisational"}

func newValueList(values *app.Values, win fyne.Window, t *control.Tasks, changed func([]data.Value)) *valueList {
	s := &valueList{values: values, Kind: data.Personal}
	s.ListEditor = control.NewListEditor[data.Value](s, win, t)
	s.Saved = changed
	s.Move = values.Move
	s.Visible = func(v data.Value) bool { return v.Kind == s.Kind }

	s.Kinds = control.NewChoiceRow([]string{"Personal", "Organisational"}, nil)
	s.Kinds.Required = true
	s.Kinds.SetSelected("Personal")
	s.Kinds.OnChanged = func(choice string) {
		for k, name := range kindNames {
			if name == choice && k != s.Kind {
				s.Leave(func() { s.showKind(k) })
			}
		}
		s.Kinds.SetSelected(kindNames[s.Kind]) // stays while the form asks
	}
	add := control.NewKeyButton("New value", theme.ContentAddIcon(), func() { s.StartNew(data.Value{Kind: s.Kind}) })
	starter := control.NewKeyButton("Starter list…", theme.ListIcon(), s.ShowStarter)
	export := control.NewKeyButton("Export CSV…", theme.DownloadIcon(), s.chooseExport)
	export.Importance = widget.LowImportance
	left := container.NewBorder(container.NewVBox(s.Kinds, container.NewGridWithColumns(2, add, starter)),
		container.NewVBox(container.NewGridWithColumns(2, s.Up, s.Down), export), nil, nil, s.List)

	s.Heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.Name = control.NewLineEntry("")
	s.Name.Validator = func(text string) error {
		v := s.Current
		v.Name = text
		return s.Check(v, s.All)
	}
	s.meaning = control.NewTextArea("What it means to you", 2)
	s.Behaviours = control.NewTextArea("Behaviours that show it, one a line", 3)
	s.slippery = control.NewTextArea("“Slippery” behaviours that betray it, one a line", 3)
	s.archived = control.NewCheckBox("Archived", nil)
	form := widget.NewForm(
		widget.NewFormItem("Name", s.Name),
		widget.NewFormItem("Meaning", s.meaning),
		widget.NewFormItem("Shows in", s.Behaviours),
		widget.NewFormItem("Betrayed by", s.slippery),
		widget.NewFormItem("", container.NewVBox(s.archived, control.Note("Out of the alignment matrix; its links to past decisions are kept."))),
	)
	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { s.Save(nil) })
	save.Importance = widget.HighImportance
	about := control.Intro("Values known are decisions made clearer. Write yours and your organisation's, what each means, and how you can tell it is lived, or betrayed. Rank them: the first matters most.")
	right := container.NewVBox(about, widget.NewSeparator(), s.Heading, form, s.Message, container.NewHBox(layout.NewSpacer(), save))
	s.content = control.ListBesideForm(s, left, right, 0.34)
	return s
}

// showKind lists the values of kind.
func (s *valueList) showKind(k data.Kind) {
	s.Kind = k
	s.Kinds.SetSelected(kindNames[k])
	s.Start(s.All)
}

func (s *valueList) Fill(v data.Value) {
	switch {
	case v.ID != 0:
		s.Heading.SetText(v.Name)
	case v.Kind == "" && len(s.Rows) == 0:
		s.Heading.SetText("No " + strings.ToLower(kindNames[s.Kind]) + " values yet: add one, or pick from the starter list")
	default:
		s.Heading.SetText("New " + strings.ToLower(kindNames[s.Kind]) + " value")
	}
	s.Name.SetText(v.Name)
	s.meaning.SetText(v.Meaning)
	s.Behaviours.SetText(v.Behaviours)
	s.slippery.SetText(v.Slippery)
	s.archived.SetChecked(v.Archived)
	s.Name.SetValidationError(nil)
}

func (s *valueList) Draft(v data.Value) data.Value {
	if v.Kind == "" {
		if s.Name.Text == "" && s.meaning.Text == "" && s.Behaviours.Text == "" && s.slippery.Text == "" {
			return v // the empty form of a list with nothing in it
		}
		v.Kind = s.Kind
	}
	v.Name = s.Name.Text
	v.Meaning = s.meaning.Text
	v.Behaviours = s.Behaviours.Text
	v.Slippery = s.slippery.Text
	v.Archived = s.archived.Checked
	v.Normalize()
	return v
}

func (s *valueList) Check(v data.Value, all []data.Value) error {
	if v.Kind == "" {
		v.Kind = s.Kind
	}
	v.Normalize()
	if err := v.Validate(); err != nil {
		return err
	}
	for _, other := range all {
		if other.Kind == v.Kind && other.ID != v.ID && strings.EqualFold(other.Name, v.Name) {
			return control.ErrorText(fmt.Sprintf("“%s” is already one of your %s values", other.Name, strings.ToLower(kindNames[v.Kind])))
		}
	}
	return nil
}

func (s *valueList) Store(ctx context.Context, v *data.Value) error {
	if v.ID == 0 {
		return s.values.Create(ctx, v)
	}
	return s.values.Update(ctx, *v)
}

func (s *valueList) Load(ctx context.Context) ([]data.Value, error) { return s.values.List(ctx) }

func (s *valueList) Id(v data.Value) int64 { return v.ID }

func (s *valueList) Row(v data.Value) (string, bool, color.Color) {
	if v.Archived {
		return v.Name + " (archived)", true, nil
	}
	return fmt.Sprintf("%d. %s", v.Rank, v.Name), false, nil
}

// ShowStarter offers the starter list of value words to pick from.
func (s *valueList) ShowStarter() {
	var d *control.DialogBox
	search := control.NewLineEntry("")
	search.SetPlaceHolder("Search: a word of the name or the meaning")
	found := app.SearchStarter("")
	taken := func(name string) bool {
		for _, v := range s.All {
			if v.Kind == s.Kind && strings.EqualFold(v.Name, name) {
				return true
			}
		}
		return false
	}
	list := control.NewListField(
		func() int { return len(found) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Transparency: Sharing what you know and how you decide")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			text := found[i].Name + ": " + found[i].Meaning
			l.Importance = widget.MediumImportance
			if taken(found[i].Name) {
				text += " (added)"
				l.Importance = widget.LowImportance
			}
			l.SetText(text)
		})
	search.OnChanged = func(q string) {
		found = app.SearchStarter(q)
		list.UnselectAll()
		list.Refresh()
	}
	list.OnSelected = func(i widget.ListItemID) {
		pick := found[i]
		if taken(pick.Name) {
			return
		}
		d.Hide()
		s.Leave(func() {
			s.Edit(data.Value{})
			v := data.Value{Kind: s.Kind, Name: pick.Name, Meaning: pick.Meaning}
			s.Name.SetText(v.Name)
			s.meaning.SetText(v.Meaning)
			s.Save(nil)
		})
	}
	body := container.NewBorder(container.NewVBox(control.Note("Pick a word to add it to your "+strings.ToLower(kindNames[s.Kind])+" values, then say what it means to you."), search), nil, nil, nil, list)
	d = control.NewDialog(s.Win, "Starter list of values", body)
	d.Button("Close", widget.MediumImportance, false, nil)
	d.Focus = search
	d.Dialog.Resize(fyne.NewSize(600, 560))
	d.Show()
}

// chooseExport asks where to write the values as CSV.
func (s *valueList) chooseExport() {
	control.PickSavePath(s.Win, "daymark-values-"+data.Today().String()+".csv", control.Place{Extensions: []string{".csv"}}, func(path string) {
		var werr error
		s.Tasks.Run(func() {
			werr = s.values.Outputs().WriteFile(path, func(w io.Writer) error { return s.values.ExportCSV(control.BgContext(), w) })
		}, func() {
			if werr != nil {
				control.ShowProblem(s.Win, "Daymark could not export the values", werr)
				return
			}
			control.Inform(s.Win, "Exported", "The values are in\n"+path)
		})
	})
}
