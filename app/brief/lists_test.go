package brief

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"daymark/app"
	"daymark/app/apptest"
	"daymark/data"
)

// A brief a person hands over: long lists show their five most relevant
// items and say how many more there are; decisions come with their
// situation, choice and reason; sessions with their agenda.
func TestTheBriefCapsListsAndShowsDecisionsAndAgendas(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	feel := func(n int) *int { return &n }
	var decisions []data.Decision
	for i := range 17 {
		d := data.Decision{Date: data.NewDate(2026, 11, 1+i), Title: fmt.Sprintf("Decision %d", i+1),
			Situation: fmt.Sprintf("Situation %d", i+1), Choice: fmt.Sprintf("Choice %d", i+1), Rationale: fmt.Sprintf("Reason %d", i+1)}
		if i == 3 {
			d.Feeling = feel(-2)
			d.Situation = strings.Repeat("long words ", 100)
		}
		if i == 9 {
			d.Feeling = feel(-1)
		}
		decisions = append(decisions, d)
	}
	if err := store.SaveDecisions(ctx, decisions); err != nil {
		t.Fatal(err)
	}
	for _, s := range []data.Session{
		{Date: data.NewDate(2026, 10, 20), Coach: "Ana", Agenda: "Saying no"},
		{Date: data.NewDate(2026, 11, 10), Coach: "Ana", Agenda: "The new people on the team"},
		{Date: data.NewDate(2026, 12, 1), Coach: "Ana", Agenda: "How the focus is going"},
	} {
		if err := store.SaveSession(ctx, &s); err != nil {
			t.Fatal(err)
		}
	}
	period, err := app.NewRange(data.NewDate(2026, 11, 1), data.NewDate(2026, 11, 30))
	if err != nil {
		t.Fatal(err)
	}
	today := data.NewDate(2026, 11, 30)
	b, err := prepare(ctx, store, period, today)
	if err != nil {
		t.Fatal(err)
	}
	md := Markdown(b.Title(), b.Blocks(today))
	_, body := sections(md)
	for section, texts := range map[string][]string{
		SessionsHeading: {"- 1 December 2026 with Ana (this brief's): How the focus is going\n- 10 November 2026 with Ana: The new people on the team\n- 20 October 2026 with Ana (the one before): Saying no\n"},
		DecisionsHeading: {
			"17 decisions made in the period; 2 felt uncomfortable.",
			"- 4 Nov, Decision 4 (felt −2, very uncomfortable)\n  Situation: long words long words",
			"…\n  Chose: Choice 4\n  Because: Reason 4\n- 10 Nov, Decision 10 (felt −1, uncomfortable)\n  Situation: Situation 10\n  Chose: Choice 10\n  Because: Reason 10\n- 17 Nov, Decision 17\n",
			"\nand 12 more.\n",
			"Named no value (17):\n\n- 17 Nov, Decision 17\n- 16 Nov, Decision 16\n- 15 Nov, Decision 15\n- 14 Nov, Decision 14\n- 13 Nov, Decision 13\n\nand 12 more.\n",
		},
	} {
		for _, text := range texts {
			if !strings.Contains(body[section], text) {
				t.Errorf("%s lacks %q:\n%s", section, text, body[section])
			}
		}
	}
	if n := strings.Count(body[DecisionsHeading], "\n- "); n != 10 {
		t.Errorf("%d bullets among the decisions, want 5 and 5", n)
	}
	for _, bl := range b.Blocks(today) {
		for _, item := range bl.Items {
			for _, line := range strings.Split(item, "\n") {
				if n := utf8.RuneCountInString(line); n > app.QuoteLimit+20 {
					t.Errorf("a line of %d characters: %.60s…", n, line)
				}
			}
		}
	}
}
