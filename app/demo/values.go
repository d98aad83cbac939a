package demo

import (
	"context"

	"daymark/data"
)

// demoValues gives the sample a leader's values and their organisation's,
// an alignment that changes over the sample (so its history shows), a few
// months of reflections, and the contexts value is defined in.
func demoValues(ctx context.Context, store *data.Store, start, end data.Date) error {
	if err := demoAlignment(ctx, store, start, end); err != nil {
		return err
	}
	if err := demoReflections(ctx, store, start, end); err != nil {
		return err
	}
	return demoContexts(ctx, store)
}

// demoAlignment gives the sample its values of both kinds, rated at the
// start, halfway and near the end.
func demoAlignment(ctx context.Context, store *data.Store, start, end data.Date) error {
	mid := start.AddDays(end.DaysSince(start) / 2)
	recent := end.AddDays(-20)
	if recent.Before(start) {
		recent, mid = start, start
	}
	personal := []data.Value{
		{Kind: data.Personal, Name: "Trust", Meaning: "People can rely on what I say and do", Behaviours: "share bad news early\nkeep small promises", Slippery: "telling people what they want to hear"},
		{Kind: data.Personal, Name: "Transparency", Meaning: "Sharing what I know and how I decide", Behaviours: "write down the why of a decision\nopen calendars and notes", Slippery: "deciding in the corridor"},
		{Kind: data.Personal, Name: "Family", Meaning: "The people at home come first", Behaviours: "home for dinner four nights a week", Slippery: "just one more email at bedtime"},
		{Kind: data.Personal, Name: "Learning", Meaning: "Getting better through study and mistakes", Behaviours: "a retro after every launch"},
		{Kind: data.Personal, Name: "Equity", Meaning: "Giving each person what they need to thrive"},
	}
	organisational := []data.Value{
		{Kind: data.Organisational, Name: "Speed", Meaning: "Ship fast, learn fast"},
		{Kind: data.Organisational, Name: "Customer focus", Meaning: "Start from the customer's problem"},
		{Kind: data.Organisational, Name: "Collaboration", Meaning: "One team across functions"},
		{Kind: data.Organisational, Name: "Productivity", Meaning: "More output per person every year"},
		{Kind: data.Organisational, Name: "Innovation", Meaning: "Try what has not been tried"},
	}
	ids := map[string]int64{}
	for _, list := range [][]data.Value{personal, organisational} {
		for _, v := range list {
			if err := store.CreateValue(ctx, &v, start); err != nil {
				return err
			}
			ids[v.Name] = v.ID
		}
	}
	rate := func(day data.Date, p, o string, r int) error {
		return store.Rate(ctx, data.Rating{PersonalID: ids[p], OrganisationalID: ids[o], Rating: r}, true, day)
	}
	steps := []struct {
		day  data.Date
		p, o string
		r    int
	}{
		{start, "Trust", "Collaboration", 1},
		{start, "Transparency", "Speed", -1},
		{start, "Family", "Productivity", -1},
		{start, "Learning", "Innovation", 2},
		{mid, "Trust", "Collaboration", 2},
		{mid, "Transparency", "Customer focus", 1},
		{mid, "Trust", "Speed", -2},
		{recent, "Family", "Productivity", -2},
		{recent, "Equity", "Collaboration", 1},
	}
	for _, s := range steps {
		if err := rate(s.day, s.p, s.o, s.r); err != nil {
			return err
		}
	}
	return nil
}

// demoReflections answers the guide prompts every four weeks, back from
// two weeks before the end.
func demoReflections(ctx context.Context, store *data.Store, start, end data.Date) error {
	prompts, err := store.Prompts(ctx)
	if err != nil {
		return err
	}
	answers := []string{
		"Mostly. Trust shapes how I run my one-to-ones; speed shapes everything else, and the two pull apart.",
		"The values are on the wall, not in the roadmap reviews. Collaboration is real; customer focus is a slogan.",
		"Uncomfortable: I agreed to the launch date without telling the team why. It cut against transparency.",
		"Comfortable with saying no to the second project; it protected the team and my evenings.",
		"Not yet. I still decide too much in the corridor.",
		"Better this month: the planning doc said what we traded off, and people pushed back in the open.",
	}
	for i, text := range answers {
		day := end.AddDays(-14 - 28*i)
		if day.Before(start) {
			break
		}
		r := data.Reflection{PromptID: prompts[i%len(prompts)].ID, Date: day, Answer: text}
		if err := store.SaveReflection(ctx, &r); err != nil {
			return err
		}
	}
	return nil
}

// demoContexts gives the sample the contexts value is defined in, inside
// each other, two of them contradicting a third.
func demoContexts(ctx context.Context, store *data.Store) error {
	contexts := []data.ValueContext{
		{Name: "Government", Definition: "Public value: safe and fair services for citizens, within the law"},
		{Name: "Company", Definition: "Revenue growth and margin this financial year"},
		{Name: "Product organisation", Definition: "Customer value: problems solved for the people who use the product"},
		{Name: "My team", Definition: "A product we are proud of, shipped at a pace we can keep"},
	}
	parents := map[string]string{"Product organisation": "Company", "My team": "Product organisation"}
	cids := map[string]int64{}
	for _, c := range contexts {
		c.ParentID = cids[parents[c.Name]]
		if err := store.SaveContext(ctx, &c); err != nil {
			return err
		}
		cids[c.Name] = c.ID
	}
	for _, x := range []struct{ a, b, note string }{
		{"Company", "My team", "Growth targets ask for a speed the team cannot sustain"},
		{"Company", "Government", "Margin against public value in the regulated market"},
	} {
		if err := store.SetContradiction(ctx, data.Contradiction{FirstID: cids[x.a], SecondID: cids[x.b], Note: x.note}, true); err != nil {
			return err
		}
	}
	return nil
}
