package data

import "strings"

// The UIDs of Contents: checked, and worked out for rows that come without
// one (an export written before they existed), the way fillUIDs works them
// out for the rows of a database, so both agree.

// validateUIDs checks that each UID given is 32 hexadecimal digits and
// used once in its list. Errors name the item as the export does.
func (c Contents) validateUIDs() error {
	type item struct {
		list string
		name string
		uid  string
	}
	var items []item
	for _, d := range c.Dimensions {
		items = append(items, item{"dimensions", d.Name, d.UID})
	}
	for _, v := range c.Values {
		items = append(items, item{"values", v.Name, v.UID})
	}
	for _, p := range c.Prompts {
		items = append(items, item{"prompts", p.Text, p.UID})
	}
	for _, r := range c.Reflections {
		items = append(items, item{"reflections", r.Date.String(), r.UID})
	}
	for _, x := range c.Contexts {
		items = append(items, item{"contexts", x.Name, x.UID})
	}
	for _, d := range c.Decisions {
		items = append(items, item{"decisions", d.Title, d.UID})
	}
	for _, s := range c.Sessions {
		items = append(items, item{"sessions", s.Date.String(), s.UID})
	}
	for _, s := range c.Sessions {
		for _, a := range s.Actions {
			items = append(items, item{"actions", a.Text, a.UID})
		}
	}
	seen := map[string]bool{}
	index := map[string]int{}
	for _, it := range items {
		i := index[it.list]
		index[it.list]++
		if it.uid == "" {
			continue
		}
		if !ValidID(it.uid) {
			return itemError(it.list, i, it.name, Errorf(EInvalid, "its id (“%s”) is not 32 hexadecimal digits", clipText(it.uid, 40)))
		}
		if key := it.list + ":" + it.uid; seen[key] {
			return itemError(it.list, i, it.name, Errorf(EConflict, "the id %s is used twice", it.uid))
		} else {
			seen[key] = true
		}
	}
	return nil
}

// withLegacyUIDs returns c with a UID for each decision, reflection,
// session and action that has none: the one fillUIDs gives the same row
// of a database (legacyUID), numbering rows that hold the same in the
// order of c. Dimensions, values, prompts and contexts without one take
// their name's when they are written. Nothing of c is changed.
func (c Contents) withLegacyUIDs() Contents {
	seen := map[string]int{}
	next := func(table string, parts ...string) string {
		key := table + "\x00" + strings.Join(parts, "\x00")
		n := seen[key]
		seen[key]++
		return legacyUID(table, n, parts...)
	}
	c.Decisions = append([]Decision(nil), c.Decisions...)
	for i, d := range c.Decisions {
		if d.UID == "" {
			c.Decisions[i].UID = next("decision", d.Date.String(), strings.TrimSpace(d.Title))
		}
	}
	c.Reflections = append([]Reflection(nil), c.Reflections...)
	for i, r := range c.Reflections {
		if r.UID == "" {
			c.Reflections[i].UID = next("reflection", r.Date.String(), strings.TrimSpace(r.Answer))
		}
	}
	c.Sessions = append([]Session(nil), c.Sessions...)
	for i, s := range c.Sessions {
		if s.UID == "" {
			c.Sessions[i].UID = next("session", s.Date.String())
		}
	}
	for i, s := range c.Sessions {
		actions := append([]Action(nil), s.Actions...)
		for j, a := range actions {
			if a.UID == "" {
				actions[j].UID = next("action", c.Sessions[i].UID, strings.TrimSpace(a.Text))
			}
		}
		c.Sessions[i].Actions = actions
	}
	return c
}
