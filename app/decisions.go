package app

import (
	"context"

	"daymark/charts"
	"daymark/data"
)

// Decisions is the decision log's use cases: record, find and review
// decisions made by values, and see what drives the uncomfortable ones.
type Decisions struct {
	store *data.Store
}

// NewDecisions returns the decision log over store.
func NewDecisions(store *data.Store) *Decisions { return &Decisions{store: store} }

// Find lists the decisions that match f, newest first.
func (d *Decisions) Find(ctx context.Context, f data.DecisionFilter) ([]data.DecisionRow, error) {
	return d.store.FindDecisions(ctx, f)
}

// DecisionPage is how many decisions a search reads at first: several
// windows full.
const DecisionPage = 100

// A SearchPage is the start of what a search of the decision log found:
// as many as the list needs now, and how many there are in all.
type SearchPage struct {
	Rows  []data.DecisionRow // newest first
	Total int                // how many f matches
}

// Search counts the decisions f matches and returns the newest of them:
// at least want (all, if there are fewer), and as many more as it takes to
// reach the decision with id around (when f matches it). A long log is
// read as far as it is looked at, so a search costs the same in a log of
// ten years as in one of a month.
func (d *Decisions) Search(ctx context.Context, f data.DecisionFilter, want int, around int64) (SearchPage, error) {
	var p SearchPage
	var err error
	if p.Total, err = d.store.CountDecisions(ctx, f); err != nil {
		return p, err
	}
	if around != 0 {
		at, found, err := d.store.DecisionPosition(ctx, f, around)
		if err != nil {
			return p, err
		}
		if found {
			want = max(want, at+1)
		}
	}
	f.Limit, f.Offset = want, 0
	p.Rows, err = d.store.FindDecisions(ctx, f)
	return p, err
}

// Get returns one decision whole.
func (d *Decisions) Get(ctx context.Context, id int64) (data.Decision, error) {
	return d.store.Decision(ctx, id)
}

// Save adds or changes a decision.
func (d *Decisions) Save(ctx context.Context, decision *data.Decision) error {
	return d.store.SaveDecision(ctx, decision)
}

// Delete removes a decision.
func (d *Decisions) Delete(ctx context.Context, id int64) error {
	return d.store.DeleteDecision(ctx, id)
}

// Choices returns the dimensions and values a decision can name: the form's
// lists.
func (d *Decisions) Choices(ctx context.Context) ([]data.Dimension, []data.Value, error) {
	dims, err := d.store.Dimensions(ctx)
	if err != nil {
		return nil, nil, err
	}
	values, err := d.store.Values(ctx)
	return dims, values, err
}

// ReviewsDue counts the decisions whose review is due on today.
func (d *Decisions) ReviewsDue(ctx context.Context, today data.Date) (int, error) {
	return d.store.CountDecisions(ctx, data.DecisionFilter{ReviewDueOn: today})
}

// Insights are what the decision log says about the person's decisions.
type Insights struct {
	Total        int
	ByValue      charts.FeelingBars // how often each value drove (or was compromised by) a decision, by feeling
	Discomfort   []data.DecisionRow // the latest made in discomfort
	NoValue      []data.DecisionRow // the latest that named no value
	NoValueCount int
	ReviewsDue   []data.DecisionRow // reviews due today or before
}

// insightLimit is how many decisions each insight list shows.
const insightLimit = 5

// Insights works out the insights as of today.
func (d *Decisions) Insights(ctx context.Context, today data.Date) (Insights, error) {
	var in Insights
	var err error
	if in.Total, err = d.store.CountDecisions(ctx, data.DecisionFilter{}); err != nil {
		return in, err
	}
	values, err := d.store.Values(ctx)
	if err != nil {
		return in, err
	}
	counts, err := d.store.DecisionValueFeelings(ctx, data.Date{}, data.Date{})
	if err != nil {
		return in, err
	}
	in.ByValue = feelingBars(values, counts)
	if in.Discomfort, err = d.store.FindDecisions(ctx, data.DecisionFilter{Discomfort: true, Limit: insightLimit}); err != nil {
		return in, err
	}
	if in.NoValue, err = d.store.FindDecisions(ctx, data.DecisionFilter{NoValue: true, Limit: insightLimit}); err != nil {
		return in, err
	}
	if in.NoValueCount, err = d.store.CountDecisions(ctx, data.DecisionFilter{NoValue: true}); err != nil {
		return in, err
	}
	in.ReviewsDue, err = d.store.FindDecisions(ctx, data.DecisionFilter{ReviewDueOn: today})
	return in, err
}

// feelingBars turns counts per value and feeling into the chart's rows:
// values in rank order, personal first, those never named left out.
func feelingBars(values []data.Value, counts []data.ValueFeeling) charts.FeelingBars {
	byValue := map[int64]*charts.FeelingRow{}
	for _, c := range counts {
		row := byValue[c.ValueID]
		if row == nil {
			row = &charts.FeelingRow{}
			byValue[c.ValueID] = row
		}
		i := charts.NotSaid
		if c.Feeling != nil {
			i = *c.Feeling + 2
		}
		if c.Honoured {
			row.Honoured[i] += c.Count
		} else {
			row.Compromised[i] += c.Count
		}
	}
	var bars charts.FeelingBars
	for _, v := range values {
		if row := byValue[v.ID]; row != nil {
			row.Label = v.Name
			if v.Kind == data.Organisational {
				row.Label += " (org.)"
			}
			bars.Rows = append(bars.Rows, *row)
		}
	}
	return bars
}
