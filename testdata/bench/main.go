// bench measures Daymark against the performance budgets of PRODUCT.md, in
// one run, and prints each figure beside its budget: make bench runs it.
//
// It builds Daymark and benchhello (the smallest Fyne program with a
// window), fills a ten-year database with daymark demo, and times each
// program's first window under an Xvfb of its own, the two taking turns,
// with the peak memory of each; then what staying open all day costs: the
// CPU of hello's idle window beside Daymark's with a timer running, window
// open and closed to the tray, and memory over a simulated day of
// switching; then it runs the Go benchmarks of charts, app and ui. The
// table goes to standard output and, with every run, to bench.json.
//
// Run it from the root of the repository: go run ./testdata/bench.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

func main() {
	runs := flag.Int("runs", 7, "starts of each program to take the median of")
	count := flag.Int("count", 5, "runs of each Go benchmark to take the median of")
	out := flag.String("json", "bench.json", "where to write the results")
	windowsOnly := flag.Bool("windows", false, "only the first windows and memory: skip the Go benchmarks")
	resident := flag.Int("resident", 60, "seconds of each program's CPU measured while it stays open (0: skip)")
	flag.Parse()
	if *windowsOnly {
		*count = 0
	}
	if err := run(*runs, *count, *resident, *out); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(runs, count, resident int, out string) error {
	if _, err := os.Stat("FyneApp.toml"); err != nil {
		return fmt.Errorf("run it from the root of the repository (%w)", err)
	}
	tmp, err := os.MkdirTemp("", "daymark-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	report := report{Machine: describeMachine(), Started: time.Now().UTC().Format(time.RFC3339)}

	step("Building daymark and benchhello")
	daymark, hello := filepath.Join(tmp, "daymark"), filepath.Join(tmp, "benchhello")
	if err := goCommand("build", "-o", daymark, ".").Run(); err != nil {
		return fmt.Errorf("building daymark: %w", err)
	}
	if err := goCommand("build", "-o", hello, "./testdata/benchhello").Run(); err != nil {
		return fmt.Errorf("building benchhello: %w", err)
	}

	step("Filling a ten-year database: daymark demo --days 3650 --decisions 10000")
	db := filepath.Join(tmp, "ten-years.db")
	start := time.Now()
	if msg, err := exec.Command(daymark, "demo", "--db", db, "--days", "3650", "--decisions", "10000").CombinedOutput(); err != nil {
		return fmt.Errorf("daymark demo: %w: %s", err, msg)
	}
	demo := time.Since(start)

	step(fmt.Sprintf("Starting each program %d times, taking turns, under Xvfb", runs))
	windows, err := startWindows(tmp, program{hello, nil}, program{daymark, []string{"--db", db}}, runs)
	if err != nil {
		return err
	}
	report.Runs = windows

	var memFirst, memDay float64
	if resident > 0 {
		step(fmt.Sprintf("Staying resident: hello idle, then Daymark with a timer running, window open, then closed to the tray, %d s each", resident))
		if report.Resident, err = measureResident(tmp, program{hello, nil}, program{daymark, []string{"--db", db}}, db, resident); err != nil {
			return err
		}
		step("An eight-hour day of a timer switching every 20 minutes (ui test, Fyne's caches cleaned)")
		if memFirst, memDay, err = residentMemory(); err != nil {
			return err
		}
	}

	var results map[string][]float64
	if count > 0 {
		step(fmt.Sprintf("Running the Go benchmarks of charts, app, app/sync and ui, %d times each", count))
		if results, err = goBenchmarks(count, "./charts", "./app", "./app/sync", "./ui"); err != nil {
			return err
		}
	}
	report.Benchmarks = results

	report.Figures = windowFigures(windows)
	if resident > 0 {
		report.Figures = append(report.Figures, residentFigures(report.Resident, memFirst, memDay)...)
	}
	if count > 0 {
		report.Figures = append(report.Figures, benchmarkFigures(results)...)
	}
	report.Figures = append(report.Figures, figure{
		Figure: "`daymark demo --days 3650 --decisions 10000`", Measured: demo.Seconds(), Unit: "s",
		Text: fmt.Sprintf("%.1f s", demo.Seconds()),
	})
	fmt.Println()
	printTable(os.Stdout, report)
	body, err := json.MarshalIndent(report, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(out, append(body, '\n'), 0o644)
}

// step says what is being done, on standard error.
func step(what string) { fmt.Fprintf(os.Stderr, "bench: %s…\n", what) }

// goCommand is a go command of the toolchain in use, its output shown.
func goCommand(args ...string) *exec.Cmd {
	name := os.Getenv("GO")
	if name == "" {
		name = "go"
	}
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd
}
