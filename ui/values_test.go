package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/valuescreen"
)

// onValues opens the Values screen on tab.
func onValues(h *harness, tab int) *valuescreen.Screen {
	h.press(keyValScreen)
	s := h.w.values
	if tab != valuescreen.TabValues {
		s.Show(tab)
		h.settle()
	}
	return s
}

func storedValues(h *harness) []data.Value {
	vs, err := h.store.Values(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	return vs
}

func TestPickingValuesFromTheStarterList(t *testing.T) {
	h := newHarness(t)
	s := onValues(h, valuescreen.TabValues)
	if !strings.HasPrefix(s.List.Heading.Text, "No personal values yet") {
		t.Errorf("empty heading = %q", s.List.Heading.Text)
	}
	s.List.ShowStarter()
	h.settle()
	search := entriesOf[*control.LineEntry](h)[0]
	search.SetText("truth")
	list := entriesOf[*control.ListField](h)[0]
	list.Select(0)
	h.settle()
	vs := storedValues(h)
	if len(vs) != 1 || vs[0].Name != "Honesty" || vs[0].Kind != data.Personal || vs[0].Meaning == "" {
		t.Fatalf("values = %+v", vs)
	}
	if s.List.Name.Text != "Honesty" || s.List.Current.ID != vs[0].ID {
		t.Errorf("the form shows %q", s.List.Name.Text)
	}
}

func TestTypingAValueAndItsRules(t *testing.T) {
	h := newHarness(t)
	s := onValues(h, valuescreen.TabValues)
	l := s.List
	test.Type(l.Name, "Trust")
	l.Behaviours.SetText("share bad news early\nadmit mistakes")
	h.press(keySave)
	l.StartNew(data.Value{Kind: data.Personal})
	h.settle()
	test.Type(l.Name, "trust")
	if err := l.Name.Validate(); err == nil || err.Error() != "“Trust” is already one of your personal values" {
		t.Errorf("a duplicate: %v", err)
	}
	h.press(keySave)
	if l.Message.Text != "“Trust” is already one of your personal values" {
		t.Errorf("message = %q", l.Message.Text)
	}
	// The same name is fine for the organisation.
	l.Kinds.SetSelected("Organisational")
	h.tapButton("Discard changes")
	if l.Kind != data.Organisational {
		t.Fatalf("kind = %q", l.Kind)
	}
	l.StartNew(data.Value{Kind: data.Organisational})
	test.Type(l.Name, "Trust")
	h.press(keySave)
	vs := storedValues(h)
	if len(vs) != 2 || vs[0].Behaviours != "share bad news early\nadmit mistakes" || vs[1].Kind != data.Organisational {
		t.Errorf("values = %+v", vs)
	}
}

func TestRatingTheMatrixByKeyboard(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	for _, v := range []data.Value{{Kind: data.Personal, Name: "Trust"}, {Kind: data.Personal, Name: "Equity"}, {Kind: data.Organisational, Name: "Speed"}} {
		if err := h.store.CreateValue(ctx, &v, data.Today()); err != nil {
			t.Fatal(err)
		}
	}
	s := onValues(h, valuescreen.TabAlignment)
	a := s.Alignment
	if len(a.Cells) != 2 {
		t.Fatalf("%d cells for 2 × 1 values", len(a.Cells))
	}
	h.win.Canvas().Focus(a.Cells[0])
	a.Cells[0].TypedRune('-')
	a.Cells[0].TypedRune('-')
	h.settle()
	ratings, err := h.store.Ratings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ratings) != 1 || ratings[0].Rating != -2 {
		t.Fatalf("ratings = %+v", ratings)
	}
	if a.Score.Text != "Alignment score: 0 of 100" || !strings.Contains(a.Gaps.Text, "Speed conflicts with Trust") {
		t.Errorf("score %q, gaps %q", a.Score.Text, a.Gaps.Text)
	}
	if !strings.Contains(a.Pair.Text, "Trust (yours) × Speed (the organisation's): −2, in conflict") {
		t.Errorf("pair = %q", a.Pair.Text)
	}
	test.Tap(a.Cells[1]) // unrelated → +1
	test.Tap(a.Cells[1]) // → +2
	h.settle()
	a.Cells[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	h.settle()
	ratings, err = h.store.Ratings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ratings) != 1 || ratings[0].Rating != 2 || a.Score.Text != "Alignment score: 50 of 100" {
		t.Errorf("ratings %+v, score %q", ratings, a.Score.Text)
	}
	snaps, err := h.store.Snapshots(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(snaps) != 1 || snaps[0].Date != data.Today() {
		t.Errorf("snapshots = %+v", snaps)
	}
}

func TestNothingTypedInAReflectionIsLost(t *testing.T) {
	h := newHarness(t)
	s := onValues(h, valuescreen.TabReflections)
	r := s.Reflections
	if len(r.Prompts) != 3 || !strings.HasPrefix(r.Question.Text, "Is the work you do") {
		t.Fatalf("prompts = %d, question %q", len(r.Prompts), r.Question.Text)
	}
	r.Answer.SetText("Mostly, yes.")
	r.List.Select(1) // another prompt: the answer is saved first
	h.settle()
	got, err := h.store.Reflections(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Answer != "Mostly, yes." || got[0].Date != data.Today() || got[0].PromptID != r.Prompts[0].ID {
		t.Fatalf("after moving on: %+v", got)
	}
	r.Answer.SetText("Not really.")
	h.press(keyDayScreen) // another screen: saved too
	got, err = h.store.Reflections(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Errorf("after leaving the screen: %+v", got)
	}
	onValues(h, valuescreen.TabReflections)
	r.Open(r.Prompts[0])
	if !strings.Contains(labelsText(r.History), "Mostly, yes.") {
		t.Errorf("history = %q", labelsText(r.History))
	}
	r.Date.SetText("2026-02-30")
	r.Answer.SetText("x")
	h.press(keySave)
	if !strings.Contains(r.Message.Text, "“2026-02-30” is not a date") {
		t.Errorf("a bad date says %q", r.Message.Text)
	}
}

func TestContextsSitInsideEachOther(t *testing.T) {
	h := newHarness(t)
	s := onValues(h, valuescreen.TabContexts)
	c := s.Contexts
	c.StartNew(data.ValueContext{})
	test.Type(c.Name, "Company")
	c.Definition.SetText("revenue")
	h.press(keySave)
	c.StartNew(data.ValueContext{})
	h.settle()
	test.Type(c.Name, "Team")
	c.Parent.SetSelected("Company")
	h.press(keySave)
	cs, xs, err := h.w.svc.Values.Contexts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[1].ParentID != cs[0].ID {
		t.Fatalf("contexts = %+v", cs)
	}
	if text, _, _ := c.Row(cs[1]); text != "↳ Team" {
		t.Errorf("Team is listed as %q", text)
	}
	c.Edit(cs[0])
	c.Parent.SetSelected("Team")
	h.press(keySave)
	if !strings.Contains(c.Message.Text, "cannot sit inside a context that sits inside it") {
		t.Errorf("a loop says %q", c.Message.Text)
	}
	c.SetContradiction(data.Contradiction{FirstID: cs[0].ID, SecondID: cs[1].ID, Note: "speed"}, true)
	h.settle()
	if _, xs, _ = h.w.svc.Values.Contexts(context.Background()); len(xs) != 1 || !strings.Contains(labelsText(c.Clashes), "Company ⟷ Team: speed") {
		t.Errorf("contradictions = %+v, shown %q", xs, labelsText(c.Clashes))
	}
}

// labelsText returns the text of the labels in a container.
func labelsText(c *fyne.Container) string {
	var parts []string
	for _, x := range test.LaidOutObjects(c) {
		if l, ok := x.(*widget.Label); ok {
			parts = append(parts, l.Text)
		}
	}
	return strings.Join(parts, "|")
}
