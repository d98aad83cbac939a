package document

import (
	"strconv"
	"strings"

	"daymark/data"
)

// The values part of the export (version 3): values by kind and name, the
// alignment and its history, the prompts and reflections, the value
// contexts and their contradictions.

// Value is a value in the export.
type Value struct {
	Kind       string   `json:"kind"` // personal or organisational
	Name       string   `json:"name"`
	Meaning    string   `json:"meaning"`
	Behaviours []string `json:"behaviours"`
	Slippery   []string `json:"slippery"`
	Rank       int      `json:"rank"`
	Archived   bool     `json:"archived"`
}

// Rating is how a personal and an organisational value meet.
type Rating struct {
	Personal       string `json:"personal"`
	Organisational string `json:"organisational"`
	Rating         int    `json:"rating"`
}

// Snapshot is the alignment matrix as it stood at the end of a day.
type Snapshot struct {
	Date           string   `json:"date"`
	Personal       []string `json:"personal"`
	Organisational []string `json:"organisational"`
	Ratings        []Rating `json:"ratings"`
}

// Prompt is a guide prompt.
type Prompt struct {
	Text     string `json:"text"`
	Builtin  bool   `json:"builtin"`
	Position int    `json:"position"`
	Archived bool   `json:"archived"`
}

// Reflection is a dated answer to a prompt, named by its text.
type Reflection struct {
	Date   string `json:"date"`
	Prompt string `json:"prompt"`
	Answer string `json:"answer"`
}

// Context is a value context; parent names another, or is empty.
type Context struct {
	Name       string `json:"name"`
	Definition string `json:"definition"`
	Parent     string `json:"parent"`
	Position   int    `json:"position"`
}

// Contradiction marks two contexts, by name, as contradicting.
type Contradiction struct {
	First  string `json:"first"`
	Second string `json:"second"`
	Note   string `json:"note"`
}

// lines splits a text of one item a line into a list ("" is none).
func lines(text string) []string {
	if text == "" {
		return []string{}
	}
	return strings.Split(text, "\n")
}

// addValues fills the values part of doc from c.
func (doc *Export) addValues(c data.Contents) {
	names := map[int64]string{}
	doc.Values = make([]Value, 0, len(c.Values))
	for _, v := range c.Values {
		names[v.ID] = v.Name
		doc.Values = append(doc.Values, Value{Kind: string(v.Kind), Name: v.Name, Meaning: v.Meaning,
			Behaviours: lines(v.Behaviours), Slippery: lines(v.Slippery), Rank: v.Rank, Archived: v.Archived})
	}
	rating := func(r data.Rating) Rating {
		return Rating{Personal: names[r.PersonalID], Organisational: names[r.OrganisationalID], Rating: r.Rating}
	}
	doc.Alignment = make([]Rating, 0, len(c.Ratings))
	for _, r := range c.Ratings {
		doc.Alignment = append(doc.Alignment, rating(r))
	}
	doc.AlignmentHistory = make([]Snapshot, 0, len(c.Snapshots))
	for _, sn := range c.Snapshots {
		ds := Snapshot{Date: sn.Date.String(), Personal: []string{}, Organisational: []string{}, Ratings: []Rating{}}
		for _, id := range sn.Matrix.Personal {
			ds.Personal = append(ds.Personal, names[id])
		}
		for _, id := range sn.Matrix.Organisational {
			ds.Organisational = append(ds.Organisational, names[id])
		}
		for _, r := range sn.Matrix.Ratings {
			ds.Ratings = append(ds.Ratings, rating(r))
		}
		doc.AlignmentHistory = append(doc.AlignmentHistory, ds)
	}
	prompts := map[int64]string{}
	doc.Prompts = make([]Prompt, 0, len(c.Prompts))
	for _, p := range c.Prompts {
		prompts[p.ID] = p.Text
		doc.Prompts = append(doc.Prompts, Prompt{Text: p.Text, Builtin: p.Builtin, Position: p.Position, Archived: p.Archived})
	}
	doc.Reflections = make([]Reflection, 0, len(c.Reflections))
	for _, r := range c.Reflections {
		doc.Reflections = append(doc.Reflections, Reflection{Date: r.Date.String(), Prompt: prompts[r.PromptID], Answer: r.Answer})
	}
	contexts := map[int64]string{}
	for _, x := range c.Contexts {
		contexts[x.ID] = x.Name
	}
	doc.Contexts = make([]Context, 0, len(c.Contexts))
	for _, x := range c.Contexts {
		doc.Contexts = append(doc.Contexts, Context{Name: x.Name, Definition: x.Definition, Parent: contexts[x.ParentID], Position: x.Position})
	}
	doc.Contradictions = make([]Contradiction, 0, len(c.Contradictions))
	for _, x := range c.Contradictions {
		doc.Contradictions = append(doc.Contradictions, Contradiction{First: contexts[x.FirstID], Second: contexts[x.SecondID], Note: x.Note})
	}
}

// valueContents maps the values part of doc onto c, numbering items in file
// order and resolving names.
func (doc Export) valueContents(c *data.Contents) error {
	ids := valueIDs{}
	for i, v := range doc.Values {
		id := int64(i + 1)
		c.Values = append(c.Values, data.Value{ID: id, Kind: data.Kind(v.Kind), Name: v.Name, Meaning: v.Meaning,
			Behaviours: strings.Join(v.Behaviours, "\n"), Slippery: strings.Join(v.Slippery, "\n"), Rank: v.Rank, Archived: v.Archived})
		ids[valueKey(data.Kind(v.Kind), v.Name)] = id
	}
	if err := doc.alignmentContents(c, ids); err != nil {
		return err
	}
	if err := doc.reflectionContents(c); err != nil {
		return err
	}
	return doc.contextContents(c)
}

// valueIDs are the file's values by kind and name (see valueKey).
type valueIDs map[string]int64

func valueKey(kind data.Kind, name string) string { return string(kind) + "\x00" + name }

// value returns the id of the value of kind named name, or where the file
// names one it does not hold.
func (ids valueIDs) value(where string, kind data.Kind, name string) (int64, error) {
	if id, ok := ids[valueKey(kind, name)]; ok {
		return id, nil
	}
	return 0, data.Errorf(data.EInvalid, "%s: “%s” is not one of the file's %s values", where, name, kind)
}

// rating resolves the two values a rating names.
func (ids valueIDs) rating(where string, r Rating) (data.Rating, error) {
	p, err := ids.value(where, data.Personal, r.Personal)
	if err != nil {
		return data.Rating{}, err
	}
	o, err := ids.value(where, data.Organisational, r.Organisational)
	return data.Rating{PersonalID: p, OrganisationalID: o, Rating: r.Rating}, err
}

// alignmentContents maps the ratings and their history onto c.
func (doc Export) alignmentContents(c *data.Contents, ids valueIDs) error {
	for i, r := range doc.Alignment {
		x, err := ids.rating(at("alignment", i), r)
		if err != nil {
			return err
		}
		c.Ratings = append(c.Ratings, x)
	}
	for i, ds := range doc.AlignmentHistory {
		sn, err := ds.snapshot(at("alignment_history", i), ids)
		if err != nil {
			return err
		}
		c.Snapshots = append(c.Snapshots, sn)
	}
	return nil
}

// snapshot resolves the names of a snapshot of the matrix.
func (ds Snapshot) snapshot(where string, ids valueIDs) (data.Snapshot, error) {
	date, err := data.ParseDate(ds.Date)
	if err != nil {
		return data.Snapshot{}, data.Errorf(data.EInvalid, "%s: %s", where, data.ErrorMessage(err))
	}
	sn := data.Snapshot{Date: date, Matrix: data.Matrix{Personal: []int64{}, Organisational: []int64{}, Ratings: []data.Rating{}}}
	for _, name := range ds.Personal {
		id, err := ids.value(where, data.Personal, name)
		if err != nil {
			return sn, err
		}
		sn.Matrix.Personal = append(sn.Matrix.Personal, id)
	}
	for _, name := range ds.Organisational {
		id, err := ids.value(where, data.Organisational, name)
		if err != nil {
			return sn, err
		}
		sn.Matrix.Organisational = append(sn.Matrix.Organisational, id)
	}
	for _, r := range ds.Ratings {
		x, err := ids.rating(where, r)
		if err != nil {
			return sn, err
		}
		sn.Matrix.Ratings = append(sn.Matrix.Ratings, x)
	}
	return sn, nil
}

// reflectionContents maps the prompts (the defaults for an export from
// before prompts) and the answers to them onto c.
func (doc Export) reflectionContents(c *data.Contents) error {
	docPrompts := doc.Prompts
	if len(docPrompts) == 0 { // an export from before prompts: the defaults
		for i, text := range data.DefaultPrompts {
			docPrompts = append(docPrompts, Prompt{Text: text, Builtin: true, Position: i + 1})
		}
	}
	prompts := map[string]int64{}
	for i, p := range docPrompts {
		id := int64(i + 1)
		c.Prompts = append(c.Prompts, data.Prompt{ID: id, Text: p.Text, Builtin: p.Builtin, Position: p.Position, Archived: p.Archived})
		prompts[p.Text] = id
	}
	for i, r := range doc.Reflections {
		date, err := data.ParseDate(r.Date)
		if err != nil {
			return data.Errorf(data.EInvalid, "%s: %s", at("reflections", i), data.ErrorMessage(err))
		}
		id, ok := prompts[r.Prompt]
		if !ok {
			return data.Errorf(data.EInvalid, "%s: it answers “%s”, which is not one of the file's prompts", at("reflections", i), r.Prompt)
		}
		c.Reflections = append(c.Reflections, data.Reflection{ID: int64(i + 1), PromptID: id, Date: date, Answer: r.Answer})
	}
	return nil
}

// contextContents maps the value contexts, inside each other, and their
// contradictions onto c.
func (doc Export) contextContents(c *data.Contents) error {
	contexts := map[string]int64{}
	for i, x := range doc.Contexts {
		contexts[x.Name] = int64(i + 1)
	}
	for i, x := range doc.Contexts {
		parent := int64(0)
		if x.Parent != "" {
			var ok bool
			if parent, ok = contexts[x.Parent]; !ok {
				return data.Errorf(data.EInvalid, "%s (%s): it sits in “%s”, which is not one of the file's contexts", at("contexts", i), x.Name, x.Parent)
			}
		}
		c.Contexts = append(c.Contexts, data.ValueContext{ID: int64(i + 1), Name: x.Name, Definition: x.Definition, ParentID: parent, Position: x.Position})
	}
	for i, x := range doc.Contradictions {
		first, ok1 := contexts[x.First]
		second, ok2 := contexts[x.Second]
		if !ok1 || !ok2 {
			return data.Errorf(data.EInvalid, "%s: it names a context that is not in the file", at("contradictions", i))
		}
		c.Contradictions = append(c.Contradictions, data.Contradiction{FirstID: first, SecondID: second, Note: x.Note})
	}
	return nil
}

func at(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }
