package data

import (
	"strings"
	"time"
	"unicode/utf8"
)

// A Review is a weekly review as it was saved: the week it looked back on,
// when, what the person answered, and the week's figures at that moment.
// It is a record: what it says stays as it was, whatever changes later.
type Review struct {
	From, To Date      // the week reviewed: seven days, both ends included
	SavedAt  time.Time // when it was saved, to the second
	Answers  []ReviewAnswer
	Focus    ReviewFocus
	Actions  []ReviewAction
	Notes    string
	Figures  FrozenWeek
}

// A ReviewAnswer is a guide question, as it was asked, and the answer.
type ReviewAnswer struct {
	Prompt string
	Answer string
}

// ReviewFocus is the focus the review chose for the next week.
type ReviewFocus struct {
	DimensionID int64 // 0: no focus
	Kept        bool  // the focus in force was kept; otherwise this one started with the next week
	Reason      string
}

// A ReviewAction is a coaching action the review looked at, as it was:
// marked done, or carried on (to a new due date, or with its own).
type ReviewAction struct {
	Text      string
	Due       Date // the due date it had
	Done      bool
	CarriedTo Date // the new due date when carried on; zero: unchanged
}

// A FrozenWeek is a week's figures as they stood at a moment: the
// dimensions as they were named then, and each day's planned, actual and
// target minutes by those names, so renames, edits and new targets later
// leave it as it was.
type FrozenWeek struct {
	Dimensions []FrozenDimension // in order, archived ones included
	Days       []FrozenDay       // every day of the week, by date
	Focus      string            // the dimension in focus at the end of the week, by name; empty: none
}

// FrozenDimension is a dimension as it was.
type FrozenDimension struct {
	Name     string `json:"name"`
	Colour   string `json:"colour"`
	Archived bool   `json:"archived"`
}

// FrozenDay is a day's minutes by dimension name: planned, actual (timed
// included) and the target in force.
type FrozenDay struct {
	Date                    Date
	Planned, Actual, Target map[string]int
}

// Limits on a review.
const (
	MaxReviewNotes   = 20000
	MaxReviewAnswers = 20
	MaxReviewActions = 200
)

// Normalize trims the review's texts and takes its time to the second, in
// UTC, as it is stored.
func (r *Review) Normalize() {
	r.Notes = strings.TrimSpace(r.Notes)
	r.Focus.Reason = strings.TrimSpace(r.Focus.Reason)
	for i := range r.Answers {
		r.Answers[i].Prompt = strings.TrimSpace(r.Answers[i].Prompt)
		r.Answers[i].Answer = strings.TrimSpace(r.Answers[i].Answer)
	}
	for i := range r.Actions {
		r.Actions[i].Text = strings.TrimSpace(r.Actions[i].Text)
	}
	r.SavedAt = r.SavedAt.UTC().Truncate(time.Second)
}

// normalized returns a normalized copy of r that shares nothing with it
// that Normalize changes.
func (r Review) normalized() Review {
	r.Answers = append([]ReviewAnswer(nil), r.Answers...)
	r.Actions = append([]ReviewAction(nil), r.Actions...)
	r.Normalize()
	return r
}

// Validate reports the first rule the review breaks, naming the part.
func (r Review) Validate() error {
	if err := r.From.Validate(); err != nil {
		return err
	}
	if r.To != r.From.AddDays(6) {
		return Errorf(EInvalid, "a review looks back on a week: seven days from %s to %s, not to %s", r.From, r.From.AddDays(6), r.To)
	}
	if r.SavedAt.IsZero() {
		return Errorf(EInvalid, "the review needs the time it was saved")
	}
	if d := DateOf(r.SavedAt.UTC()); d.Before(MinDate) || d.After(MaxDate) {
		return Errorf(EInvalid, "the review's time %s is out of range", stamp(r.SavedAt))
	}
	if len(r.Answers) > MaxReviewAnswers {
		return Errorf(EInvalid, "a review holds at most %d answers", MaxReviewAnswers)
	}
	for i, a := range r.Answers {
		if err := (Prompt{Text: a.Prompt}).Validate(); err != nil {
			return Errorf(EInvalid, "Answer %d: %s", i+1, ErrorMessage(err))
		}
		if err := noNUL("the answer", a.Answer); err != nil {
			return Errorf(EInvalid, "Answer %d: %s", i+1, ErrorMessage(err))
		}
		switch n := utf8.RuneCountInString(a.Answer); {
		case n == 0:
			return Errorf(EInvalid, "Answer %d: the answer is empty", i+1)
		case n > MaxAnswer:
			return Errorf(EInvalid, "Answer %d: the answer is too long: %d characters, at most %d", i+1, n, MaxAnswer)
		}
	}
	if n := utf8.RuneCountInString(r.Focus.Reason); n > MaxReason {
		return Errorf(EInvalid, "Focus: the reason is too long: %d characters, at most %d", n, MaxReason)
	}
	if len(r.Actions) > MaxReviewActions {
		return Errorf(EInvalid, "a review holds at most %d actions", MaxReviewActions)
	}
	for i, a := range r.Actions {
		switch n := utf8.RuneCountInString(a.Text); {
		case n == 0:
			return Errorf(EInvalid, "Action %d: say what is to be done", i+1)
		case n > MaxAction:
			return Errorf(EInvalid, "Action %d: at most %d characters", i+1, MaxAction)
		case a.Done && !a.CarriedTo.IsZero():
			return Errorf(EInvalid, "Action %d: it is either done or carried on, not both", i+1)
		case noNUL("the action", a.Text) != nil:
			return Errorf(EInvalid, "Action %d: %s", i+1, ErrorMessage(noNUL("the action", a.Text)))
		}
		for _, d := range []Date{a.Due, a.CarriedTo} {
			if !d.IsZero() {
				if err := d.Validate(); err != nil {
					return Errorf(EInvalid, "Action %d: %s", i+1, ErrorMessage(err))
				}
			}
		}
	}
	if n := utf8.RuneCountInString(r.Notes); n > MaxReviewNotes {
		return Errorf(EInvalid, "Notes: too long, %d characters, at most %d", n, MaxReviewNotes)
	}
	for _, f := range []struct{ name, text string }{{"the notes", r.Notes}, {"the focus's reason", r.Focus.Reason}} {
		if err := noNUL(f.name, f.text); err != nil {
			return err
		}
	}
	return r.Figures.validate(r.From, r.To)
}

// validate checks that the figures are of the days from from to to, each
// once, naming dimensions of their own, and that no day holds more than
// 1440 minutes planned, actual or as a target.
func (w FrozenWeek) validate(from, to Date) error {
	names := map[string]bool{}
	for i, d := range w.Dimensions {
		if err := (Dimension{Name: d.Name, Colour: d.Colour}).Validate(); err != nil {
			return Errorf(EInvalid, "Figures: dimension %d: %s", i+1, ErrorMessage(err))
		}
		key := strings.ToLower(strings.TrimSpace(d.Name))
		if names[key] {
			return Errorf(EInvalid, "Figures: the dimension “%s” is there twice", d.Name)
		}
		names[key] = true
	}
	exact := map[string]bool{} // days and the focus name dimensions exactly as listed
	for _, d := range w.Dimensions {
		exact[d.Name] = true
	}
	if w.Focus != "" && !exact[w.Focus] {
		return Errorf(EInvalid, "Figures: the focus names “%s”, which is not one of the figures' dimensions", w.Focus)
	}
	seen := map[Date]bool{}
	for _, d := range w.Days {
		if d.Date.Before(from) || d.Date.After(to) || seen[d.Date] {
			return Errorf(EInvalid, "Figures: the days are the week's, each once: %s is not", d.Date)
		}
		seen[d.Date] = true
		for _, side := range []struct {
			name    string
			minutes map[string]int
		}{{"planned", d.Planned}, {"actual", d.Actual}, {"target", d.Target}} {
			total := 0
			for name, m := range side.minutes {
				if !exact[name] {
					return Errorf(EInvalid, "Figures: %s: %s names “%s”, which is not one of the figures' dimensions", d.Date, side.name, name)
				}
				if m < 0 {
					return Errorf(EInvalid, "Figures: %s: %s minutes cannot be negative", d.Date, side.name)
				}
				total += m
			}
			if total > MinutesPerDay {
				return Errorf(EInvalid, "Figures: %s: %s minutes add up to %d, more than the %d in a day", d.Date, side.name, total, MinutesPerDay)
			}
		}
	}
	return nil
}

// freeze writes a week's figures as they stand: every dimension, each day
// of the week (a day with nothing stored has no minutes), the target in
// force on each, and the focus in force on its last day.
func freeze(from, to Date, dims []Dimension, days []Day, targets []Target, focus []Focus) FrozenWeek {
	names := map[int64]string{}
	var w FrozenWeek
	for _, d := range dims {
		names[d.ID] = d.Name
		w.Dimensions = append(w.Dimensions, FrozenDimension{Name: d.Name, Colour: d.Colour, Archived: d.Archived})
	}
	byName := func(m map[int64]int) map[string]int {
		out := map[string]int{}
		for id, minutes := range m {
			if minutes != 0 && names[id] != "" {
				out[names[id]] = minutes
			}
		}
		return out
	}
	stored := map[Date]Day{}
	for _, d := range days {
		stored[d.Date] = d
	}
	for date := from; !date.After(to); date = date.AddDays(1) {
		day := FrozenDay{Date: date, Planned: byName(stored[date].Planned), Actual: byName(stored[date].Actual), Target: map[string]int{}}
		if t, ok := InForce(targets, date); ok {
			day.Target = byName(t.Minutes)
		}
		w.Days = append(w.Days, day)
	}
	if f, ok := FocusOn(focus, to); ok {
		w.Focus = names[f.DimensionID]
	}
	return w
}
