package app

import (
	"bufio"
	"context"
	"io"
	"sort"
	"strings"
	"sync"

	"daymark/app/document"
	"daymark/assets"
	"daymark/data"
)

// Values is the Values screen's use cases: the person's values and their
// organisation's, how they align, the reflections and the value contexts.
type Values struct {
	store *data.Store
	// Today is the day snapshots are kept for; data.Today unless set
	// (tests set their own).
	Today func() data.Date
}

// NewValues returns the values use cases over store.
func NewValues(store *data.Store) *Values { return &Values{store: store, Today: data.Today} }

// List returns every value, personal first, each kind by rank.
func (v *Values) List(ctx context.Context) ([]data.Value, error) { return v.store.Values(ctx) }

// Create adds a value at the end of its kind.
func (v *Values) Create(ctx context.Context, value *data.Value) error {
	return v.store.CreateValue(ctx, value, v.Today())
}

// Update saves a value's name, texts and archived state.
func (v *Values) Update(ctx context.Context, value data.Value) error {
	return v.store.UpdateValue(ctx, value, v.Today())
}

// Move moves a value up (delta < 0) or down its kind's ranking.
func (v *Values) Move(ctx context.Context, value data.Value, delta int) error {
	all, err := v.store.Values(ctx)
	if err != nil {
		return err
	}
	var ids []int64
	from := -1
	for _, x := range all {
		if x.Kind == value.Kind {
			if x.ID == value.ID {
				from = len(ids)
			}
			ids = append(ids, x.ID)
		}
	}
	if from < 0 {
		return data.Errorf(data.ENotFound, "that value no longer exists")
	}
	return v.store.RankValues(ctx, value.Kind, moved(ids, from, delta))
}

// moved returns ids with the one at from moved by delta, kept in bounds.
func moved(ids []int64, from, delta int) []int64 {
	to := min(max(from+delta, 0), len(ids)-1)
	out := append([]int64{}, ids[:from]...)
	out = append(out, ids[from+1:]...)
	return append(out[:to], append([]int64{ids[from]}, out[to:]...)...)
}

// ExportCSV writes the values as CSV (see ExportValuesCSV).
func (v *Values) ExportCSV(ctx context.Context, w io.Writer) error {
	return document.ExportValuesCSV(ctx, v.store, w)
}

// Rate sets how a pair of values meets, or clears it when rated is false.
func (v *Values) Rate(ctx context.Context, r data.Rating, rated bool) error {
	return v.store.Rate(ctx, r, rated, v.Today())
}

// Alignment reads what the alignment figures need.
func (v *Values) Alignment(ctx context.Context) (Alignment, error) {
	values, err := v.store.Values(ctx)
	if err != nil {
		return Alignment{}, err
	}
	ratings, err := v.store.Ratings(ctx)
	if err != nil {
		return Alignment{}, err
	}
	snaps, err := v.store.Snapshots(ctx)
	if err != nil {
		return Alignment{}, err
	}
	return NewAlignment(values, ratings, snaps), nil
}

// Prompts returns every prompt, in order.
func (v *Values) Prompts(ctx context.Context) ([]data.Prompt, error) { return v.store.Prompts(ctx) }

// SavePrompt adds or changes a prompt.
func (v *Values) SavePrompt(ctx context.Context, p *data.Prompt) error {
	return v.store.SavePrompt(ctx, p)
}

// Reflections returns every answer, newest first.
func (v *Values) Reflections(ctx context.Context) ([]data.Reflection, error) {
	return v.store.Reflections(ctx)
}

// SaveReflection adds or changes an answer.
func (v *Values) SaveReflection(ctx context.Context, r *data.Reflection) error {
	return v.store.SaveReflection(ctx, r)
}

// DeleteReflection removes an answer.
func (v *Values) DeleteReflection(ctx context.Context, id int64) error {
	return v.store.DeleteReflection(ctx, id)
}

// Contexts returns the value contexts and the contradictions between them.
func (v *Values) Contexts(ctx context.Context) ([]data.ValueContext, []data.Contradiction, error) {
	cs, err := v.store.Contexts(ctx)
	if err != nil {
		return nil, nil, err
	}
	xs, err := v.store.Contradictions(ctx)
	return cs, xs, err
}

// SaveContext adds or changes a value context.
func (v *Values) SaveContext(ctx context.Context, c *data.ValueContext) error {
	return v.store.SaveContext(ctx, c)
}

// DeleteContext removes a value context and its contradictions.
func (v *Values) DeleteContext(ctx context.Context, id int64) error {
	return v.store.DeleteContext(ctx, id)
}

// SetContradiction marks (or clears) two contexts as contradicting.
func (v *Values) SetContradiction(ctx context.Context, c data.Contradiction, marked bool) error {
	return v.store.SetContradiction(ctx, c, marked)
}

// StarterValue is a value word from Daymark's starter list.
type StarterValue struct {
	Name, Meaning string
}

// Starter returns the starter list of value words, by name.
var Starter = sync.OnceValue(func() []StarterValue {
	var out []StarterValue
	scan := bufio.NewScanner(strings.NewReader(assets.StarterValues))
	for scan.Scan() {
		line := strings.TrimSpace(scan.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, meaning, _ := strings.Cut(line, ":")
		out = append(out, StarterValue{Name: strings.TrimSpace(name), Meaning: strings.TrimSpace(meaning)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
})

// SearchStarter returns the starter values whose name or meaning holds
// every word of query, ignoring case.
func SearchStarter(query string) []StarterValue {
	words := strings.Fields(strings.ToLower(query))
	var out []StarterValue
	for _, s := range Starter() {
		text := strings.ToLower(s.Name + " " + s.Meaning)
		all := true
		for _, w := range words {
			all = all && strings.Contains(text, w)
		}
		if all {
			out = append(out, s)
		}
	}
	return out
}
