package data

import (
	"context"
	"sort"
)

// The records that join by name: dimensions, values, prompts and value
// contexts, each known by its UID (its name's, when it was made).

func readDimensions(ctx context.Context, q queryer, _ *refs, sel selection) (map[string]fields, error) {
	ds, err := queryDimensions(ctx, q)
	out := map[string]fields{}
	for _, d := range ds {
		if d.UID != "" && sel.has(d.UID) {
			out[d.UID] = fields{"name": jsonText(d.Name), "description": jsonText(d.Description), "colour": jsonText(d.Colour),
				"position": jsonInt(int64(d.Position)), "archived": jsonBool(d.Archived)}
		}
	}
	return out, err
}

func writeDimension(w *recordWriter, uid string, f fieldSet) error {
	defer w.refs.forget("dimension")
	if f.deleted() {
		return w.deleteOrArchive("dimension", uid)
	}
	name, ok1 := f.text("name")
	description, ok2 := f.text("description")
	colour, ok3 := f.text("colour")
	position, _, ok4 := f.number("position")
	archived, ok5 := f.flag("archived")
	if !(ok1 && ok2 && ok3 && ok4 && ok5) {
		return badField("dimension", uid, "")
	}
	d := Dimension{UID: uid, Name: name, Description: description, Colour: colour, Position: int(position), Archived: archived}
	d.Normalize()
	if err := d.Validate(); err != nil {
		return Errorf(EInvalid, "the dimension “%s”: %s", d.Name, ErrorMessage(err))
	}
	var err error
	if d.Name, err = w.uniqueName("dimension", "dimension", "name", uid, d.Name, MaxDimensionName, "SELECT uid, name FROM dimension"); err != nil {
		return err
	}
	return w.exec(`INSERT INTO dimension (uid, name, description, colour, position, archived) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (uid) DO UPDATE SET name = excluded.name, description = excluded.description, colour = excluded.colour,
		position = excluded.position, archived = excluded.archived`, uid, d.Name, d.Description, d.Colour, d.Position, d.Archived)
}

func readValues(ctx context.Context, q queryer, _ *refs, sel selection) (map[string]fields, error) {
	vs, err := queryValues(ctx, q)
	out := map[string]fields{}
	for _, v := range vs {
		if v.UID != "" && sel.has(v.UID) {
			out[v.UID] = fields{"kind": jsonText(string(v.Kind)), "name": jsonText(v.Name), "meaning": jsonText(v.Meaning),
				"behaviours": jsonText(v.Behaviours), "slippery": jsonText(v.Slippery), "rank": jsonInt(int64(v.Rank)), "archived": jsonBool(v.Archived)}
		}
	}
	return out, err
}

func writeValue(w *recordWriter, uid string, f fieldSet) error {
	defer w.refs.forget("value")
	if f.deleted() {
		return w.deleteOrArchive("value", uid)
	}
	kind, ok1 := f.text("kind")
	name, ok2 := f.text("name")
	meaning, ok3 := f.text("meaning")
	behaviours, ok4 := f.text("behaviours")
	slippery, ok5 := f.text("slippery")
	rank, _, ok6 := f.number("rank")
	archived, ok7 := f.flag("archived")
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7) {
		return badField("value", uid, "")
	}
	v := Value{UID: uid, Kind: Kind(kind), Name: name, Meaning: meaning, Behaviours: behaviours, Slippery: slippery, Rank: int(rank), Archived: archived}
	v.Normalize()
	if err := v.Validate(); err != nil {
		return Errorf(EInvalid, "the value “%s”: %s", v.Name, ErrorMessage(err))
	}
	var err error
	if v.Name, err = w.uniqueName("value", "value", "name", uid, v.Name, MaxValueName, "SELECT uid, name FROM value WHERE kind = ?", v.Kind); err != nil {
		return err
	}
	return w.exec(`INSERT INTO value (uid, kind, name, meaning, behaviours, slippery, rank, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (uid) DO UPDATE SET kind = excluded.kind, name = excluded.name, meaning = excluded.meaning, behaviours = excluded.behaviours,
		slippery = excluded.slippery, rank = excluded.rank, archived = excluded.archived`,
		uid, v.Kind, v.Name, v.Meaning, v.Behaviours, v.Slippery, v.Rank, v.Archived)
}

func readPrompts(ctx context.Context, q queryer, _ *refs, sel selection) (map[string]fields, error) {
	ps, err := queryPrompts(ctx, q)
	out := map[string]fields{}
	for _, p := range ps {
		if p.UID != "" && sel.has(p.UID) {
			out[p.UID] = fields{"text": jsonText(p.Text), "builtin": jsonBool(p.Builtin), "position": jsonInt(int64(p.Position)), "archived": jsonBool(p.Archived)}
		}
	}
	return out, err
}

func writePrompt(w *recordWriter, uid string, f fieldSet) error {
	defer w.refs.forget("prompt")
	if f.deleted() {
		return w.deleteOrArchive("prompt", uid)
	}
	text, ok1 := f.text("text")
	builtin, ok2 := f.flag("builtin")
	position, _, ok3 := f.number("position")
	archived, ok4 := f.flag("archived")
	if !(ok1 && ok2 && ok3 && ok4) {
		return badField("prompt", uid, "")
	}
	p := Prompt{UID: uid, Text: text, Builtin: builtin, Position: int(position), Archived: archived}
	if err := p.Validate(); err != nil {
		return Errorf(EInvalid, "a prompt: %s", ErrorMessage(err))
	}
	var err error
	if p.Text, err = w.uniqueName("prompt", "prompt", "text", uid, p.Text, MaxPrompt, "SELECT uid, text FROM prompt"); err != nil {
		return err
	}
	return w.exec(`INSERT INTO prompt (uid, text, builtin, position, archived) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (uid) DO UPDATE SET text = excluded.text, builtin = excluded.builtin, position = excluded.position, archived = excluded.archived`,
		uid, p.Text, p.Builtin, p.Position, p.Archived)
}

func readContexts(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	cs, err := queryContexts(ctx, q)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, c := range cs {
		if c.UID == "" || !sel.has(c.UID) {
			continue
		}
		parent, err := r.uid("context", c.ParentID)
		if err != nil {
			return nil, err
		}
		out[c.UID] = fields{"name": jsonText(c.Name), "definition": jsonText(c.Definition), "parent": jsonRef(parent), "position": jsonInt(int64(c.Position))}
	}
	return out, nil
}

// writeContext writes a context but the one it sits in, which finish sets
// once every context of the batch is there.
func writeContext(w *recordWriter, uid string, f fieldSet) error {
	defer w.refs.forget("context")
	if f.deleted() {
		delete(w.parents, uid)
		return w.exec("DELETE FROM context WHERE uid = ?", uid)
	}
	name, ok1 := f.text("name")
	definition, ok2 := f.text("definition")
	parent, ok3 := f.text("parent")
	position, _, ok4 := f.number("position")
	if !(ok1 && ok2 && ok3 && ok4) {
		return badField("context", uid, "")
	}
	c := ValueContext{UID: uid, Name: name, Definition: definition, Position: int(position)}
	if err := c.Validate(); err != nil {
		return Errorf(EInvalid, "the context “%s”: %s", c.Name, ErrorMessage(err))
	}
	var err error
	if c.Name, err = w.uniqueName("context", "context", "name", uid, c.Name, MaxContextName, "SELECT uid, name FROM context"); err != nil {
		return err
	}
	w.parents[uid] = parent
	return w.exec(`INSERT INTO context (uid, name, definition, position) VALUES (?, ?, ?, ?)
		ON CONFLICT (uid) DO UPDATE SET name = excluded.name, definition = excluded.definition, position = excluded.position`,
		uid, c.Name, c.Definition, c.Position)
}

// finishContexts sets the context each context written sits in (none when
// it is not there), then breaks any loop a merge made (one context inside
// another inside it): in each loop the context with the greatest UID no
// longer sits in anything, as a repair.
func finishContexts(w *recordWriter) error {
	uids := make([]string, 0, len(w.parents))
	for uid := range w.parents {
		uids = append(uids, uid)
	}
	sort.Strings(uids)
	for _, uid := range uids {
		id, ok, err := w.refs.id("context", w.parents[uid])
		if err != nil {
			return err
		}
		if !ok || id == 0 {
			id = 0 // it sits in a context that is not here: in none
		}
		if err := w.exec("UPDATE context SET parent_id = ? WHERE uid = ?", nullID(id), uid); err != nil {
			return err
		}
	}
	w.parents = map[string]string{}
	all, err := queryContexts(w.ctx, w.tx)
	if err != nil {
		return err
	}
	parent := map[int64]int64{}
	uidOf := map[int64]string{}
	for _, c := range all {
		parent[c.ID], uidOf[c.ID] = c.ParentID, c.UID
	}
	for _, c := range all {
		// Walk up from c; a walk longer than the list is a loop.
		loop := []int64{}
		seen := map[int64]bool{}
		for p := c.ID; p != 0 && !seen[p]; p = parent[p] {
			seen[p] = true
			loop = append(loop, p)
		}
		if p := parent[loop[len(loop)-1]]; p == 0 || !seen[p] {
			continue
		}
		// The loop is the part of the walk from the repeated context on.
		start := parent[loop[len(loop)-1]]
		worst := start
		for p := parent[start]; p != start; p = parent[p] {
			if uidOf[p] > uidOf[worst] {
				worst = p
			}
		}
		old, err := w.stored("context", uidOf[worst], "parent")
		if err != nil {
			return err
		}
		if err := w.repair("context", uidOf[worst], "parent", old, jsonNull, "a context cannot sit inside a context that sits inside it"); err != nil {
			return err
		}
		if err := w.exec("UPDATE context SET parent_id = NULL WHERE id = ?", worst); err != nil {
			return err
		}
		parent[worst] = 0
	}
	return nil
}
