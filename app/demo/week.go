package demo

import (
	"context"
	"time"

	"daymark/app"
	"daymark/app/week"
	"daymark/data"
)

// demoReviews are the sample's weekly reviews, the latest week first:
// what was noted, and the answers to the two guide questions.
var demoReviews = []struct {
	notes   string
	answers [2]string
}{
	{"Too many meetings on Wednesday; said no to one, and it felt right.",
		[2]string{"More than last month: I named the value behind two hard calls.", "In the all-hands, yes; in the roadmap reviews, speed still wins."}},
	{"A calmer week. Two mornings blocked for deep work, and they held.",
		[2]string{"Mostly. The launch call was mine, and it felt right.", "Less than the posters say."}},
	{"Hiring took more of the week than planned; improvement work slipped again.",
		[2]string{"Not this week: I reacted more than I chose.", "Trust is talked about; the deadlines say otherwise."}},
}

// demoIdealWeek is the sample's typical week, from the first day: the
// profiles' weekdays, a shorter Friday for the team, and weekends for
// my self.
func demoIdealWeek(start data.Date, dims []data.Dimension) data.IdealWeek {
	w := data.NewIdealWeek(start)
	for day := range w.Minutes {
		weekend := time.Weekday(day) == time.Saturday || time.Weekday(day) == time.Sunday
		for i, d := range dims {
			p := profiles[i%len(profiles)]
			m := p.weekday
			if weekend {
				m = p.weekend
			}
			if time.Weekday(day) == time.Friday && i%len(profiles) == 2 {
				m = 0 // Friday afternoons are for the team, not the backlog
			}
			if m > 0 {
				w.Minutes[day][d.ID] = m
			}
		}
	}
	return w
}

// demoWeek sets the sample's ideal week and reviews the last weeks of the
// sample (Monday to Sunday, each on its Friday afternoon), the answers
// written as reflections, the focus kept, the actions left as they were.
func demoWeek(ctx context.Context, store *data.Store, start, end data.Date, dims []data.Dimension) error {
	if err := store.SaveIdealWeek(ctx, demoIdealWeek(start, dims)); err != nil {
		return err
	}
	w := week.NewPlanner(store)
	this := week.Of(end, time.Monday)
	for i, story := range demoReviews {
		reviewed := this.Shift(-1 - i)
		if reviewed.From.Before(start) {
			break
		}
		friday := reviewed.From.AddDays(4)
		w.Now = func() time.Time { return friday.Time(app.Zone).Add(16*time.Hour + 30*time.Minute) }
		d, err := w.Draft(ctx, reviewed)
		if err != nil {
			return err
		}
		a := week.ReviewAnswers{Answers: map[int64]string{}, Focus: week.FocusChoice{Keep: true}, Notes: story.notes}
		if d.Focus != nil {
			a.Focus.Reason = "the new people still need the time"
		}
		for j, q := range d.Questions {
			a.Answers[q.Prompt.ID] = story.answers[j%2]
			if q.Answer != "" {
				a.Answers[q.Prompt.ID] = q.Answer // answered on the Values screen that week already
			}
		}
		if _, err := w.SaveReview(ctx, d, a); err != nil {
			return err
		}
	}
	return nil
}
