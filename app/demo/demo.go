package demo

import (
	"context"
	"math/rand/v2"
	"os"
	"time"

	"daymark/app"
	"daymark/data"
)

// Options says how much sample data to make.
type Options struct {
	Days      int       // how many days, ending with End
	End       data.Date // the last day (today when zero)
	Seed      uint64    // the same seed makes the same days
	Decisions int       // how many decisions; zero: three a week; below zero: none
}

// MaxDays bounds the sample: about 27 years. MaxDecisions bounds
// its decisions.
const (
	MaxDays      = 10000
	MaxDecisions = 100000
)

// Validate checks the number of days asked for.
func (o Options) Validate() error {
	if o.Days < 1 || o.Days > MaxDays {
		return data.Errorf(data.EInvalid, "--days must be between 1 and %d", MaxDays)
	}
	if o.Decisions > MaxDecisions {
		return data.Errorf(data.EInvalid, "--decisions must be at most %d", MaxDecisions)
	}
	return nil
}

// profile is how a leader tends to plan and spend one dimension: minutes
// planned on a weekday and at the weekend, and how actual time drifts from
// the plan (a factor between lo and hi).
type profile struct {
	weekday, weekend, spread int
	lo, hi                   float64
}

// profiles follow the default dimensions: My self, People, Organisational
// improvement, Value management. People time overruns; improvement work
// is the first to be squeezed.
var profiles = []profile{
	{weekday: 240, weekend: 600, spread: 60, lo: 0.75, hi: 1.05},
	{weekday: 180, weekend: 15, spread: 60, lo: 0.95, hi: 1.35},
	{weekday: 90, weekend: 0, spread: 30, lo: 0.45, hi: 1.0},
	{weekday: 120, weekend: 30, spread: 45, lo: 0.7, hi: 1.1},
}

// events are the days that stand out, with the dimension they weigh on.
var events = []struct {
	note  string
	index int // the profile the event adds to
	extra int
}{
	{"Quarterly planning with the leadership team", 3, 150},
	{"Hiring day: three interviews", 1, 150},
	{"Retro on how we run incidents", 2, 90},
	{"Offsite with the product team", 1, 180},
	{"Strategy review with finance", 3, 120},
	{"Kids' school play in the afternoon", 0, 120},
}

var notes = []string{
	"Too many meetings; no time to think.",
	"Good 1:1s today. Felt present.",
	"Ran in the morning before work.",
	"Blocked the afternoon for the roadmap write-up.",
	"Left on time for dinner with the family.",
	"Context switching all day.",
	"Coaching session: talked about saying no.",
	"Quiet day; cleared the decision backlog.",
}

// Fill fills an empty database with believable sample days ending with
// opts.End: plans, actuals that drift from them, a holiday each summer and
// notes. The last day has a plan but no actual yet. It refuses a database
// that already holds data, and returns the number of days written.
func Fill(ctx context.Context, store *data.Store, opts Options) (int, error) {
	if err := opts.Validate(); err != nil {
		return 0, err
	}
	if opts.End.IsZero() {
		opts.End = data.Today()
	}
	if empty, err := store.IsEmpty(ctx); err != nil {
		return 0, err
	} else if !empty {
		return 0, data.Errorf(data.EConflict, "%s already holds data: sample data only goes into a new database", store.Path())
	}
	all, err := store.Dimensions(ctx)
	if err != nil {
		return 0, err
	}
	dims := app.Active(all)
	rng := rand.New(rand.NewPCG(opts.Seed, 1440))
	days := make([]data.Day, 0, opts.Days)
	start := opts.End.AddDays(1 - opts.Days)
	if start.Before(data.MinDate) {
		return 0, data.Errorf(data.EInvalid, "the sample would start before %s: ask for fewer days", data.MinDate)
	}
	for i := range opts.Days {
		day := demoDay(rng, start.AddDays(i), dims)
		if i == opts.Days-1 {
			day.Actual = map[int64]int{} // today: the person fills it in tonight
		}
		days = append(days, day)
	}
	if err := store.SaveDays(ctx, days); err != nil {
		return 0, err
	}
	for _, t := range demoTargets(start, opts.Days, dims) {
		if err := store.SaveTarget(ctx, t); err != nil {
			return 0, err
		}
	}
	for _, f := range demoFocus(start, opts.End, dims) {
		if err := store.SetFocus(ctx, f); err != nil {
			return 0, err
		}
	}
	if err := demoValues(ctx, store, start, opts.End); err != nil {
		return 0, err
	}
	decisions := opts.Decisions
	if decisions == 0 {
		decisions = opts.Days * 3 / 7
	}
	if err := demoDecisions(ctx, store, rng, start, opts.End, decisions); err != nil {
		return 0, err
	}
	if err := demoCoaching(ctx, store, start, opts.End); err != nil {
		return 0, err
	}
	if err := demoWeek(ctx, store, start, opts.End, dims); err != nil {
		return 0, err
	}
	return len(days), nil
}

// demoTargets is a believable target history: a first version when the
// sample starts, then more people time and more improvement time as the
// team grows, then a push on strategy in the last quarter.
func demoTargets(start data.Date, days int, dims []data.Dimension) []data.Target {
	versions := []struct {
		at      int   // days after the start
		minutes []int // per profile
	}{
		{0, []int{240, 150, 90, 120}},
		{days / 3, []int{240, 180, 120, 120}},
		{days - min(days, 90), []int{240, 180, 105, 150}},
	}
	var out []data.Target
	for _, v := range versions {
		t := data.Target{From: start.AddDays(v.at), Minutes: map[int64]int{}}
		if n := len(out); n > 0 && !t.From.After(out[n-1].From) {
			continue // a short sample keeps the earlier versions
		}
		for i, d := range dims {
			t.Minutes[d.ID] = v.minutes[i%len(v.minutes)]
		}
		out = append(out, t)
	}
	return out
}

// demoFocus puts value management first for a while, then the people of a
// growing team for the last two months.
func demoFocus(start, end data.Date, dims []data.Dimension) []data.Focus {
	if len(dims) < 4 {
		return nil
	}
	first := data.Focus{Started: start, DimensionID: dims[3].ID, Reason: "the strategy refresh is due and the team needs to know what matters"}
	second := data.Focus{Started: end.AddDays(-60), DimensionID: dims[1].ID, Reason: "three new people joined the team"}
	if !second.Started.After(start) {
		return []data.Focus{second}
	}
	return []data.Focus{first, second}
}

func demoDay(rng *rand.Rand, date data.Date, dims []data.Dimension) data.Day {
	day := data.NewDay(date)
	weekend := date.Weekday() == time.Saturday || date.Weekday() == time.Sunday
	if doy := date.Time(time.UTC).YearDay(); doy >= 200 && doy < 207 {
		if len(dims) > 0 {
			day.Planned[dims[0].ID] = 720
			day.Actual[dims[0].ID] = roundTo(660+rng.IntN(150), 15)
		}
		day.Note = "Holiday: phone off."
		return day
	}
	extra := map[int]int{}
	if !weekend && rng.IntN(12) == 0 {
		e := events[rng.IntN(len(events))]
		extra[e.index] = e.extra
		day.Note = e.note
	} else if rng.IntN(5) == 0 {
		day.Note = notes[rng.IntN(len(notes))]
	}
	for i, d := range dims {
		p := profiles[i%len(profiles)]
		base := p.weekday
		if weekend {
			base = p.weekend
		}
		planned := 0
		if base > 0 {
			planned = max(0, roundTo(base+rng.IntN(2*p.spread+1)-p.spread+extra[i%len(profiles)], 15))
		}
		actual := roundTo(int(float64(planned)*(p.lo+rng.Float64()*(p.hi-p.lo))), 5)
		if planned > 0 {
			day.Planned[d.ID] = planned
		}
		if actual > 0 && day.ActualTotal()+actual <= data.MinutesPerDay {
			day.Actual[d.ID] = actual
		}
	}
	return day
}

func roundTo(m, step int) int { return (m + step/2) / step * step }

// MakeSample makes a new database at path holding a year of sample data
// ending today, for exploring the app; it refuses a file that exists.
func MakeSample(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return data.Errorf(data.EConflict, "%s already exists", path)
	}
	store, err := data.Open(path)
	if err != nil {
		return err
	}
	if _, err := Fill(ctx, store, Options{Days: 365, Seed: 1440}); err != nil {
		store.Close()
		return err
	}
	return store.Close()
}
