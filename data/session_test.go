package data

import (
	"context"
	"strings"
	"testing"
)

func TestSessionsKeepTheirActions(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	first := Session{Date: NewDate(2026, 10, 1), Coach: " Ana ", Agenda: "delegation", Notes: "private", Actions: []Action{
		{Text: "Write down three decisions a week", Due: NewDate(2026, 10, 15)},
		{Text: "Ask the team what they need"},
	}}
	if err := s.SaveSession(ctx, &first); err != nil {
		t.Fatal(err)
	}
	if first.ID == 0 || first.Actions[0].ID == 0 || first.Actions[1].ID == 0 || first.Coach != "Ana" {
		t.Fatalf("saved %+v", first)
	}
	if err := s.MarkAction(ctx, first.Actions[1].ID, NewDate(2026, 10, 9)); err != nil {
		t.Fatal(err)
	}
	got, err := s.Sessions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || len(got[0].Actions) != 2 || got[0].Actions[1].Done != NewDate(2026, 10, 9) || got[0].Actions[0].Due != NewDate(2026, 10, 15) {
		t.Fatalf("sessions = %+v", got)
	}
	// Saving without the first action removes it; a new one is added.
	edit := got[0]
	edit.Actions = []Action{edit.Actions[1], {Text: "Block Friday afternoons"}}
	if err := s.SaveSession(ctx, &edit); err != nil {
		t.Fatal(err)
	}
	got, err = s.Sessions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got[0].Actions) != 2 || got[0].Actions[0].Text != "Ask the team what they need" || got[0].Actions[1].Text != "Block Friday afternoons" {
		t.Errorf("after editing: %+v", got[0].Actions)
	}
	for _, bad := range []Session{{Coach: "x"}, {Date: NewDate(2026, 1, 1), Actions: []Action{{Text: " "}}}, {Date: NewDate(2026, 1, 1), Coach: strings.Repeat("c", MaxCoach+1)}} {
		if err := s.SaveSession(ctx, &bad); ErrorCode(err) != EInvalid {
			t.Errorf("SaveSession(%+v) = %v", bad, err)
		}
	}
	if err := s.DeleteSession(ctx, first.ID); err != nil {
		t.Fatal(err)
	}
	var actions int
	if err := s.db.QueryRow("SELECT count(*) FROM action").Scan(&actions); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Sessions(ctx); len(got) != 0 || actions != 0 {
		t.Errorf("after deleting: %d sessions, %d actions", len(got), actions)
	}
	if err := s.MarkAction(ctx, 999, Date{}); ErrorCode(err) != ENotFound {
		t.Errorf("marking a missing action: %v", err)
	}
}
