package decisionscreen

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
	"daymark/ui/control"
)

// decisionForm is the form of one decision: what it was, the values it
// honoured and compromised, how it felt, and its review.
type decisionForm struct {
	heading     *widget.Label
	Date        *control.DateField
	Title       *control.LineEntry
	Situation   *control.TextArea
	options     *control.TextArea
	choice      *control.TextArea
	rationale   *control.TextArea
	dimension   *control.SelectField
	Honoured    *control.ValuePicker
	compromised *control.ValuePicker
	noValues    *widget.Label // says where values come from, when there are none
	Feeling     *control.ChoiceRow
	FeelingNote *control.LineEntry
	confidence  *control.SelectField
	Shared      *control.LineEntry
	ReviewOn    *control.DateField
	Outcome     *control.TextArea
	Learnt      *control.TextArea
	content     fyne.CanvasObject
	onEdit      func() // after any change to a field, if set

	dims   []data.Dimension
	values []data.Value
}

var feelingChoices = []string{"−2", "−1", "0", "+1", "+2"}

const noDimension = "(none)"

func NewDecisionForm() *decisionForm {
	f := &decisionForm{}
	f.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.Date = control.NewDateField(data.Today(), nil)
	f.Title = control.NewLineEntry("")
	f.Title.SetPlaceHolder("What was decided, in a few words")
	f.Situation = control.NewTextArea("What was going on", 2)
	f.options = control.NewTextArea("The options considered, one a line", 2)
	f.choice = control.NewTextArea("What was chosen", 1)
	f.rationale = control.NewTextArea("And why", 2)
	f.dimension = control.NewSelectField(nil, nil)
	f.Honoured = control.NewValuePicker("Type to add a value it honoured")
	f.compromised = control.NewValuePicker("Type to add a value it compromised")
	f.noValues = control.Note("No values yet: write yours and your organisation's on the Values screen (Ctrl+4), then name here the ones a decision honours or compromises.")
	f.noValues.Wrapping = fyne.TextWrapWord
	f.Feeling = control.NewChoiceRow(feelingChoices, nil)
	f.FeelingNote = control.NewLineEntry("What the feeling says")
	f.confidence = control.NewSelectField(append([]string{"–"}, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), nil)
	f.Shared = control.NewLineEntry("The team, my manager…")
	f.ReviewOn = control.NewOptionalDateField()
	f.Outcome = control.NewTextArea("How it turned out", 2)
	f.Learnt = control.NewTextArea("What was learnt", 2)

	// Short labels and fields side by side where they are short: the
	// whole form, Outcome and Learnt included, is one short scroll at
	// 1280×800.
	beside := func(left fyne.CanvasObject, label string, right fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, left, nil, container.NewBorder(nil, nil, widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), nil, right))
	}
	feeling := widget.NewFormItem("Feeling", f.Feeling)
	feeling.HintText = "−2 very uncomfortable … +2 very comfortable"
	form := widget.NewForm(
		widget.NewFormItem("Date", control.WithWidth(170, f.Date)),
		widget.NewFormItem("Title", f.Title),
		widget.NewFormItem("Situation", f.Situation),
		widget.NewFormItem("Options", f.options),
		widget.NewFormItem("Chosen", f.choice),
		widget.NewFormItem("Why", f.rationale),
		widget.NewFormItem("Dimension", f.dimension),
		widget.NewFormItem("Honoured", container.NewVBox(f.noValues, f.Honoured.Content)),
		widget.NewFormItem("Compromised", f.compromised.Content),
		feeling,
		widget.NewFormItem("Note", f.FeelingNote),
		widget.NewFormItem("Confidence", beside(control.WithWidth(90, f.confidence), "Shared with", f.Shared)),
		widget.NewFormItem("Review on", control.WithWidth(170, f.ReviewOn)),
		widget.NewFormItem("Outcome", f.Outcome),
		widget.NewFormItem("Learnt", f.Learnt),
	)
	f.content = container.NewVBox(f.heading, form)

	edited := func() {
		if f.onEdit != nil {
			f.onEdit()
		}
	}
	for _, e := range []*widget.Entry{&f.Title.Entry, &f.Situation.Entry, &f.options.Entry, &f.choice.Entry, &f.rationale.Entry,
		&f.FeelingNote.Entry, &f.Shared.Entry, &f.Outcome.Entry, &f.Learnt.Entry} {
		e.OnChanged = func(string) { edited() }
	}
	for _, d := range []*control.DateField{f.Date, f.ReviewOn} {
		before := d.OnChanged
		d.OnChanged = func(text string) {
			before(text)
			edited()
		}
	}
	f.dimension.OnChanged = func(string) { edited() }
	f.confidence.OnChanged = func(string) { edited() }
	f.Feeling.OnChanged = func(string) { edited() }
	f.Honoured.Changed, f.compromised.Changed = edited, edited
	return f
}

// setChoices gives the form the dimensions and values a decision can name.
func (f *decisionForm) setChoices(dims []data.Dimension, values []data.Value) {
	f.dims, f.values = dims, values
}

// valueLabel names a value in the check groups.
func valueLabel(v data.Value) string {
	label := v.Name
	if v.Kind == data.Organisational {
		label += " (org.)"
	}
	if v.Archived {
		label += " (archived)"
	}
	return label
}

// fill shows d.
func (f *decisionForm) fill(d data.Decision) {
	f.heading.SetText(d.Title)
	if d.ID == 0 {
		f.heading.SetText("New decision")
	}
	f.Date.SetText(d.Date.String())
	f.Title.SetText(d.Title)
	f.Situation.SetText(d.Situation)
	f.options.SetText(d.Options)
	f.choice.SetText(d.Choice)
	f.rationale.SetText(d.Rationale)

	f.dimension.Options = []string{noDimension}
	f.dimension.SetSelected(noDimension)
	for _, dim := range f.dims {
		if !dim.Archived || dim.ID == d.DimensionID {
			f.dimension.Options = append(f.dimension.Options, dim.Name)
		}
		if dim.ID == d.DimensionID {
			f.dimension.SetSelected(dim.Name)
		}
	}
	// Active values, and archived ones this decision names.
	var options, honoured, compromised []string
	for _, v := range f.values {
		named := slices.Contains(d.Honoured, v.ID) || slices.Contains(d.Compromised, v.ID)
		if v.Archived && !named {
			continue
		}
		options = append(options, valueLabel(v))
		if slices.Contains(d.Honoured, v.ID) {
			honoured = append(honoured, valueLabel(v))
		}
		if slices.Contains(d.Compromised, v.ID) {
			compromised = append(compromised, valueLabel(v))
		}
	}
	for _, g := range []*control.ValuePicker{f.Honoured, f.compromised} {
		g.SetOptions(options)
	}
	f.noValues.Hidden = len(options) > 0
	f.noValues.Refresh()
	f.Honoured.SetSelected(honoured)
	f.compromised.SetSelected(compromised)

	f.Feeling.SetSelected("")
	if d.Feeling != nil {
		f.Feeling.SetSelected(feelingChoices[*d.Feeling+2])
	}
	f.FeelingNote.SetText(d.FeelingNote)
	f.confidence.SetSelectedIndex(0)
	if d.Confidence != nil {
		f.confidence.SetSelected(strconv.Itoa(*d.Confidence))
	}
	f.Shared.SetText(d.SharedWith)
	f.ReviewOn.SetText(d.ReviewOn.String())
	f.Outcome.SetText(d.Outcome)
	f.Learnt.SetText(d.Learnt)
}

// read returns base with what the form says, or the sentence that says
// which field cannot be read.
func (f *decisionForm) read(base data.Decision) (data.Decision, error) {
	d := base
	date, err := f.Date.Date()
	if err != nil {
		return d, control.ErrorText("Date: " + control.Sentence(err))
	}
	d.Date = date
	d.Title = f.Title.Text
	d.Situation = f.Situation.Text
	d.Options = f.options.Text
	d.Choice = f.choice.Text
	d.Rationale = f.rationale.Text
	d.DimensionID = 0
	for _, dim := range f.dims {
		if dim.Name == f.dimension.Selected {
			d.DimensionID = dim.ID
		}
	}
	d.Honoured, d.Compromised = nil, nil
	for _, v := range f.values {
		if slices.Contains(f.Honoured.Selected(), valueLabel(v)) {
			d.Honoured = append(d.Honoured, v.ID)
		}
		if slices.Contains(f.compromised.Selected(), valueLabel(v)) {
			d.Compromised = append(d.Compromised, v.ID)
		}
	}
	d.Feeling = nil
	if i := slices.Index(feelingChoices, f.Feeling.Selected); i >= 0 {
		n := i - 2
		d.Feeling = &n
	}
	d.FeelingNote = f.FeelingNote.Text
	d.Confidence = nil
	if n, err := strconv.Atoi(f.confidence.Selected); err == nil {
		d.Confidence = &n
	}
	d.SharedWith = f.Shared.Text
	review, err := f.ReviewOn.Date()
	if err != nil {
		return d, control.ErrorText("Review on: " + control.Sentence(err))
	}
	d.ReviewOn = review
	d.Outcome = f.Outcome.Text
	d.Learnt = f.Learnt.Text
	d.Normalize()
	return d, d.Validate()
}

// sameDecision reports whether two decisions say the same, a value
// listed nowhere and an empty list being alike.
func sameDecision(a, b data.Decision) bool {
	a.Normalize()
	b.Normalize()
	for _, d := range []*data.Decision{&a, &b} {
		if len(d.Honoured) == 0 {
			d.Honoured = nil
		}
		if len(d.Compromised) == 0 {
			d.Compromised = nil
		}
		slices.Sort(d.Honoured)
		slices.Sort(d.Compromised)
	}
	return reflect.DeepEqual(a, b)
}

// feelingText writes a feeling for the list: "−2", "+1", or "·".
func feelingText(f *int) string {
	if f == nil {
		return "·"
	}
	return strings.Replace(fmt.Sprintf("%+d", *f), "-", "−", 1)
}
