package data

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// Plans and their reviews as records, each known by its date: target
// versions (a field of minutes per dimension), the focus, the versions of
// the ideal week (a field per day of the week and dimension) and the
// weekly reviews.

// minutesFields writes minutes by dimension as fields prefix+UID, zeros
// left out.
func minutesFields(f fields, r *refs, prefix string, minutes map[int64]int) error {
	for id, m := range minutes {
		if m == 0 {
			continue
		}
		uid, err := r.uid("dimension", id)
		if err != nil {
			return err
		}
		if uid != "" {
			f[prefix+uid] = jsonInt(int64(m))
		}
	}
	return nil
}

// minutesOf reads the fields prefix+UID of f: the minutes by field name
// (of dimensions that are here), and the dimension of each field.
func (w *recordWriter) minutesOf(kind, record string, f fieldSet, prefix string) (map[string]int, map[string]int64, error) {
	minutes, dims := map[string]int{}, map[string]int64{}
	for _, name := range f.names() {
		uid, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		m, set, good := f.number(name)
		if !good || m < 0 || m > MinutesPerDay {
			return nil, nil, badField(kind, record, name)
		}
		id, there, err := w.refs.id("dimension", uid)
		if err != nil {
			return nil, nil, err
		}
		if set && there && m > 0 {
			minutes[name], dims[name] = int(m), id
		}
	}
	return minutes, dims, nil
}

// byID returns minutes by field as minutes by dimension.
func byID(minutes map[string]int, dims map[string]int64) map[int64]int {
	out := map[int64]int{}
	for name, m := range minutes {
		if m > 0 {
			out[dims[name]] += m
		}
	}
	return out
}

func readTargets(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	ts, err := queryTargets(ctx, q)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, t := range ts {
		if !sel.has(t.From.String()) {
			continue
		}
		f := fields{}
		if err := minutesFields(f, r, "minutes.", t.Minutes); err != nil {
			return nil, err
		}
		out[t.From.String()] = f
	}
	return out, nil
}

func writeTarget(w *recordWriter, record string, f fieldSet) error {
	from, err := ParseDate(record)
	if err != nil {
		return badField("target", record, "")
	}
	minutes, dims, err := w.minutesOf("target", record, f, "minutes.")
	if err != nil {
		return err
	}
	if err := w.fit("target", record, f, minutes, nil, "the targets from "+record); err != nil {
		return err
	}
	known, err := dimensionIDs(w.ctx, w.tx)
	if err != nil {
		return err
	}
	return saveTarget(w.ctx, w.tx, known, Target{From: from, Minutes: byID(minutes, dims)})
}

func readFocus(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	fs, err := queryFocus(ctx, q)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, x := range fs {
		if !sel.has(x.Started.String()) {
			continue
		}
		dim, err := r.uid("dimension", x.DimensionID)
		if err != nil {
			return nil, err
		}
		out[x.Started.String()] = fields{"dimension": jsonRef(dim), "reason": jsonText(x.Reason)}
	}
	return out, nil
}

func writeFocus(w *recordWriter, record string, f fieldSet) error {
	started, err := ParseDate(record)
	if err != nil {
		return badField("focus", record, "")
	}
	if f.deleted() {
		return w.exec("DELETE FROM focus WHERE started = ?", record)
	}
	dim, ok1 := f.text("dimension")
	reason, ok2 := f.text("reason")
	if !ok1 || !ok2 {
		return badField("focus", record, "")
	}
	id, there, err := w.refs.id("dimension", dim)
	if err != nil || !there {
		return err // a focus on a dimension that is not here: left out
	}
	x := Focus{Started: started, DimensionID: id, Reason: reason}
	if err := x.Validate(); err != nil {
		return Errorf(EInvalid, "the focus from %s: %s", record, ErrorMessage(err))
	}
	return setFocus(w.ctx, w.tx, map[int64]bool{id: true}, x)
}

func readIdealWeeks(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	ws, err := queryIdealWeeks(ctx, q)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, iw := range ws {
		if !sel.has(iw.From.String()) {
			continue
		}
		f := fields{}
		for day, minutes := range iw.Minutes {
			if err := minutesFields(f, r, strconv.Itoa(day)+".", minutes); err != nil {
				return nil, err
			}
		}
		out[iw.From.String()] = f
	}
	return out, nil
}

func writeIdealWeek(w *recordWriter, record string, f fieldSet) error {
	from, err := ParseDate(record)
	if err != nil {
		return badField("ideal_week", record, "")
	}
	if f.deleted() {
		return w.exec("DELETE FROM ideal_week WHERE effective_from = ?", record)
	}
	iw := NewIdealWeek(from)
	for day := range iw.Minutes {
		minutes, dims, err := w.minutesOf("ideal_week", record, f, strconv.Itoa(day)+".")
		if err != nil {
			return err
		}
		what := "the ideal " + time.Weekday(day).String() + " from " + record
		if err := w.fit("ideal_week", record, f, minutes, nil, what); err != nil {
			return err
		}
		iw.Minutes[day] = byID(minutes, dims)
	}
	known, err := dimensionIDs(w.ctx, w.tx)
	if err != nil {
		return err
	}
	return saveIdealWeek(w.ctx, w.tx, known, iw)
}

// syncReviewAction is a review's action as a review record holds it.
type syncReviewAction struct {
	Text      string `json:"text"`
	Due       string `json:"due"`
	Done      bool   `json:"done"`
	CarriedTo string `json:"carried_to"`
}

// syncAnswer is a review's answer as a review record holds it.
type syncAnswer struct {
	Prompt string `json:"prompt"`
	Answer string `json:"answer"`
}

func readReviews(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	cond, args := sel.where("week_from")
	reviews, err := queryReviews(ctx, q, "WHERE "+cond, args...)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, x := range reviews {
		dim, err := r.uid("dimension", x.Focus.DimensionID)
		if err != nil {
			return nil, err
		}
		figures, err := frozenJSON(x.Figures)
		if err != nil {
			return nil, err
		}
		answers := []syncAnswer{}
		for _, a := range x.Answers {
			answers = append(answers, syncAnswer{a.Prompt, a.Answer})
		}
		actions := []syncReviewAction{}
		for _, a := range x.Actions {
			actions = append(actions, syncReviewAction{Text: a.Text, Due: a.Due.String(), Done: a.Done, CarriedTo: a.CarriedTo.String()})
		}
		out[x.From.String()] = fields{"week_to": jsonText(x.To.String()), "saved_at": jsonText(stamp(x.SavedAt)), "focus_dimension": jsonRef(dim),
			"focus_kept": jsonBool(x.Focus.Kept), "focus_reason": jsonText(x.Focus.Reason), "notes": jsonText(x.Notes), "figures": figures,
			"answers": jsonOf(answers), "actions": jsonOf(actions)}
	}
	return out, nil
}

func writeReview(w *recordWriter, record string, f fieldSet) error {
	if _, err := ParseDate(record); err != nil {
		return badField("review", record, "")
	}
	if f.deleted() {
		return w.exec("DELETE FROM weekly_review WHERE week_from = ?", record)
	}
	to, ok1 := f.text("week_to")
	saved, ok2 := f.text("saved_at")
	dim, ok3 := f.text("focus_dimension")
	kept, ok4 := f.flag("focus_kept")
	reason, ok5 := f.text("focus_reason")
	notes, ok6 := f.text("notes")
	figures := f["figures"].value
	var answers []syncAnswer
	var actions []syncReviewAction
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && f.decode("answers", &answers) && f.decode("actions", &actions)) || !json.Valid([]byte(figures)) {
		return badField("review", record, "")
	}
	r, err := readReview(Review{Notes: notes, Focus: ReviewFocus{Kept: kept, Reason: reason}}, record, to, saved, figures)
	if err != nil {
		return Errorf(EInvalid, "the review of the week of %s: %s", record, ErrorMessage(err))
	}
	if dim != "" {
		if id, there, err := w.refs.id("dimension", dim); err != nil {
			return err
		} else if there {
			r.Focus.DimensionID = id
		}
	}
	for _, a := range answers {
		r.Answers = append(r.Answers, ReviewAnswer{Prompt: a.Prompt, Answer: a.Answer})
	}
	for _, a := range actions {
		due, err1 := optionalDateText(a.Due)
		carried, err2 := optionalDateText(a.CarriedTo)
		if err := firstErr(err1, err2); err != nil {
			return badField("review", record, "actions")
		}
		r.Actions = append(r.Actions, ReviewAction{Text: a.Text, Due: due, Done: a.Done, CarriedTo: carried})
	}
	known, err := dimensionIDs(w.ctx, w.tx)
	if err != nil {
		return err
	}
	if err := insertReview(w.ctx, w.tx, known, r); err != nil {
		return Errorf(ErrorCode(err), "the review of the week of %s: %s", record, ErrorMessage(err))
	}
	return nil
}

// optionalDateText reads a date that may be "".
func optionalDateText(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	return ParseDate(s)
}
