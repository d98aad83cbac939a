package timeimportdialog

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app/timeimport"
	"daymark/data"
	"daymark/ui/control"
)

// The rules of imports, in a dialog: the calendar rules in order (the
// first an event matches sends it to its dimension), the time trackers'
// project and tag mappings, where what matches nothing goes, all-day
// events, and the person's email addresses. Everything is saved at once,
// or nothing.

const skipChoice = "Skip it"

// Labels of a rule's fields and comparisons, by their codes.
var (
	fieldLabels = [][2]string{{data.FieldTitle, "Title"}, {data.FieldOrganiser, "Organiser"}, {data.FieldAttendees, "Attendees"}}
	opLabels    = [][2]string{{data.OpContains, "contains"}, {data.OpPattern, "matches pattern"}, {data.OpAtLeast, "at least"}, {data.OpAtMost, "at most"}}
	kindLabels  = [][2]string{{data.MappingProject, "Project"}, {data.MappingTag, "Tag"}}
)

func label(pairs [][2]string, code string) string {
	for _, p := range pairs {
		if p[0] == code {
			return p[1]
		}
	}
	return ""
}

func code(pairs [][2]string, label string) string {
	for _, p := range pairs {
		if p[1] == label {
			return p[0]
		}
	}
	return ""
}

// rulesEditor is the dialog's content.
type rulesEditor struct {
	dims      []data.Dimension
	Rules     []*ruleRow
	mappings  []*mappingRow
	ruleBox   *fyne.Container
	mapBox    *fyne.Container
	unmatched *widget.Select
	allDay    *widget.Check
	minutes   *widget.Entry
	emails    *widget.Entry
	message   *widget.Label
}

// ruleRow is one rule: [Title ▾] [contains ▾] [1:1] → [People ▾].
type ruleRow struct {
	Field, Op, Dim *widget.Select
	Pattern        *widget.Entry
	row            *fyne.Container
}

// mappingRow is one mapping: [Project ▾] [Hiring] → [People ▾].
type mappingRow struct {
	kind, dim *widget.Select
	name      *widget.Entry
	row       *fyne.Container
}

// ShowRules reads the rules and opens them; saved is called after a save.
// unmapped names projects a tracker file holds that nothing maps.
func ShowRules(svc *timeimport.Importer, win fyne.Window, t *control.Tasks, unmapped []string, saved func()) {
	var rules data.ImportRules
	var dims []data.Dimension
	var err error
	t.Run(func() {
		if rules, err = svc.Rules(control.BgContext()); err == nil {
			dims, err = svc.Dimensions(control.BgContext())
		}
	}, func() {
		if err != nil {
			control.ShowProblem(win, "Daymark cannot read the import rules", err)
			return
		}
		e := NewRulesEditor(dims)
		e.Fill(rules)
		var d *control.DialogBox
		save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() {
			r, err := e.Read()
			if err != nil {
				e.problem(err)
				return
			}
			t.Run(func() { err = svc.SaveRules(control.BgContext(), r) }, func() {
				if err != nil {
					e.problem(err)
					return
				}
				d.Hide()
				if saved != nil {
					saved()
				}
			})
		})
		save.Importance = widget.HighImportance
		d = control.NewDialog(win, "Import rules", e.content(unmapped))
		d.Button("Cancel", widget.MediumImportance, false, nil)
		d.Add(save)
		d.Dialog.Resize(fyne.NewSize(960, 580)) // within the smallest window
		d.Show()
	})
}

func NewRulesEditor(dims []data.Dimension) *rulesEditor {
	e := &rulesEditor{dims: dims, ruleBox: container.NewVBox(), mapBox: container.NewVBox()}
	e.unmatched = widget.NewSelect(e.dimChoices(), nil)
	e.allDay = widget.NewCheck("Count all-day events, for", nil)
	e.minutes = widget.NewEntry()
	e.minutes.Validator = func(text string) error {
		if n, err := strconv.Atoi(strings.TrimSpace(text)); err != nil || n < 1 || n > data.MinutesPerDay {
			return control.ErrorText("from 1 to 1440 minutes")
		}
		return nil
	}
	e.emails = widget.NewEntry()
	e.emails.SetPlaceHolder("you@work.example, you@home.example")
	e.message = control.NewMessage()
	return e
}

// content lays the editor out: calendar rules and tracker mappings in
// tabs, the settings they share below.
func (e *rulesEditor) content(unmapped []string) fyne.CanvasObject {
	addRule := widget.NewButtonWithIcon("Add a rule", theme.ContentAddIcon(), func() { e.AddRule(data.Rule{Field: data.FieldTitle, Op: data.OpContains}) })
	starters := widget.NewButtonWithIcon("Start again from the starter rules", theme.ViewRefreshIcon(), func() {
		e.Rules = nil
		for _, r := range data.StarterRules(e.dims).Rules {
			e.AddRule(r)
		}
	})
	starters.Importance = widget.LowImportance
	calendar := container.NewBorder(
		control.Note("An event goes to the dimension of the first rule it matches, from the top. Text is compared ignoring case; a pattern is a regular expression. Attendee rules only match events that list attendees."),
		container.NewVBox(container.NewHBox(addRule, starters), container.NewHBox(e.allDay, control.WithWidth(80, e.minutes), widget.NewLabel("minutes on each of their days"))),
		nil, nil, container.NewVScroll(e.ruleBox))

	addMapping := widget.NewButtonWithIcon("Map a project or a tag", theme.ContentAddIcon(), func() { e.addMapping(data.Mapping{Kind: data.MappingProject}) })
	top := container.NewVBox(control.Note("An entry goes to the dimension of its first mapped tag, else of its project."))
	if len(unmapped) > 0 {
		top.Add(control.Note("Projects in the file that nothing maps yet:"))
		quick := container.NewGridWrap(fyne.NewSize(200, 36))
		for _, name := range unmapped {
			var b *widget.Button
			b = widget.NewButtonWithIcon(name, theme.ContentAddIcon(), func() {
				e.addMapping(data.Mapping{Kind: data.MappingProject, Name: name})
				b.Disable()
			})
			b.Importance = widget.LowImportance
			quick.Add(b)
		}
		top.Add(quick)
	}
	trackers := container.NewBorder(top, container.NewHBox(addMapping), nil, nil, container.NewVScroll(e.mapBox))

	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon("Calendar rules", theme.CalendarIcon(), calendar),
		container.NewTabItemWithIcon("Time trackers", theme.HistoryIcon(), trackers),
	)
	shared := widget.NewForm(
		widget.NewFormItem("What matches nothing", e.unmatched),
		widget.NewFormItem("Your email addresses", e.emails),
	)
	shared.Items[1].HintText = "Invitations you declined are skipped, and a team's tracker export is read for your entries only."
	return container.NewBorder(nil, container.NewVBox(shared, e.message), nil, nil, tabs)
}

// dimChoices are the choices of where something goes: skipped, or a dimension.
func (e *rulesEditor) dimChoices() []string {
	out := []string{skipChoice}
	for _, d := range e.dims {
		out = append(out, dimLabel(d))
	}
	return out
}

func dimLabel(d data.Dimension) string {
	if d.Archived {
		return d.Name + " (archived)"
	}
	return d.Name
}

func (e *rulesEditor) dimChoice(id int64) string {
	for _, d := range e.dims {
		if d.ID == id {
			return dimLabel(d)
		}
	}
	return skipChoice
}

func (e *rulesEditor) dimID(choice string) int64 {
	for _, d := range e.dims {
		if dimLabel(d) == choice {
			return d.ID
		}
	}
	return 0
}

// Fill puts r in the editor.
func (e *rulesEditor) Fill(r data.ImportRules) {
	e.Rules, e.mappings = nil, nil
	for _, rule := range r.Rules {
		e.AddRule(rule)
	}
	for _, m := range r.Mappings {
		e.addMapping(m)
	}
	e.layoutRules() // says so when there are none
	e.layoutMappings()
	e.unmatched.SetSelected(e.dimChoice(r.Unmatched))
	e.allDay.SetChecked(r.AllDay)
	e.minutes.SetText(strconv.Itoa(r.AllDayMinutes))
	e.emails.SetText(strings.Join(r.Emails, ", "))
}

// Read returns what the editor says, or why it cannot be saved.
func (e *rulesEditor) Read() (data.ImportRules, error) {
	r := data.ImportRules{Unmatched: e.dimID(e.unmatched.Selected), AllDay: e.allDay.Checked}
	for _, row := range e.Rules {
		r.Rules = append(r.Rules, row.rule(e))
	}
	for _, row := range e.mappings {
		r.Mappings = append(r.Mappings, data.Mapping{Kind: code(kindLabels, row.kind.Selected), Name: row.name.Text, DimensionID: e.dimID(row.dim.Selected)})
	}
	n, err := strconv.Atoi(strings.TrimSpace(e.minutes.Text))
	if err != nil {
		return r, data.Errorf(data.EInvalid, "All-day events: “%s” is not a number of minutes", e.minutes.Text)
	}
	r.AllDayMinutes = n
	r.Emails = strings.FieldsFunc(e.emails.Text, func(c rune) bool { return c == ',' || c == ';' || c == ' ' })
	r.Normalize()
	return r, r.Validate()
}

func (e *rulesEditor) problem(err error) {
	e.message.SetText(control.Sentence(err))
	e.message.Show()
}

func (e *rulesEditor) AddRule(r data.Rule) {
	row := &ruleRow{Pattern: widget.NewEntry()}
	row.Field = widget.NewSelect([]string{"Title", "Organiser", "Attendees"}, nil)
	row.Op = widget.NewSelect(nil, nil)
	row.Dim = widget.NewSelect(e.dimChoices(), nil)
	row.Field.OnChanged = func(string) { row.setOps() }
	row.Field.SetSelected(label(fieldLabels, r.Field))
	row.Op.SetSelected(label(opLabels, r.Op))
	row.Pattern.SetText(r.Pattern)
	row.Pattern.SetPlaceHolder("1:1")
	row.Pattern.Validator = func(string) error {
		if err := row.rule(e).Validate(); err != nil {
			return control.ErrorText(control.Sentence(err))
		}
		return nil
	}
	row.Dim.SetSelected(e.dimChoice(r.DimensionID))
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.MoveRule(row, -1) })
	down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.MoveRule(row, 1) })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.removeRule(row) })
	for _, b := range []*widget.Button{up, down, del} {
		b.Importance = widget.LowImportance
	}
	row.row = container.NewBorder(nil, nil,
		container.NewHBox(control.WithWidth(120, row.Field), control.WithWidth(150, row.Op)),
		container.NewHBox(widget.NewLabel("→"), control.WithWidth(230, row.Dim), up, down, del),
		row.Pattern)
	e.Rules = append(e.Rules, row)
	e.layoutRules()
}

// setOps offers the comparisons that suit the field.
func (r *ruleRow) setOps() {
	ops := []string{"contains", "matches pattern"}
	if r.Field.Selected == "Attendees" {
		ops = []string{"at least", "at most"}
	}
	r.Op.Options = ops
	if !slices.Contains(ops, r.Op.Selected) {
		r.Op.SetSelected(ops[0])
	}
	r.Op.Refresh()
}

func (r *ruleRow) rule(e *rulesEditor) data.Rule {
	return data.Rule{Field: code(fieldLabels, r.Field.Selected), Op: code(opLabels, r.Op.Selected), Pattern: strings.TrimSpace(r.Pattern.Text), DimensionID: e.dimID(r.Dim.Selected)}
}

func (e *rulesEditor) MoveRule(row *ruleRow, by int) {
	for i, r := range e.Rules {
		if r == row && i+by >= 0 && i+by < len(e.Rules) {
			e.Rules[i], e.Rules[i+by] = e.Rules[i+by], e.Rules[i]
			break
		}
	}
	e.layoutRules()
}

func (e *rulesEditor) removeRule(row *ruleRow) {
	for i, r := range e.Rules {
		if r == row {
			e.Rules = append(e.Rules[:i], e.Rules[i+1:]...)
			break
		}
	}
	e.layoutRules()
}

func (e *rulesEditor) layoutRules() {
	e.ruleBox.Objects = nil
	for i, r := range e.Rules {
		e.ruleBox.Add(container.NewBorder(nil, nil, widget.NewLabel(strconv.Itoa(i+1)+"."), nil, r.row))
	}
	if len(e.Rules) == 0 {
		e.ruleBox.Add(control.Note("No rules: every event goes where what matches nothing goes."))
	}
	e.ruleBox.Refresh()
}

func (e *rulesEditor) addMapping(m data.Mapping) {
	row := &mappingRow{name: widget.NewEntry()}
	row.kind = widget.NewSelect([]string{"Project", "Tag"}, nil)
	row.kind.SetSelected(label(kindLabels, m.Kind))
	row.name.SetText(m.Name)
	row.name.SetPlaceHolder("Hiring")
	row.dim = widget.NewSelect(e.dimChoices(), nil)
	row.dim.SetSelected(e.dimChoice(m.DimensionID))
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		for i, r := range e.mappings {
			if r == row {
				e.mappings = append(e.mappings[:i], e.mappings[i+1:]...)
				break
			}
		}
		e.layoutMappings()
	})
	del.Importance = widget.LowImportance
	row.row = container.NewBorder(nil, nil, control.WithWidth(130, row.kind), container.NewHBox(widget.NewLabel("→"), control.WithWidth(230, row.dim), del), row.name)
	e.mappings = append(e.mappings, row)
	e.layoutMappings()
}

func (e *rulesEditor) layoutMappings() {
	e.mapBox.Objects = nil
	for _, m := range e.mappings {
		e.mapBox.Add(m.row)
	}
	if len(e.mappings) == 0 {
		e.mapBox.Add(control.Note("No mappings yet: entries go where what matches nothing goes."))
	}
	e.mapBox.Refresh()
}
