package app

import (
	"fmt"
	"math"
	"sort"

	"daymark/charts"
	"daymark/data"
)

// Alignment is how the person's values meet their organisation's: the
// score, the gaps in words, and the score over time. docs/alignment.md
// defines the score.
type Alignment struct {
	Personal, Organisational []data.Value // active, by rank
	ratings                  map[[2]int64]int
	snapshots                []data.Snapshot
	names                    map[int64]string
}

// NewAlignment works out the alignment from the values, the current
// ratings and the snapshots kept.
func NewAlignment(values []data.Value, ratings []data.Rating, snapshots []data.Snapshot) Alignment {
	a := Alignment{ratings: map[[2]int64]int{}, snapshots: snapshots, names: map[int64]string{}}
	for _, v := range values {
		a.names[v.ID] = v.Name
		if v.Archived {
			continue
		}
		if v.Kind == data.Personal {
			a.Personal = append(a.Personal, v)
		} else {
			a.Organisational = append(a.Organisational, v)
		}
	}
	for _, r := range ratings {
		a.ratings[[2]int64{r.PersonalID, r.OrganisationalID}] = r.Rating
	}
	return a
}

// Rating returns how a pair meets, and false when it is unrelated.
func (a Alignment) Rating(personal, organisational int64) (int, bool) {
	r, ok := a.ratings[[2]int64{personal, organisational}]
	return r, ok
}

// Score returns the alignment score, 0 to 100, and false when there is no
// personal or no organisational value to align.
func (a Alignment) Score() (float64, bool) {
	return score(idsOf(a.Personal), idsOf(a.Organisational), a.ratings)
}

func idsOf(vs []data.Value) []int64 {
	ids := make([]int64, len(vs))
	for i, v := range vs {
		ids[i] = v.ID
	}
	return ids
}

// score is the mean fit of the personal values: each earns its strongest
// alignment (+2 → 1, +1 → ½, otherwise 0) and loses ½ for each conflict
// (−2) and ¼ for each value at odds (−1), kept between 0 and 1.
func score(personal, organisational []int64, ratings map[[2]int64]int) (float64, bool) {
	if len(personal) == 0 || len(organisational) == 0 {
		return 0, false
	}
	total := 0.0
	for _, p := range personal {
		best, cost := 0, 0.0
		for _, o := range organisational {
			r, ok := ratings[[2]int64{p, o}]
			if !ok {
				continue
			}
			best = max(best, r)
			switch r {
			case -2:
				cost += 0.5
			case -1:
				cost += 0.25
			}
		}
		total += math.Min(1, math.Max(0, float64(best)/2-cost))
	}
	return 100 * total / float64(len(personal)), true
}

// Gap is a place where the values do not meet, in a sentence.
type Gap struct {
	Sentence string
	severity int // 0 conflict, 1 no aligned value, 2 at odds
	rank     int
}

// Gaps returns where the values fail to meet, the worst first: conflicts
// (−2), personal values with no aligned organisational value, values at
// odds (−1); among equals, the more important personal value first.
func (a Alignment) Gaps() []Gap {
	var gaps []Gap
	for _, p := range a.Personal {
		best := -3
		for _, o := range a.Organisational {
			r, ok := a.Rating(p.ID, o.ID)
			if !ok {
				continue
			}
			best = max(best, r)
			switch r {
			case -2:
				gaps = append(gaps, Gap{Sentence: fmt.Sprintf("%s conflicts with %s", o.Name, p.Name), severity: 0, rank: p.Rank})
			case -1:
				gaps = append(gaps, Gap{Sentence: fmt.Sprintf("%s is at odds with %s", o.Name, p.Name), severity: 2, rank: p.Rank})
			}
		}
		if best < 1 && len(a.Organisational) > 0 {
			gaps = append(gaps, Gap{Sentence: p.Name + " has no aligned organisational value", severity: 1, rank: p.Rank})
		}
	}
	sort.SliceStable(gaps, func(i, j int) bool {
		if gaps[i].severity != gaps[j].severity {
			return gaps[i].severity < gaps[j].severity
		}
		return gaps[i].rank < gaps[j].rank
	})
	return gaps
}

// ScoreOn returns the score the matrix had at the end of date, from the
// snapshots, and false when there was none yet (or nothing to score).
func (a Alignment) ScoreOn(date data.Date) (float64, bool) {
	var last *data.Snapshot
	for i := range a.snapshots {
		if a.snapshots[i].Date.After(date) {
			break
		}
		last = &a.snapshots[i]
	}
	if last == nil {
		return 0, false
	}
	ratings := map[[2]int64]int{}
	for _, r := range last.Matrix.Ratings {
		ratings[[2]int64{r.PersonalID, r.OrganisationalID}] = r.Rating
	}
	return score(last.Matrix.Personal, last.Matrix.Organisational, ratings)
}

// FitOverTime returns the score from the first snapshot to today, one
// point a day (a week beyond two years).
func (a Alignment) FitOverTime(today data.Date) charts.Shares {
	s := charts.Shares{Key: "score out of 100", Note: "one point a day, as the matrix stood", Empty: "The score over time starts with the first rating"}
	if len(a.snapshots) == 0 {
		return s
	}
	from := a.snapshots[0].Date
	step := 1
	if today.DaysSince(from) > 2*366 {
		step, s.Note = 7, "one point a week, as the matrix stood"
	}
	line := charts.ShareLine{Label: "Alignment score", Colour: chartInk}
	for d := from; !d.After(today); d = d.AddDays(step) {
		v, ok := a.ScoreOn(d)
		if !ok {
			v = math.NaN()
		}
		line.Share = append(line.Share, v/100)
		line.Target = append(line.Target, math.NaN())
		s.XLabels = append(s.XLabels, d.Format("2 Jan 06"))
	}
	if now, ok := a.Score(); ok {
		line.Summary = fmt.Sprintf("%.0f now", now)
	}
	s.Lines = []charts.ShareLine{line}
	return s
}
