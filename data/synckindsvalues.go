package data

import (
	"context"
	"strings"
)

// The records of values besides the values themselves: the alignment of a
// pair (known by its personal and organisational UIDs), the alignment
// snapshots (by date), the reflections and the contradictions between
// contexts (by the pair of their UIDs, in order).

func readAlignment(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	rs, err := queryRatings(ctx, q)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, x := range rs {
		p, err1 := r.uid("value", x.PersonalID)
		o, err2 := r.uid("value", x.OrganisationalID)
		if err := firstErr(err1, err2); err != nil {
			return nil, err
		}
		if key := p + ":" + o; sel.has(key) {
			out[key] = fields{"rating": jsonInt(int64(x.Rating))}
		}
	}
	return out, nil
}

// pairOf returns the two UIDs of a record known by a pair.
func pairOf(record string) (string, string, bool) {
	a, b, ok := strings.Cut(record, ":")
	return a, b, ok && ValidID(a) && ValidID(b)
}

func writeAlignment(w *recordWriter, record string, f fieldSet) error {
	p, o, ok := pairOf(record)
	if !ok {
		return badField("alignment", record, "")
	}
	pid, okP, err1 := w.refs.id("value", p)
	oid, okO, err2 := w.refs.id("value", o)
	if err := firstErr(err1, err2); err != nil || !okP || !okO {
		return err // a value that is not here: nothing to rate
	}
	rating, set, ok := f.number("rating")
	if !ok || (Rating{PersonalID: pid, OrganisationalID: oid, Rating: int(rating)}).Validate() != nil {
		return badField("alignment", record, "rating")
	}
	if !set {
		return w.exec("DELETE FROM alignment WHERE personal_id = ? AND organisational_id = ?", pid, oid)
	}
	return w.exec(`INSERT INTO alignment (personal_id, organisational_id, rating) VALUES (?, ?, ?)
		ON CONFLICT (personal_id, organisational_id) DO UPDATE SET rating = excluded.rating`, pid, oid, rating)
}

// syncMatrix is a snapshot's matrix with values by UID.
type syncMatrix struct {
	Personal       []string     `json:"personal"`
	Organisational []string     `json:"organisational"`
	Ratings        []syncRating `json:"ratings"`
}

type syncRating struct {
	Personal       string `json:"p"`
	Organisational string `json:"o"`
	Rating         int    `json:"r"`
}

func readSnapshots(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	sns, err := querySnapshots(ctx, q)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, sn := range sns {
		if !sel.has(sn.Date.String()) {
			continue
		}
		m := syncMatrix{Personal: []string{}, Organisational: []string{}, Ratings: []syncRating{}}
		for _, ids := range []struct {
			from []int64
			to   *[]string
		}{{sn.Matrix.Personal, &m.Personal}, {sn.Matrix.Organisational, &m.Organisational}} {
			for _, id := range ids.from {
				if uid, err := r.uid("value", id); err != nil {
					return nil, err
				} else if uid != "" {
					*ids.to = append(*ids.to, uid)
				}
			}
		}
		for _, x := range sn.Matrix.Ratings {
			p, err1 := r.uid("value", x.PersonalID)
			o, err2 := r.uid("value", x.OrganisationalID)
			if err := firstErr(err1, err2); err != nil {
				return nil, err
			}
			if p != "" && o != "" {
				m.Ratings = append(m.Ratings, syncRating{p, o, x.Rating})
			}
		}
		out[sn.Date.String()] = fields{"matrix": jsonOf(m)}
	}
	return out, nil
}

func writeSnapshot(w *recordWriter, record string, f fieldSet) error {
	date, err := ParseDate(record)
	if err != nil {
		return badField("snapshot", record, "")
	}
	var m *syncMatrix
	if !f.decode("matrix", &m) {
		return badField("snapshot", record, "matrix")
	}
	if m == nil {
		return w.exec("DELETE FROM alignment_snapshot WHERE date = ?", record)
	}
	out := Matrix{Personal: []int64{}, Organisational: []int64{}, Ratings: []Rating{}}
	for _, ids := range []struct {
		from []string
		to   *[]int64
	}{{m.Personal, &out.Personal}, {m.Organisational, &out.Organisational}} {
		for _, uid := range ids.from {
			if id, ok, err := w.refs.id("value", uid); err != nil {
				return err
			} else if ok {
				*ids.to = append(*ids.to, id)
			}
		}
	}
	for _, x := range m.Ratings {
		p, okP, err1 := w.refs.id("value", x.Personal)
		o, okO, err2 := w.refs.id("value", x.Organisational)
		if err := firstErr(err1, err2); err != nil {
			return err
		}
		if okP && okO {
			out.Ratings = append(out.Ratings, Rating{p, o, x.Rating})
		}
	}
	return saveSnapshot(w.ctx, w.tx, Snapshot{Date: date, Matrix: out})
}

func readReflections(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	cond, args := sel.where("uid")
	rs, err := queryReflections(ctx, q, "WHERE "+cond, args...)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, x := range rs {
		prompt, err := r.uid("prompt", x.PromptID)
		if err != nil {
			return nil, err
		}
		out[x.UID] = fields{"prompt": jsonRef(prompt), "date": jsonText(x.Date.String()), "answer": jsonText(x.Answer)}
	}
	return out, nil
}

func writeReflection(w *recordWriter, uid string, f fieldSet) error {
	if f.deleted() {
		return w.exec("DELETE FROM reflection WHERE uid = ?", uid)
	}
	prompt, ok1 := f.text("prompt")
	date, ok2 := f.text("date")
	answer, ok3 := f.text("answer")
	d, err := ParseDate(date)
	if !(ok1 && ok2 && ok3) || err != nil {
		return badField("reflection", uid, "")
	}
	pid, ok, err := w.refs.id("prompt", prompt)
	if err != nil || !ok {
		return err // an answer to a prompt that is not here: left out
	}
	x := Reflection{UID: uid, PromptID: pid, Date: d, Answer: strings.TrimSpace(answer)}
	if err := x.Validate(); err != nil {
		return Errorf(EInvalid, "an answer of %s: %s", d, ErrorMessage(err))
	}
	return w.exec(`INSERT INTO reflection (uid, prompt_id, date, answer) VALUES (?, ?, ?, ?)
		ON CONFLICT (uid) DO UPDATE SET prompt_id = excluded.prompt_id, date = excluded.date, answer = excluded.answer`,
		uid, pid, date, x.Answer)
}

func readContradictions(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	cs, err := queryContradictions(ctx, q)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, c := range cs {
		a, err1 := r.uid("context", c.FirstID)
		b, err2 := r.uid("context", c.SecondID)
		if err := firstErr(err1, err2); err != nil {
			return nil, err
		}
		if a > b {
			a, b = b, a
		}
		if key := a + ":" + b; sel.has(key) {
			out[key] = fields{"note": jsonText(c.Note)}
		}
	}
	return out, nil
}

func writeContradiction(w *recordWriter, record string, f fieldSet) error {
	a, b, ok := pairOf(record)
	if !ok {
		return badField("contradiction", record, "")
	}
	first, okA, err1 := w.refs.id("context", a)
	second, okB, err2 := w.refs.id("context", b)
	if err := firstErr(err1, err2); err != nil || !okA || !okB {
		return err // a context that is not here: nothing to mark
	}
	c := Contradiction{FirstID: first, SecondID: second}.Pair()
	if f.deleted() {
		return w.exec("DELETE FROM contradiction WHERE first_id = ? AND second_id = ?", c.FirstID, c.SecondID)
	}
	note, ok := f.text("note")
	if c.Note = note; !ok || c.Validate() != nil {
		return badField("contradiction", record, "note")
	}
	return insertContradiction(w.ctx, w.tx, c)
}

// firstErr returns the first error that is not nil.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
