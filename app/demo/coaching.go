package demo

import (
	"context"

	"daymark/data"
)

// coachingStories are the sessions of the sample, oldest first: what was on
// the agenda, the private notes, and the actions agreed.
var coachingStories = []struct {
	agenda, notes string
	actions       []string
}{
	{"Where my time goes", "Most of my week is reactive. We looked at the calendar together.", []string{"Track a week of actual time honestly", "Block two mornings a week for deep work"}},
	{"Saying no", "I say yes to keep the peace, then resent the work.", []string{"Say no to one request a week, with the reason", "Write down what I am saying yes to instead"}},
	{"The new people on the team", "Three new people; I worry they cannot see how decisions are made.", []string{"Share my decision log with the team once a month", "Hold a first 1:1 with each new person"}},
	{"Values in tension: speed and trust", "Leadership wants speed; my team needs trust. I felt it in the launch decision.", []string{"Name the compromised value in every hard decision", "Ask my manager how speed is judged"}},
}

// demoCoaching holds a session every three weeks over the last months of the
// sample, with actions done and open, and plans the next one for the day
// after end, with questions already written.
func demoCoaching(ctx context.Context, store *data.Store, start, end data.Date) error {
	const every = 21
	var sessions []data.Session
	for i := range coachingStories {
		date := end.AddDays(-every*(len(coachingStories)-i) + 1)
		if date.Before(start) {
			continue
		}
		story := coachingStories[i]
		s := data.Session{Date: date, Coach: "Ana Ruiz", Agenda: story.agenda, Notes: story.notes}
		latest := i == len(coachingStories)-1
		for j, text := range story.actions {
			a := data.Action{Text: text, Due: date.AddDays(14)}
			switch {
			case !latest:
				a.Done = date.AddDays(7 + 5*j)
			case j == 0:
				a.Done = date.AddDays(6)
			}
			if a.Done.After(end) {
				a.Done = data.Date{}
			}
			s.Actions = append(s.Actions, a)
		}
		sessions = append(sessions, s)
	}
	sessions = append(sessions, data.Session{Date: end.AddDays(1), Coach: "Ana Ruiz", Agenda: "How the focus on people is going",
		Questions: "How do I protect improvement time when people work always comes first?\nIs it fine that I felt uncomfortable about the launch delay?"})
	for i := range sessions {
		if err := store.SaveSession(ctx, &sessions[i]); err != nil {
			return err
		}
	}
	return nil
}
