package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"

	"daymark/data"
)

// decisionStories are the kinds of decision a product leader logs: a title,
// the situation, the options, what was chosen and why, the values (by
// name) it honoured and compromised, the dimension (by index) and how it
// tends to feel.
var decisionStories = []struct {
	title, situation, options, choice, rationale string
	honoured, compromised                        []string
	dimension                                    int
	feeling                                      int
	person                                       bool // the topic is a person, not a part of the product
}{
	{"Delay the %s launch by a week", "QA found regressions in %s two days before the date.", "ship anyway\ndelay a week\nship behind a flag", "delay a week", "Shipping broken work would cost the customers' trust.", []string{"Trust", "Customer focus"}, []string{"Speed"}, 3, -1, false},
	{"Say no to the %s request", "Sales asked for a custom %s feature for one client.", "build it\nsay no\noffer a workaround", "say no, offer a workaround", "It would pull the team off the roadmap for a month.", []string{"Transparency"}, []string{"Customer focus"}, 3, -1, false},
	{"Move %s to another team", "%s has been unhappy for months and asked to move.", "keep them\nmove them", "move them", "Growth matters more than my team's headcount.", []string{"Equity", "Learning"}, nil, 1, 1, true},
	{"Share the %s numbers with the whole team", "The %s results are worse than planned.", "share everything\nshare a summary\nkeep it in leadership", "share everything", "People can handle bad news; they cannot handle surprises.", []string{"Transparency", "Trust"}, nil, 1, 2, false},
	{"Work the weekend for the %s deadline", "The %s date is fixed by a contract.", "push the date\nwork the weekend\ncut scope", "work the weekend, myself only", "The contract date is not negotiable this time.", []string{"Productivity"}, []string{"Family"}, 0, -2, false},
	{"Run a retro on the %s incident", "The %s outage lasted four hours.", "skip it\nrun a blameless retro", "run a blameless retro", "We learn faster when nobody is afraid to speak.", []string{"Learning", "Collaboration"}, nil, 2, 2, false},
	{"Cut %s from the quarter", "The quarter is overcommitted and %s is the least valuable item.", "keep everything\ncut %s", "cut it", "A plan nobody believes helps no one.", []string{"Transparency"}, []string{"Productivity"}, 3, 0, false},
	{"Promote %s", "%s has been doing the senior job for a year.", "promote now\nwait for the cycle", "promote now", "Waiting would tell them their work does not count.", []string{"Equity", "Trust"}, nil, 1, 2, true},
	{"Adopt the %s vendor", "The team wants to replace the home-grown %s tool.", "build\nbuy\nwait", "buy", "Not our core; buying frees two engineers.", []string{"Innovation"}, nil, 2, 1, false},
	{"Skip the %s offsite", "Travel for the %s offsite clashes with a family event.", "go\nskip\njoin remotely", "join remotely", "Family first, and the agenda works remotely.", []string{"Family"}, []string{"Collaboration"}, 0, 0, false},
}

var (
	decisionTopics = []string{"billing", "onboarding", "search", "mobile", "pricing", "reporting", "API", "checkout", "analytics", "security"}
	decisionPeople = []string{"Sam", "Priya", "Alex", "Jordan", "Mei"}
)

// demoDecisions logs n believable decisions over the sample, newest ones
// with reviews still due.
func demoDecisions(ctx context.Context, store *data.Store, rng *rand.Rand, start, end data.Date, n int) error {
	if n <= 0 {
		return nil
	}
	dims, err := store.Dimensions(ctx)
	if err != nil {
		return err
	}
	values, err := store.Values(ctx)
	if err != nil {
		return err
	}
	ids := map[string]int64{}
	for _, v := range values {
		ids[v.Name] = v.ID
	}
	pick := func(names []string) []int64 {
		var out []int64
		for _, name := range names {
			if id, ok := ids[name]; ok {
				out = append(out, id)
			}
		}
		return out
	}
	span := max(1, end.DaysSince(start)+1)
	ds := make([]data.Decision, 0, n)
	for i := range n {
		s := decisionStories[rng.IntN(len(decisionStories))]
		topic := decisionTopics[rng.IntN(len(decisionTopics))]
		if s.person {
			topic = decisionPeople[rng.IntN(len(decisionPeople))]
		}
		date := start.AddDays(i * span / n)
		feeling := max(-2, min(2, s.feeling+rng.IntN(3)-1))
		confidence := 4 + rng.IntN(6)
		d := data.Decision{
			Date: date, Title: sprintf(s.title, topic), Situation: sprintf(s.situation, topic),
			Options: sprintf(s.options, topic), Choice: s.choice, Rationale: s.rationale,
			Feeling: &feeling, Confidence: &confidence, Honoured: pick(s.honoured), Compromised: pick(s.compromised),
		}
		if rng.IntN(4) == 0 {
			d.Feeling = nil // not everyone notes how it felt
		}
		if len(dims) > 0 {
			d.DimensionID = dims[s.dimension%len(dims)].ID
		}
		if rng.IntN(6) == 0 {
			d.Honoured, d.Compromised = nil, nil // decided without naming a value
		}
		if rng.IntN(3) == 0 {
			d.SharedWith = []string{"the team", "my manager", "the leadership team", "my coach"}[rng.IntN(4)]
		}
		if rng.IntN(3) == 0 {
			d.ReviewOn = date.AddDays(14 + rng.IntN(50))
			if d.ReviewOn.Before(end.AddDays(-10)) && rng.IntN(5) > 0 {
				d.Outcome = []string{"It worked out; the team trusted the call.", "Mixed: the right call, said too late.", "Wrong call: we lost a month.", "Fine, but it cost more than planned."}[rng.IntN(4)]
				d.Learnt = []string{"Say the why earlier.", "Ask the team before deciding.", "Protect the weekend next time.", "Trust the data over the loudest voice."}[rng.IntN(4)]
			}
		}
		ds = append(ds, d)
	}
	return store.SaveDecisions(ctx, ds)
}

// sprintf fills a template's %s with topic, when it has one.
func sprintf(template, topic string) string {
	if !strings.Contains(template, "%s") {
		return template
	}
	return fmt.Sprintf(template, topic)
}
