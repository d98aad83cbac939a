package app

import (
	"math"
	"strconv"
)

// Figures are one dimension's minutes a day over a range, as the Balance
// screen, daymark balance and the brief all show them: each average
// rounded once to whole minutes, and the difference from target worked
// out from the rounded figures, so that what is shown adds up.
//
// Planned time is averaged over the days with a plan, actual time over the
// days with actual time recorded, and the target over those same days:
// a day with nothing recorded yet (today, before anything is recorded)
// pulls no average down and counts as no shortfall.
type Figures struct {
	Planned, Actual, Target int
	HasTarget               bool    // a target is in force on the days compared
	Off                     int     // Actual − Target
	HasOff                  bool    // there is a target and actual time to compare with it
	OffShare                float64 // Off as a share of Target
	Kept                    float64 // how closely actual time followed the plan, 0 to 1
	HasKept                 bool    // something was planned
}

// Figures works out r's figures a day.
func (b Balance) Figures(r BalanceRow) Figures {
	f := Figures{Planned: average(r.Planned, b.PlannedDays), Actual: average(r.Actual, b.ActualDays)}
	if b.ActualDays > 0 {
		f.Target, f.HasTarget = average(r.targetRecorded, b.ActualDays), r.targetRecorded > 0
		f.HasOff = f.HasTarget
	} else {
		// Nothing to compare yet: the target still shows, over every day.
		f.Target, f.HasTarget = average(r.Target, b.Range.Days()), r.Target > 0
	}
	if f.HasOff {
		f.Off = f.Actual - f.Target
		if f.Target > 0 {
			f.OffShare = float64(f.Off) / float64(f.Target)
		}
	}
	f.Kept, f.HasKept = r.PlanFollowed()
	return f
}

// average divides total minutes by days, rounded to whole minutes (half
// away from zero); 0 over no days.
func average(total, days int) int {
	if days == 0 {
		return 0
	}
	return int(math.Round(float64(total) / float64(days)))
}

// FigureTexts are Figures written out, "–" where there is no figure.
type FigureTexts struct {
	Planned, Actual, Target string // "2h 07m"
	Off, OffShare           string // "−53m", "−30%"
	Kept                    string // "86%"
}

// Texts writes the figures the one way Daymark shows them.
func (f Figures) Texts() FigureTexts {
	t := FigureTexts{Planned: FormatDuration(f.Planned), Actual: FormatDuration(f.Actual), Target: "–", Off: "–", OffShare: "–", Kept: "–"}
	if f.HasTarget {
		t.Target = FormatDuration(f.Target)
	}
	if f.HasOff {
		t.Off, t.OffShare = FormatDeviation(f.Off), FormatShare(f.OffShare)
	}
	if f.HasKept {
		t.Kept = strconv.Itoa(int(math.Round(f.Kept*100))) + "%"
	}
	return t
}

// OffTarget writes the difference from target with its share, as the
// tables show it: "−53m (−30%)", or "–".
func (t FigureTexts) OffTarget() string {
	if t.Off == "–" {
		return t.Off
	}
	return t.Off + " (" + t.OffShare + ")"
}

// FormatShare writes a share as a whole percentage with its sign, the way
// differences are written: "+22%", "−30%", "0%".
func FormatShare(share float64) string {
	return Signed(int(math.Round(share*100))) + "%"
}

// Signed writes a whole number with "+" when positive and "−" (the minus
// sign) when negative: "+5", "−5", "0".
func Signed(n int) string {
	switch {
	case n > 0:
		return "+" + strconv.Itoa(n)
	case n < 0:
		return "−" + strconv.Itoa(-n)
	}
	return "0"
}

// AboveBelow says the difference from target in words, rounded as the
// tables round it: "30% below target", "on target".
func (f Figures) AboveBelow() string {
	p := int(math.Round(math.Abs(f.OffShare) * 100))
	switch {
	case p == 0:
		return "on target"
	case f.Off < 0:
		return strconv.Itoa(p) + "% below target"
	}
	return strconv.Itoa(p) + "% above target"
}

// BalanceTable lays the figures out as a table, a dimension a row, the one
// way the brief and daymark balance print them.
func (b Balance) BalanceTable() (header []string, rows [][]string) {
	header = []string{"Dimension", "Planned a day", "Actual a day", "Target a day", "Off target", "Plan kept"}
	for _, r := range b.Rows {
		name := r.Dimension.Name
		if r.Focus {
			name += " (focus)"
		}
		t := b.Figures(r).Texts()
		rows = append(rows, []string{name, t.Planned, t.Actual, t.Target, t.OffTarget(), t.Kept})
	}
	return header, rows
}

// RangeLine says what the figures cover, the one way every view says it:
// "20 days, 11 Nov to 30 Nov 2026; 1 day has no actual time recorded".
func (b Balance) RangeLine(style DateStyle) string {
	line := Plural(b.Range.Days(), "day") + ", " + b.Range.Text(style)
	switch n := b.Range.Days() - b.ActualDays; {
	case n == 0:
	case n == b.Range.Days():
		line += "; no day has actual time recorded"
	case n == 1:
		line += "; 1 day has no actual time recorded"
	default:
		line += "; " + strconv.Itoa(n) + " days have no actual time recorded"
	}
	return line
}
