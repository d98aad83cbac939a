package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
)

// report is everything one run measured: bench.json.
type report struct {
	Machine    machine              `json:"machine"`
	Started    string               `json:"started"`
	Figures    []figure             `json:"figures"`
	Runs       windowRuns           `json:"window_runs"`
	Resident   residentRuns         `json:"resident"`
	Benchmarks map[string][]float64 `json:"benchmarks_ms"` // every run of every Go benchmark
}

// figure is a line of the table: what was measured, and its budget.
type figure struct {
	Figure   string   `json:"figure"`
	Measured float64  `json:"measured"`
	Unit     string   `json:"unit"`
	Text     string   `json:"measured_text"`    // the measure as the table writes it
	Budget   *float64 `json:"budget,omitempty"` // at most, in Unit; none for a figure kept to watch
	Met      *bool    `json:"met,omitempty"`
}

// within sets the figure's budget and whether the measure is within it.
func (f figure) within(budget float64) figure {
	met := f.Measured <= budget
	f.Budget, f.Met = &budget, &met
	return f
}

// machine is what the figures were measured on.
type machine struct {
	OS    string `json:"os"`
	Arch  string `json:"arch"`
	CPU   string `json:"cpu"`
	Cores int    `json:"cores"`
	Go    string `json:"go"`
}

func describeMachine() machine {
	m := machine{OS: runtime.GOOS, Arch: runtime.GOARCH, Cores: runtime.NumCPU(), Go: runtime.Version()}
	if b, err := os.ReadFile("/etc/os-release"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "PRETTY_NAME="); ok {
				m.OS = strings.Trim(v, `"`)
			}
		}
	}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}

// Budgets of PRODUCT.md.
const (
	windowBudget = 1.25   // first window, against hello's
	memoryBudget = 1.5    // peak memory, against hello's
	frameBudget  = 16.0   // a chart at 1000×600, ms
	saveBudget   = 5.0    // saving a day, ms
	yearBudget   = 10.0   // a year's balance figures, ms
	searchBudget = 20.0   // a search of 10,000 decisions, ms
	syncBudget   = 2000.0 // a round applying a year of another device's changes, ms
	idleBudget   = 50.0   // a round with nothing new, ms
	growthBudget = 1.5    // the window over ten years against over one day: no growth, with room for noise
	trayBudget   = 1.0    // CPU closed to the tray with a timer running, against hello's idle window: below it
	// memory after a simulated eight-hour day of switching, against after the first switch
	dayMemoryBudget = 1.05
)

// windowFigures are the medians of the starts, Daymark against hello: when
// the window is mapped (what xdotool sees), when its first frame is on it
// (what a person sees), and the peak memory.
func windowFigures(w windowRuns) []figure {
	med := func(ls []launch, f func(launch) float64) float64 {
		var xs []float64
		for _, l := range ls {
			xs = append(xs, f(l))
		}
		return median(xs)
	}
	ratio := func(name, unit string, f func(launch) float64, budget float64) figure {
		d, h := med(w.Daymark, f), med(w.Hello, f)
		return figure{Figure: name, Measured: d / h, Unit: "×",
			Text: fmt.Sprintf("%.0f %s / %.0f %s = %.2f×", d, unit, h, unit, d/h)}.within(budget)
	}
	n := len(w.Daymark)
	return []figure{
		ratio(fmt.Sprintf("First window mapped: Daymark / hello (median of %d, ten-year database)", n), "ms",
			func(l launch) float64 { return l.Mapped }, windowBudget),
		ratio("First frame drawn in it: Daymark / hello", "ms", func(l launch) float64 { return l.Drawn }, windowBudget),
		ratio("Peak memory: Daymark / hello", "MB", func(l launch) float64 { return l.PeakMB }, memoryBudget),
	}
}

// benchmark is a Go benchmark that stands for a figure of the table.
type benchmark struct {
	name   string  // package.Benchmark
	figure string  // what it measures, in words
	budget float64 // ms; 0 for none
}

var benchmarks = []benchmark{
	{"charts.BenchmarkDonut1000x600", "The day's donut at 1000×600", frameBudget},
	{"charts.BenchmarkBars1000x600", "Planned, actual and target bars at 1000×600", frameBudget},
	{"charts.BenchmarkStacks1000x600", "Stacked days at 1000×600 (120 bars)", frameBudget},
	{"charts.BenchmarkShares1000x600TenYearsOfDays", "Shares over time at 1000×600 (4 × 3,650 days)", frameBudget},
	{"charts.BenchmarkFeelingBars1000x600", "Values by feeling at 1000×600 (20 values)", frameBudget},
	{"app.BenchmarkSaveDay", "Saving a day", saveBudget},
	{"app.BenchmarkBalanceYear", "A year's balance figures and chart series", yearBudget},
	{"app.BenchmarkSearchDecisionsWord", "Searching 10,000 decisions: a word (“billing”)", searchBudget},
	{"app.BenchmarkSearchDecisionsOneLetter", "Searching 10,000 decisions: the first letter typed (“t”)", searchBudget},
	{"app.BenchmarkSearchDecisionsCommonWord", "Searching 10,000 decisions: a word in nearly all (“the”)", searchBudget},
	{"app.BenchmarkSearchDecisionsAll", "Searching 10,000 decisions: no words (the screen opening)", searchBudget},
	{"sync.BenchmarkSyncRoundAYearOfChangesTenYears", "A sync round applying a year of another device's changes (ten-year database)", syncBudget},
	{"sync.BenchmarkSyncRoundNothingNewTenYears", "A sync round with nothing new (ten-year database)", idleBudget},
	{"app.BenchmarkOpenStore", "Opening the store", 0},
	{"app.BenchmarkReadDay", "Reading a day", 0},
	{"app.BenchmarkBalanceTenYears", "Ten years' balance figures and chart series (off the UI goroutine)", 0},
	{"app.BenchmarkDecisionInsights", "The decision insights (off the UI goroutine)", 0},
}

// benchmarkFigures turns the benchmarks' medians into figures: those above,
// in their order, then any other, under its Go name.
func benchmarkFigures(times map[string][]float64) []figure {
	var figs []figure
	seen := map[string]bool{}
	for _, b := range benchmarks {
		ts, ok := times[b.name]
		if !ok {
			figs = append(figs, figure{Figure: b.figure, Text: "not run (" + b.name + " is missing)"})
			continue
		}
		seen[b.name] = true
		f := figure{Figure: b.figure, Measured: median(ts), Unit: "ms", Text: milliseconds(median(ts))}
		if b.budget > 0 {
			f = f.within(b.budget)
		}
		figs = append(figs, f)
	}
	// Startup over ten years against over one day.
	one, ten := times["ui.BenchmarkNewWindow/one-day"], times["ui.BenchmarkNewWindow/ten-years"]
	if len(one) > 0 && len(ten) > 0 {
		seen["ui.BenchmarkNewWindow/one-day"], seen["ui.BenchmarkNewWindow/ten-years"] = true, true
		o, t := median(one), median(ten)
		figs = append(figs, figure{Figure: "Building the window and its first frame (test driver): ten years / one day",
			Measured: t / o, Unit: "×", Text: fmt.Sprintf("%s / %s = %.2f×", milliseconds(t), milliseconds(o), t/o)}.within(growthBudget))
	}
	var others []string
	for name := range times {
		if !seen[name] {
			others = append(others, name)
		}
	}
	slices.Sort(others)
	for _, name := range others {
		m := median(times[name])
		figs = append(figs, figure{Figure: name, Measured: m, Unit: "ms", Text: milliseconds(m)})
	}
	return figs
}

func milliseconds(ms float64) string {
	if ms < 1 {
		return fmt.Sprintf("%.2f ms", ms)
	}
	return fmt.Sprintf("%.1f ms", ms)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// printTable writes the figures as a Markdown table, with the machine and
// how many budgets were met.
func printTable(w io.Writer, r report) {
	m := r.Machine
	fmt.Fprintf(w, "Measured on %s, %s, %d cores (%s), %s\n\n", m.OS, m.Arch, m.Cores, m.CPU, m.Go)
	fmt.Fprintln(w, "| figure | measured | budget | met |")
	fmt.Fprintln(w, "|---|---|---|---|")
	met, budgets := 0, 0
	for _, f := range r.Figures {
		budget, ok := "–", "–"
		if f.Budget != nil {
			budgets++
			budget = fmt.Sprintf("%g ms", *f.Budget)
			if f.Unit == "×" {
				budget = fmt.Sprintf("≤ %g×", *f.Budget)
			}
			ok = "no"
			if *f.Met {
				ok = "yes"
				met++
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", f.Figure, f.Text, budget, ok)
	}
	fmt.Fprintf(w, "\n%d of %d budgets met.\n", met, budgets)
}
