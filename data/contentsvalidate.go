package data

import (
	"fmt"
	"strings"
)

// itemError names the item of Contents that breaks a rule, the way an
// export file names it: "days[12] (2026-03-04): …".
func itemError(list string, i int, name string, err error) error {
	where := fmt.Sprintf("%s[%d]", list, i)
	if name != "" {
		where += " (" + name + ")"
	}
	return &Error{Code: ErrorCode(err), Message: where + ": " + ErrorMessage(err)}
}

// Validate reports the first item that breaks a rule: a dimension that is
// not valid or whose name or ID repeats another's, a day that is not valid,
// repeats a date or names a dimension that is not there.
func (c Contents) Validate() error {
	names := map[string]bool{}
	ids := map[int64]bool{}
	for i, d := range c.Dimensions {
		d.Normalize()
		if err := d.Validate(); err != nil {
			return itemError("dimensions", i, d.Name, err)
		}
		if key := strings.ToLower(d.Name); names[key] {
			return itemError("dimensions", i, d.Name, Errorf(EConflict, "the name “%s” is used twice", d.Name))
		} else {
			names[key] = true
		}
		if d.ID == 0 || ids[d.ID] {
			return itemError("dimensions", i, d.Name, Errorf(EInvalid, "the dimension needs an ID of its own"))
		}
		ids[d.ID] = true
	}
	dates := map[Date]bool{}
	for i, day := range c.Days {
		if err := day.Validate(); err != nil {
			return itemError("days", i, day.Date.String(), err)
		}
		if dates[day.Date] {
			return itemError("days", i, day.Date.String(), Errorf(EConflict, "the date %s is there twice", day.Date))
		}
		dates[day.Date] = true
		for _, m := range []map[int64]int{day.Planned, day.Actual} {
			for id := range m {
				if !ids[id] {
					return itemError("days", i, day.Date.String(), Errorf(EInvalid, "it names a dimension that is not in the file"))
				}
			}
		}
	}
	froms := map[Date]bool{}
	for i, t := range c.Targets {
		if err := t.Validate(); err != nil {
			return itemError("targets", i, t.From.String(), err)
		}
		if froms[t.From] {
			return itemError("targets", i, t.From.String(), Errorf(EConflict, "two targets start on %s", t.From))
		}
		froms[t.From] = true
		for id := range t.Minutes {
			if !ids[id] {
				return itemError("targets", i, t.From.String(), Errorf(EInvalid, "it names a dimension that is not in the file"))
			}
		}
	}
	starts := map[Date]bool{}
	for i, f := range c.Focus {
		if err := f.Validate(); err != nil {
			return itemError("focus", i, f.Started.String(), err)
		}
		if starts[f.Started] {
			return itemError("focus", i, f.Started.String(), Errorf(EConflict, "two focuses start on %s", f.Started))
		}
		starts[f.Started] = true
		if !ids[f.DimensionID] {
			return itemError("focus", i, f.Started.String(), Errorf(EInvalid, "it names a dimension that is not in the file"))
		}
	}
	if err := c.validateValues(); err != nil {
		return err
	}
	if err := c.validateDecisions(ids); err != nil {
		return err
	}
	for i, s := range c.Sessions {
		s.Normalize()
		if err := s.Validate(); err != nil {
			return itemError("sessions", i, s.Date.String(), err)
		}
	}
	if err := c.validateImports(ids); err != nil {
		return err
	}
	if err := c.validateIntervals(ids); err != nil {
		return err
	}
	if err := c.validateWeek(ids); err != nil {
		return err
	}
	return c.validateUIDs()
}

// validateImports checks the import rules and what imports remember, and
// that they name dimensions of c.
func (c Contents) validateImports(dimensions map[int64]bool) error {
	known := func(id int64) bool { return id == 0 || dimensions[id] }
	if r := c.ImportRules; r != nil {
		rules := *r
		rules.Normalize()
		if err := rules.Validate(); err != nil {
			return itemError("import_rules", 0, "", err)
		}
		if !known(rules.Unmatched) {
			return itemError("import_settings", 0, "", Errorf(EInvalid, "it names a dimension that is not in the file"))
		}
		for i, rule := range rules.Rules {
			if !known(rule.DimensionID) {
				return itemError("import_rules", i, rule.Pattern, Errorf(EInvalid, "it names a dimension that is not in the file"))
			}
		}
		for i, m := range rules.Mappings {
			if !known(m.DimensionID) {
				return itemError("tracker_mappings", i, m.Name, Errorf(EInvalid, "it names a dimension that is not in the file"))
			}
		}
	}
	parts := map[[3]string]bool{}
	for i, e := range c.ImportedEvents {
		if err := e.Validate(); err != nil {
			return itemError("imported_events", i, e.Title, err)
		}
		if !dimensions[e.DimensionID] {
			return itemError("imported_events", i, e.Title, Errorf(EInvalid, "it names a dimension that is not in the file"))
		}
		if parts[e.key()] {
			return itemError("imported_events", i, e.Title, Errorf(EConflict, "the same occurrence is there twice on %s", e.Date))
		}
		parts[e.key()] = true
	}
	dates := map[Date]bool{}
	for i, d := range c.ImportedDays {
		if err := d.Validate(); err != nil {
			return itemError("imported_minutes", i, d.Date.String(), err)
		}
		if dates[d.Date] {
			return itemError("imported_minutes", i, d.Date.String(), Errorf(EConflict, "the date %s is there twice", d.Date))
		}
		dates[d.Date] = true
		for id := range d.Minutes {
			if !dimensions[id] {
				return itemError("imported_minutes", i, d.Date.String(), Errorf(EInvalid, "it names a dimension that is not in the file"))
			}
		}
	}
	return nil
}

// validateDecisions checks each decision and that it names dimensions and
// values of c.
func (c Contents) validateDecisions(dimensions map[int64]bool) error {
	values := map[int64]bool{}
	for _, v := range c.Values {
		values[v.ID] = true
	}
	ids := map[int64]bool{}
	for i, d := range c.Decisions {
		d.Normalize()
		if err := d.Validate(); err != nil {
			return itemError("decisions", i, d.Title, err)
		}
		if d.ID == 0 || ids[d.ID] {
			return itemError("decisions", i, d.Title, Errorf(EInvalid, "the decision needs an ID of its own"))
		}
		ids[d.ID] = true
		if d.DimensionID != 0 && !dimensions[d.DimensionID] {
			return itemError("decisions", i, d.Title, Errorf(EInvalid, "it names a dimension that is not in the file"))
		}
		for _, v := range append(append([]int64{}, d.Honoured...), d.Compromised...) {
			if !values[v] {
				return itemError("decisions", i, d.Title, Errorf(EInvalid, "it names a value that is not in the file"))
			}
		}
	}
	return nil
}

// validateValues checks the values, their alignment, the reflections and
// the value contexts.
func (c Contents) validateValues() error {
	kinds := map[int64]Kind{}
	names := map[string]bool{}
	for i, v := range c.Values {
		v.Normalize()
		if err := v.Validate(); err != nil {
			return itemError("values", i, v.Name, err)
		}
		key := string(v.Kind) + "\x00" + strings.ToLower(v.Name)
		if names[key] {
			return itemError("values", i, v.Name, Errorf(EConflict, "there are two %s values named “%s”", v.Kind, v.Name))
		}
		names[key] = true
		if v.ID == 0 || kinds[v.ID] != "" {
			return itemError("values", i, v.Name, Errorf(EInvalid, "the value needs an ID of its own"))
		}
		kinds[v.ID] = v.Kind
	}
	pairs := map[[2]int64]bool{}
	for i, r := range c.Ratings {
		if err := r.Validate(); err != nil {
			return itemError("alignment", i, "", err)
		}
		if kinds[r.PersonalID] != Personal || kinds[r.OrganisationalID] != Organisational {
			return itemError("alignment", i, "", Errorf(EInvalid, "a rating pairs a personal value with an organisational one of the file"))
		}
		if pair := [2]int64{r.PersonalID, r.OrganisationalID}; pairs[pair] {
			return itemError("alignment", i, "", Errorf(EConflict, "the same pair is rated twice"))
		} else {
			pairs[pair] = true
		}
	}
	days := map[Date]bool{}
	for i, sn := range c.Snapshots {
		if err := sn.Date.Validate(); err != nil {
			return itemError("alignment_history", i, "", err)
		}
		if days[sn.Date] {
			return itemError("alignment_history", i, sn.Date.String(), Errorf(EConflict, "two snapshots of %s", sn.Date))
		}
		days[sn.Date] = true
		for _, id := range append(append([]int64{}, sn.Matrix.Personal...), sn.Matrix.Organisational...) {
			if kinds[id] == "" {
				return itemError("alignment_history", i, sn.Date.String(), Errorf(EInvalid, "it names a value that is not in the file"))
			}
		}
		for _, r := range sn.Matrix.Ratings {
			if r.Validate() != nil || kinds[r.PersonalID] != Personal || kinds[r.OrganisationalID] != Organisational {
				return itemError("alignment_history", i, sn.Date.String(), Errorf(EInvalid, "a rating in it is not a rating of the file's values"))
			}
		}
	}
	prompts := map[int64]bool{}
	texts := map[string]bool{}
	for i, p := range c.Prompts {
		if err := p.Validate(); err != nil {
			return itemError("prompts", i, "", err)
		}
		key := strings.ToLower(strings.TrimSpace(p.Text))
		if texts[key] || p.ID == 0 || prompts[p.ID] {
			return itemError("prompts", i, p.Text, Errorf(EConflict, "the prompt is there twice"))
		}
		texts[key], prompts[p.ID] = true, true
	}
	for i, r := range c.Reflections {
		if err := r.Validate(); err != nil {
			return itemError("reflections", i, r.Date.String(), err)
		}
		if !prompts[r.PromptID] {
			return itemError("reflections", i, r.Date.String(), Errorf(EInvalid, "it answers a prompt that is not in the file"))
		}
	}
	contexts := map[int64]bool{}
	cnames := map[string]bool{}
	for i, x := range c.Contexts {
		if err := x.Validate(); err != nil {
			return itemError("contexts", i, x.Name, err)
		}
		key := strings.ToLower(strings.TrimSpace(x.Name))
		if cnames[key] || x.ID == 0 || contexts[x.ID] {
			return itemError("contexts", i, x.Name, Errorf(EConflict, "there are two contexts named “%s”", x.Name))
		}
		cnames[key], contexts[x.ID] = true, true
	}
	for i, x := range c.Contexts {
		if err := checkParent(c.Contexts, x); err != nil {
			return itemError("contexts", i, x.Name, err)
		}
	}
	marked := map[[2]int64]bool{}
	for i, x := range c.Contradictions {
		x = x.Pair()
		if err := x.Validate(); err != nil {
			return itemError("contradictions", i, "", err)
		}
		if !contexts[x.FirstID] || !contexts[x.SecondID] {
			return itemError("contradictions", i, "", Errorf(EInvalid, "it names a context that is not in the file"))
		}
		if pair := [2]int64{x.FirstID, x.SecondID}; marked[pair] {
			return itemError("contradictions", i, "", Errorf(EConflict, "the same two contexts are marked twice"))
		} else {
			marked[pair] = true
		}
	}
	return nil
}
