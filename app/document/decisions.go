package document

import (
	"context"
	"strings"

	"daymark/data"
)

// The decisions part of the export (version 4).

// Decision is a decision in the export: values and the dimension by
// name, feeling and confidence null when not said, review_on empty when no
// review is planned.
type Decision struct {
	Date        string     `json:"date"`
	Title       string     `json:"title"`
	Situation   string     `json:"situation"`
	Options     []string   `json:"options"`
	Choice      string     `json:"choice"`
	Rationale   string     `json:"rationale"`
	Honoured    []ValueRef `json:"honoured"`
	Compromised []ValueRef `json:"compromised"`
	Dimension   string     `json:"dimension"`
	Feeling     *int       `json:"feeling"`
	FeelingNote string     `json:"feeling_note"`
	Confidence  *int       `json:"confidence"`
	SharedWith  string     `json:"shared_with"`
	ReviewOn    string     `json:"review_on"`
	Outcome     string     `json:"outcome"`
	Learnt      string     `json:"learnt"`
}

// ValueRef names a value: its kind and name.
type ValueRef struct {
	Kind string `json:"kind"`
	Name string `json:"name"`
}

// addDecisions fills the decisions part of doc from c.
func (doc *Export) addDecisions(c data.Contents) {
	doc.Decisions = documentDecisions(c.Decisions, c.Dimensions, c.Values)
}

// documentDecisions writes decisions the way the export does, naming
// their dimensions and values.
func documentDecisions(ds []data.Decision, dimensions []data.Dimension, vs []data.Value) []Decision {
	values := map[int64]ValueRef{}
	for _, v := range vs {
		values[v.ID] = ValueRef{Kind: string(v.Kind), Name: v.Name}
	}
	dims := map[int64]string{}
	for _, d := range dimensions {
		dims[d.ID] = d.Name
	}
	refs := func(ids []int64) []ValueRef {
		out := make([]ValueRef, 0, len(ids))
		for _, id := range ids {
			out = append(out, values[id])
		}
		return out
	}
	out := make([]Decision, 0, len(ds))
	for _, d := range ds {
		out = append(out, Decision{
			Date: d.Date.String(), Title: d.Title, Situation: d.Situation, Options: lines(d.Options), Choice: d.Choice,
			Rationale: d.Rationale, Honoured: refs(d.Honoured), Compromised: refs(d.Compromised), Dimension: dims[d.DimensionID],
			Feeling: d.Feeling, FeelingNote: d.FeelingNote, Confidence: d.Confidence, SharedWith: d.SharedWith,
			ReviewOn: d.ReviewOn.String(), Outcome: d.Outcome, Learnt: d.Learnt,
		})
	}
	return out
}

// DecisionList returns the decisions that match f as the export writes
// them, newest first.
func DecisionList(ctx context.Context, store *data.Store, f data.DecisionFilter) ([]Decision, error) {
	ds, err := store.Decisions(ctx, f)
	if err != nil {
		return nil, err
	}
	dims, err := store.Dimensions(ctx)
	if err != nil {
		return nil, err
	}
	values, err := store.Values(ctx)
	if err != nil {
		return nil, err
	}
	return documentDecisions(ds, dims, values), nil
}

// decisionContents maps the decisions of doc onto c, whose dimensions and
// values are already read.
func (doc Export) decisionContents(c *data.Contents) error {
	values := map[ValueRef]int64{}
	for _, v := range c.Values {
		values[ValueRef{Kind: string(v.Kind), Name: v.Name}] = v.ID
	}
	dims := map[string]int64{}
	for _, d := range c.Dimensions {
		dims[d.Name] = d.ID
	}
	for i, dd := range doc.Decisions {
		where := at("decisions", i) + " (" + dd.Title + ")"
		date, err := data.ParseDate(dd.Date)
		if err != nil {
			return data.Errorf(data.EInvalid, "%s: date: %s", where, data.ErrorMessage(err))
		}
		d := data.Decision{ID: int64(i + 1), Date: date, Title: dd.Title, Situation: dd.Situation, Options: strings.Join(dd.Options, "\n"),
			Choice: dd.Choice, Rationale: dd.Rationale, Feeling: dd.Feeling, FeelingNote: dd.FeelingNote, Confidence: dd.Confidence,
			SharedWith: dd.SharedWith, Outcome: dd.Outcome, Learnt: dd.Learnt}
		if dd.ReviewOn != "" {
			if d.ReviewOn, err = data.ParseDate(dd.ReviewOn); err != nil {
				return data.Errorf(data.EInvalid, "%s: review_on: %s", where, data.ErrorMessage(err))
			}
		}
		if dd.Dimension != "" {
			var ok bool
			if d.DimensionID, ok = dims[dd.Dimension]; !ok {
				return data.Errorf(data.EInvalid, "%s: “%s” is not one of the file's dimensions", where, dd.Dimension)
			}
		}
		for _, link := range []struct {
			refs []ValueRef
			to   *[]int64
		}{{dd.Honoured, &d.Honoured}, {dd.Compromised, &d.Compromised}} {
			for _, ref := range link.refs {
				id, ok := values[ref]
				if !ok {
					return data.Errorf(data.EInvalid, "%s: “%s” is not one of the file's %s values", where, ref.Name, ref.Kind)
				}
				*link.to = append(*link.to, id)
			}
		}
		c.Decisions = append(c.Decisions, d)
	}
	return nil
}
