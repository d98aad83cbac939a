package timeimport

import (
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"daymark/data"
)

// How imported items become minutes: which dimension each goes to, how an
// item is cut at midnight, how overlapping items share their time, and
// what happens to minutes typed by hand. See docs/import.md.

// classifier sends items to dimensions by the person's rules.
type classifier struct {
	rules    data.ImportRules
	patterns []*regexp.Regexp // by rule; nil for rules that are not patterns
	projects map[string]int64 // tracker mappings by lower-case name
	tags     map[string]int64
}

func newClassifier(r data.ImportRules) *classifier {
	c := &classifier{rules: r, patterns: make([]*regexp.Regexp, len(r.Rules)), projects: map[string]int64{}, tags: map[string]int64{}}
	for i, rule := range r.Rules {
		if rule.Op == data.OpPattern {
			c.patterns[i], _ = regexp.Compile("(?i)" + rule.Pattern) // checked when saved
		}
	}
	for _, m := range r.Mappings {
		if m.Kind == data.MappingProject {
			c.projects[strings.ToLower(m.Name)] = m.DimensionID
		} else {
			c.tags[strings.ToLower(m.Name)] = m.DimensionID
		}
	}
	return c
}

// calendar returns the dimension of a calendar event (0: skipped), why,
// and whether a rule matched it at all. An event shown as free is only
// looked at by the rules on the title and the organiser: one of them
// naming it says it was time spent; a count of attendees does not.
func (c *classifier) calendar(it Item) (int64, string, bool) {
	for i, rule := range c.rules.Rules {
		if it.Free && rule.Field == data.FieldAttendees {
			continue
		}
		if c.matches(i, it) {
			return rule.DimensionID, RuleText(rule), true
		}
	}
	return c.rules.Unmatched, "no rule matched", false
}

func (c *classifier) matches(i int, it Item) bool {
	rule := c.rules.Rules[i]
	text := it.Title
	if rule.Field == data.FieldOrganiser {
		text = it.Organiser
	}
	switch rule.Op {
	case data.OpContains:
		return strings.Contains(strings.ToLower(text), strings.ToLower(rule.Pattern))
	case data.OpPattern:
		return c.patterns[i] != nil && c.patterns[i].MatchString(text)
	}
	// An event listing no attendees is the person's own, not a meeting.
	n, err := strconv.Atoi(rule.Pattern)
	if err != nil || it.Attendees == 0 {
		return false
	}
	if rule.Op == data.OpAtLeast {
		return it.Attendees >= n
	}
	return it.Attendees <= n
}

// tracker returns the dimension of a tracker entry: by its first mapped
// tag, else by its project.
func (c *classifier) tracker(it Item) (int64, string, bool) {
	for _, tag := range it.Tags {
		if id, ok := c.tags[strings.ToLower(tag)]; ok {
			return id, "tag “" + tag + "”", true
		}
	}
	if id, ok := c.projects[strings.ToLower(it.Project)]; ok && it.Project != "" {
		return id, "project “" + it.Project + "”", true
	}
	return c.rules.Unmatched, "no project or tag mapped", false
}

// RuleText says a rule in words: title contains “1:1”.
func RuleText(r data.Rule) string {
	switch r.Op {
	case data.OpContains:
		return r.Field + " contains “" + r.Pattern + "”"
	case data.OpPattern:
		return r.Field + " matches “" + r.Pattern + "”"
	case data.OpAtLeast:
		return "at least " + r.Pattern + " attendees"
	}
	return "at most " + r.Pattern + " attendees"
}

// split cuts an item at each midnight in loc and returns its parts on the
// days from from to to.
func split(it Item, loc *time.Location, from, to data.Date) []data.ImportedEvent {
	start, end := it.Start.In(loc), it.End.In(loc)
	first, last := data.DateOf(start), data.DateOf(end)
	if first.Before(from) {
		first = from
	}
	if last.After(to) {
		last = to
	}
	var parts []data.ImportedEvent
	for d := first; !d.After(last); d = d.AddDays(1) {
		s, e := d.Time(loc), d.AddDays(1).Time(loc)
		if start.After(s) {
			s = start
		}
		if end.Before(e) {
			e = end
		}
		if e.After(s) {
			parts = append(parts, data.ImportedEvent{UID: it.UID, Occurrence: it.Occurrence, Date: d, Start: s.UTC(), End: e.UTC(), Title: it.Title})
		}
	}
	return parts
}

// share works out a day's minutes from its events. Time when n events
// overlap counts 1/n to each of them, so time covered by any event counts
// once; time the timer counted (clock) counts for none of them, as the
// timed minutes count it already. It returns each event's share in
// minutes, and per dimension whole minutes that add up to the time
// covered, rounded, at most 1440; trimmed is what was cut to keep to 1440
// (only a day with 25 hours, when the clocks go back, can have more), and
// timed the minutes of events the timer counted instead. The shares are
// exact fractions of a second, so the same events give the same minutes
// every time, in any order (floating point sums depended on the order of
// a map).
func share(events []data.ImportedEvent, clock []data.Interval) (each []float64, byDimension map[int64]int, trimmed, timed int) {
	type point struct {
		at           int64
		delta, block int
	}
	points := make([]point, 0, 2*len(events)+2*len(clock))
	for _, e := range events {
		points = append(points, point{e.Start.Unix(), 1, 0}, point{e.End.Unix(), -1, 0})
	}
	for _, iv := range clock {
		points = append(points, point{iv.Start.Unix(), 0, 1}, point{iv.End.Unix(), 0, -1})
	}
	sort.Slice(points, func(i, j int) bool { return points[i].at < points[j].at })
	// cumulative[t] is the time, in seconds, each single event running
	// since the start of the day would have been credited by t: each
	// event's share is the difference between its end and its start.
	cumulative := map[int64]*big.Rat{}
	sum := new(big.Rat)
	var covered, under int64
	active, blocked := 0, 0
	for i, p := range points {
		if i > 0 && active > 0 && p.at > points[i-1].at {
			span := p.at - points[i-1].at
			if blocked > 0 {
				under += span
			} else {
				sum.Add(sum, big.NewRat(span, int64(active)))
				covered += span
			}
		}
		cumulative[p.at] = new(big.Rat).Set(sum)
		active += p.delta
		blocked += p.block
	}
	each = make([]float64, len(events))
	shares := map[int64]*big.Rat{}
	for i, e := range events {
		s := new(big.Rat).Sub(cumulative[e.End.Unix()], cumulative[e.Start.Unix()])
		seconds, _ := s.Float64()
		each[i] = seconds / 60
		if shares[e.DimensionID] == nil {
			shares[e.DimensionID] = new(big.Rat)
		}
		shares[e.DimensionID].Add(shares[e.DimensionID], s)
	}
	total := int((covered + 30) / 60) // to the nearest minute, half up
	if total > data.MinutesPerDay {
		trimmed, total = total-data.MinutesPerDay, data.MinutesPerDay
	}
	return each, apportion(shares, total), trimmed, int((under + 30) / 60)
}

// apportion turns shares into whole numbers that add up to total, in
// proportion: each gets its share rounded down, and the minutes left go to
// the largest remainders. Equal remainders are told apart by the data, never
// by chance: the larger share first, then the dimension made first (the
// lower ID).
func apportion(shares map[int64]*big.Rat, total int) map[int64]int {
	sum := new(big.Rat)
	ids := make([]int64, 0, len(shares))
	for id, s := range shares {
		if s.Sign() > 0 {
			sum.Add(sum, s)
			ids = append(ids, id)
		}
	}
	out := map[int64]int{}
	if sum.Sign() == 0 || total <= 0 {
		return out
	}
	rest := map[int64]*big.Rat{}
	given := 0
	for _, id := range ids {
		exact := new(big.Rat).Mul(shares[id], big.NewRat(int64(total), 1))
		exact.Quo(exact, sum)
		whole := new(big.Int).Quo(exact.Num(), exact.Denom()) // both positive: rounded down
		out[id] = int(whole.Int64())
		rest[id] = exact.Sub(exact, new(big.Rat).SetInt(whole))
		given += out[id]
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := ids[i], ids[j]
		if c := rest[a].Cmp(rest[b]); c != 0 {
			return c > 0
		}
		if c := shares[a].Cmp(shares[b]); c != 0 {
			return c > 0
		}
		return a < b
	})
	for i := 0; given < total; i++ {
		out[ids[i%len(ids)]]++
		given++
	}
	for id, m := range out {
		if m == 0 {
			delete(out, id)
		}
	}
	return out
}

// A settlement is a day's new actual minutes, the part of them the import
// sets, and how they came about.
type settlement struct {
	actual, imported map[int64]int
	calendar         map[int64]int // the minutes of the day's events
	each             []float64     // each event's share, in minutes
	kept             map[int64]bool
	trimmed          int
	timed            int // minutes of events the timer counted instead
}

// settle works out a day's actual minutes from its events and its timed
// minutes, which always stay: what was timed wins over the events for the
// same minutes. Replacing, the rest is the events' minutes. Keeping, a
// dimension whose actual minutes were typed by hand (they differ from what
// the last import set) keeps them, the events fill the other dimensions,
// and their minutes are cut, in proportion, to what is left of the 1440.
func settle(d data.ImportDay, keep bool) settlement {
	s := settlement{kept: map[int64]bool{}}
	s.each, s.calendar, s.trimmed, s.timed = share(d.Events, d.Clock)
	s.actual, s.imported = map[int64]int{}, map[int64]int{}
	room := data.MinutesPerDay
	for _, m := range d.Timed {
		room -= m
	}
	if keep {
		for id, m := range TypedByHand(d) {
			s.actual[id], s.kept[id] = m, true
			room -= m
		}
	}
	rest := map[int64]*big.Rat{}
	wanted := 0
	for id, m := range s.calendar {
		if !s.kept[id] {
			rest[id] = big.NewRat(int64(m), 1)
			wanted += m
		}
	}
	fill := wanted
	if wanted > room {
		fill = max(room, 0)
		s.trimmed += wanted - fill
	}
	for id, m := range apportion(rest, fill) {
		s.actual[id], s.imported[id] = m, m
	}
	for id, m := range d.Timed {
		s.actual[id] += m
	}
	return s
}

// Resettle works a day's actual minutes out again after the timer changed
// what was timed on it: the typed minutes kept, the timed time taken out
// of the events'. It is how the timer's data.Recount settles a day with
// imported events.
func Resettle(d data.ImportDay) (actual, imported map[int64]int, err error) {
	s := settle(d, true)
	return s.actual, s.imported, nil
}

// TypedByHand returns the actual minutes of a day that were typed by hand,
// by dimension: what is neither timed nor what the last import set.
func TypedByHand(d data.ImportDay) map[int64]int {
	out := map[int64]int{}
	for id := range d.Day.Actual {
		if m := d.Day.Typed(id); m > 0 && m != d.Imported[id] {
			out[id] = m
		}
	}
	return out
}

// clockRange writes an event's part as 09:00–10:30 in loc.
func clockRange(e data.ImportedEvent, loc *time.Location) string {
	return fmt.Sprintf("%s–%s", e.Start.In(loc).Format("15:04"), e.End.In(loc).Format("15:04"))
}
