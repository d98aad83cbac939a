package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// goBenchmarks runs every benchmark of pkgs count times and returns the
// times of each, in milliseconds, by package and name ("charts.BenchmarkDonut1000x600").
func goBenchmarks(count int, pkgs ...string) (map[string][]float64, error) {
	var out bytes.Buffer
	args := append([]string{"test", "-run", "^$", "-bench", ".", "-count", strconv.Itoa(count)}, pkgs...)
	cmd := goCommand(args...)
	cmd.Stdout = io.MultiWriter(&out, os.Stderr)
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go test -bench: %w", err)
	}
	return parseBenchmarks(&out)
}

// benchLine is a line of go test -bench's output: the name (without the
// -GOMAXPROCS suffix), the iterations and the time of one.
var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op`)

func parseBenchmarks(r io.Reader) (map[string][]float64, error) {
	times := map[string][]float64{}
	pkg := ""
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = path.Base(p)
			continue
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		ns, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			return nil, fmt.Errorf("reading %q: %w", line, err)
		}
		name := pkg + "." + m[1]
		times[name] = append(times[name], ns/1e6)
	}
	if len(times) == 0 {
		return nil, fmt.Errorf("go test -bench printed no benchmark")
	}
	return times, sc.Err()
}
