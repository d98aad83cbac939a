package document

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"daymark/data"
)

// The week's part of the export (version 8): the versions of the ideal
// week and the weekly reviews.

// IdealWeek is a version of the ideal week: per day of the week
// ("monday" … "sunday"), minutes by dimension name.
type IdealWeek struct {
	EffectiveFrom string                    `json:"effective_from"`
	Days          map[string]map[string]int `json:"days"`
}

// Review is a weekly review as it was saved.
type Review struct {
	From    string         `json:"from"`
	To      string         `json:"to"`
	SavedAt string         `json:"saved_at"`
	Answers []ReviewAnswer `json:"answers"`
	Focus   ReviewFocus    `json:"focus"`
	Actions []ReviewAction `json:"actions"`
	Notes   string         `json:"notes"`
	Figures FrozenWeek     `json:"figures"`
}

// ReviewAnswer is a guide question as it was asked, and the answer.
type ReviewAnswer struct {
	Prompt string `json:"prompt"`
	Answer string `json:"answer"`
}

// ReviewFocus is the focus a review chose for the next week: a
// dimension's name, or empty for none.
type ReviewFocus struct {
	Dimension string `json:"dimension"`
	Kept      bool   `json:"kept"`
	Reason    string `json:"reason"`
}

// ReviewAction is an action a review marked done or carried on;
// due and carried_to are dates or empty.
type ReviewAction struct {
	Text      string `json:"text"`
	Due       string `json:"due"`
	Done      bool   `json:"done"`
	CarriedTo string `json:"carried_to"`
}

// FrozenWeek is a review's week as it stood: the dimensions as
// they were named, and each day's minutes by those names.
type FrozenWeek struct {
	Dimensions []data.FrozenDimension `json:"dimensions"`
	Days       []FrozenDay            `json:"days"`
	Focus      string                 `json:"focus"`
}

// FrozenDay is a day of a review's week.
type FrozenDay struct {
	Date    string         `json:"date"`
	Planned map[string]int `json:"planned"`
	Actual  map[string]int `json:"actual"`
	Target  map[string]int `json:"target"`
}

// weekdayKeys name the days of the week in the export, by time.Weekday.
var weekdayKeys = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

func (doc *Export) addWeek(c data.Contents, names map[int64]string) {
	byName := func(m map[int64]int) map[string]int {
		out := map[string]int{}
		for id, minutes := range m {
			if minutes != 0 {
				out[names[id]] = minutes
			}
		}
		return out
	}
	doc.IdealWeeks = make([]IdealWeek, 0, len(c.IdealWeeks))
	for _, w := range c.IdealWeeks {
		dw := IdealWeek{EffectiveFrom: w.From.String(), Days: map[string]map[string]int{}}
		for day, key := range weekdayKeys {
			dw.Days[key] = byName(w.Minutes[day])
		}
		doc.IdealWeeks = append(doc.IdealWeeks, dw)
	}
	doc.WeeklyReviews = make([]Review, 0, len(c.Reviews))
	for _, r := range c.Reviews {
		dr := Review{From: r.From.String(), To: r.To.String(), SavedAt: r.SavedAt.UTC().Format(time.RFC3339), Notes: r.Notes,
			Answers: []ReviewAnswer{}, Actions: []ReviewAction{},
			Focus:   ReviewFocus{Dimension: names[r.Focus.DimensionID], Kept: r.Focus.Kept, Reason: r.Focus.Reason},
			Figures: FrozenWeek{Dimensions: append([]data.FrozenDimension{}, r.Figures.Dimensions...), Days: []FrozenDay{}, Focus: r.Figures.Focus}}
		for _, a := range r.Answers {
			dr.Answers = append(dr.Answers, ReviewAnswer{Prompt: a.Prompt, Answer: a.Answer})
		}
		for _, a := range r.Actions {
			dr.Actions = append(dr.Actions, ReviewAction{Text: a.Text, Due: a.Due.String(), Done: a.Done, CarriedTo: a.CarriedTo.String()})
		}
		for _, d := range r.Figures.Days {
			dr.Figures.Days = append(dr.Figures.Days, FrozenDay{Date: d.Date.String(), Planned: d.Planned, Actual: d.Actual, Target: d.Target})
		}
		doc.WeeklyReviews = append(doc.WeeklyReviews, dr)
	}
}

// weekContents reads the ideal week and the reviews.
func (doc Export) weekContents(c *data.Contents, ids map[string]int64) error {
	for i, dw := range doc.IdealWeeks {
		where := at("ideal_weeks", i)
		from, err := data.ParseDate(dw.EffectiveFrom)
		if err != nil {
			return data.Errorf(data.EInvalid, "%s: effective_from: %s", where, data.ErrorMessage(err))
		}
		w := data.NewIdealWeek(from)
		for key, minutes := range dw.Days {
			day := weekdayIndex(key)
			if day < 0 {
				return data.Errorf(data.EInvalid, "%s (%s): “%s” is not a day of the week: write monday, tuesday … sunday", where, dw.EffectiveFrom, key)
			}
			for name, m := range minutes {
				id, ok := ids[name]
				if !ok {
					return data.Errorf(data.EInvalid, "%s (%s): %s names “%s”, which is not one of the file's dimensions", where, dw.EffectiveFrom, key, name)
				}
				w.Minutes[day][id] = m
			}
		}
		c.IdealWeeks = append(c.IdealWeeks, w)
	}
	for i, dr := range doc.WeeklyReviews {
		r, err := dr.review(at("weekly_reviews", i), ids)
		if err != nil {
			return err
		}
		r.Normalize() // as the store keeps it: texts trimmed, the time to the second
		c.Reviews = append(c.Reviews, r)
	}
	// In the order the store gives them back (a file from an export is in it already).
	sort.SliceStable(c.IdealWeeks, func(i, j int) bool { return c.IdealWeeks[i].From.Before(c.IdealWeeks[j].From) })
	sort.SliceStable(c.Reviews, func(i, j int) bool { return c.Reviews[i].From.Before(c.Reviews[j].From) })
	return nil
}

// weekdayIndex returns the time.Weekday a key names, or −1.
func weekdayIndex(key string) int {
	for i, k := range weekdayKeys {
		if k == key {
			return i
		}
	}
	return -1
}

// review reads a review of the export; where names it in errors.
func (dr Review) review(where string, ids map[string]int64) (data.Review, error) {
	var r data.Review
	date := func(field, text string, optional bool) (data.Date, error) {
		if text == "" && optional {
			return data.Date{}, nil
		}
		d, err := data.ParseDate(text)
		if err != nil {
			return d, data.Errorf(data.EInvalid, "%s: %s: %s", where, field, data.ErrorMessage(err))
		}
		return d, nil
	}
	var err error
	if r.From, err = date("from", dr.From, false); err != nil {
		return r, err
	}
	where += " (" + dr.From + ")"
	if r.To, err = date("to", dr.To, false); err != nil {
		return r, err
	}
	if r.SavedAt, err = time.Parse(time.RFC3339, dr.SavedAt); err != nil {
		return r, data.Errorf(data.EInvalid, "%s: saved_at: “%s” is not a time: write it as 2026-11-20T16:30:00Z", where, dr.SavedAt)
	}
	r.Notes = dr.Notes
	if name := strings.TrimSpace(dr.Focus.Dimension); name != "" {
		id, ok := ids[dr.Focus.Dimension]
		if !ok {
			return r, data.Errorf(data.EInvalid, "%s: focus names “%s”, which is not one of the file's dimensions", where, dr.Focus.Dimension)
		}
		r.Focus.DimensionID = id
	}
	r.Focus.Kept, r.Focus.Reason = dr.Focus.Kept, dr.Focus.Reason
	for _, a := range dr.Answers {
		r.Answers = append(r.Answers, data.ReviewAnswer{Prompt: a.Prompt, Answer: a.Answer})
	}
	for j, a := range dr.Actions {
		ra := data.ReviewAction{Text: a.Text, Done: a.Done}
		field := "actions[" + strconv.Itoa(j) + "]."
		if ra.Due, err = date(field+"due", a.Due, true); err != nil {
			return r, err
		}
		if ra.CarriedTo, err = date(field+"carried_to", a.CarriedTo, true); err != nil {
			return r, err
		}
		r.Actions = append(r.Actions, ra)
	}
	r.Figures = data.FrozenWeek{Focus: dr.Figures.Focus}
	if len(dr.Figures.Dimensions) > 0 {
		r.Figures.Dimensions = dr.Figures.Dimensions
	}
	nonNil := func(m map[string]int) map[string]int {
		if m == nil {
			return map[string]int{}
		}
		return m
	}
	for j, d := range dr.Figures.Days {
		fd := data.FrozenDay{Planned: nonNil(d.Planned), Actual: nonNil(d.Actual), Target: nonNil(d.Target)}
		if fd.Date, err = date("figures.days["+strconv.Itoa(j)+"].date", d.Date, false); err != nil {
			return r, err
		}
		r.Figures.Days = append(r.Figures.Days, fd)
	}
	return r, nil
}
