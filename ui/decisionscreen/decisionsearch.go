package decisionscreen

import (
	"slices"

	"daymark/app"
	"daymark/data"
	"daymark/ui/control"
)

// The search and the list of the Decisions screen. A log of ten years holds
// thousands of decisions: the list reads them a page at a time, as far as
// the person scrolls.

// dateChanged refreshes the list when a filter date is blanked or valid.
func (s *Screen) dateChanged(f *control.DateField) func(string) {
	return func(string) {
		if _, err := f.Date(); err == nil {
			s.refresh()
		}
	}
}

// rowDetail is the second line of a decision in the list.
func rowDetail(r data.DecisionRow, today data.Date) string {
	text := r.Date.Format("Mon 2 Jan 2006")
	if r.Feeling != nil {
		text += " · felt " + feelingText(r.Feeling)
	}
	switch {
	case !r.ReviewOn.IsZero() && r.Reviewed:
		text += " · reviewed"
	case !r.ReviewOn.IsZero() && !r.ReviewOn.After(today):
		text += " · review due"
	case !r.ReviewOn.IsZero():
		text += " · review " + r.ReviewOn.Format("2 Jan")
	}
	return text
}

func (s *Screen) fillFilterChoices() {
	values := []string{anyChoice}
	for _, v := range s.values {
		values = append(values, valueLabel(v))
	}
	dims := []string{anyChoice}
	for _, d := range s.dims {
		dims = append(dims, d.Name)
	}
	for _, f := range []struct {
		sel     *control.SelectField
		options []string
	}{{s.valueF, values}, {s.dimensionF, dims}} {
		keep := f.sel.Selected
		f.sel.Options = f.options
		if !slices.Contains(f.options, keep) {
			keep = anyChoice
		}
		f.sel.Selected = keep
		f.sel.Refresh()
	}
	if s.FeelingF.Selected == "" {
		s.FeelingF.Selected = anyChoice
		s.FeelingF.Refresh()
	}
}

// filter reads the search and filters.
func (s *Screen) filter() data.DecisionFilter {
	f := data.DecisionFilter{Text: s.Search.Text}
	for _, v := range s.values {
		if valueLabel(v) == s.valueF.Selected {
			f.ValueID = v.ID
		}
	}
	for _, d := range s.dims {
		if d.Name == s.dimensionF.Selected {
			f.DimensionID = d.ID
		}
	}
	switch i := slices.Index(feelingFilters, s.FeelingF.Selected); {
	case i >= 1 && i <= 5:
		n := i - 3
		f.Feeling = &n
	case i == 6:
		f.Discomfort = true
	case i == 7:
		f.NoFeeling = true
	}
	f.From, _ = s.from.Date()
	f.To, _ = s.to.Date()
	if s.Due.Checked {
		f.ReviewDueOn = data.Today()
	}
	return f
}

// refresh runs the search off the UI goroutine; only the latest answer
// shows. It reads the first page of what matches, and more up to the
// decision in the form; the list reads the rest as it comes to it.
func (s *Screen) refresh() {
	s.query++
	query := s.query
	f := s.filter()
	around := s.Current.ID
	var page app.SearchPage
	var err error
	s.tasks.Run(func() { page, err = s.decisions.Search(control.BgContext(), f, app.DecisionPage, around) }, func() {
		if query != s.query {
			return
		}
		if err != nil {
			s.Count.SetText(control.Sentence(err))
			return
		}
		s.Rows, s.found, s.listed = page.Rows, page.Total, f
		s.List.Refresh()
		if page.Total == 0 && f == (data.DecisionFilter{}) {
			s.Count.SetText("No decisions yet: write your first with New (Ctrl+N).")
		} else {
			s.Count.SetText(control.Plural(page.Total, "decision") + listedNote(f))
		}
		s.syncList()
	})
}

// readOn reads the decisions the list has come to (row upTo and a page
// beyond), after those read already.
func (s *Screen) readOn(upTo int) {
	if s.reading == s.query {
		return // the list asks again, once these have come
	}
	s.reading = s.query
	query := s.query
	f := s.listed
	f.Offset, f.Limit = len(s.Rows), upTo+app.DecisionPage-len(s.Rows)
	var rows []data.DecisionRow
	var err error
	s.tasks.Run(func() { rows, err = s.decisions.Find(control.BgContext(), f) }, func() {
		if s.reading == query {
			s.reading = 0
		}
		if query != s.query || f.Offset != len(s.Rows) {
			s.List.Refresh() // another search has come: the list asks it
			return
		}
		if err != nil {
			s.Count.SetText(control.Sentence(err))
			return
		}
		s.Rows = append(s.Rows, rows...)
		s.List.Refresh()
	})
}

func listedNote(f data.DecisionFilter) string {
	if f == (data.DecisionFilter{}) {
		return ", newest first"
	}
	return " match, newest first"
}

// syncList selects the decision in the form, when the list shows it, and
// reports whether it does.
func (s *Screen) syncList() bool {
	s.reselect = true
	defer func() { s.reselect = false }()
	for i, r := range s.Rows {
		if r.ID == s.Current.ID && r.ID != 0 {
			s.List.Select(i)
			s.List.ScrollTo(i)
			return true
		}
	}
	s.List.UnselectAll()
	return false
}

func (s *Screen) ClearFilters() {
	s.Search.SetText("")
	s.valueF.SetSelected(anyChoice)
	s.dimensionF.SetSelected(anyChoice)
	s.FeelingF.SetSelected(anyChoice)
	s.from.SetText("")
	s.to.SetText("")
	s.Due.SetChecked(false)
	s.refresh()
}

// ShowReviewsDue lists the decisions whose review is due.
func (s *Screen) ShowReviewsDue() {
	s.ClearFilters()
	s.Due.SetChecked(true)
}
