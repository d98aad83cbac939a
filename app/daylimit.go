package app

import (
	"fmt"

	"daymark/data"
)

// OverTheDay says, the one way Daymark says it, each side of a day that
// holds more than the day's 1440 minutes: "The plan adds up to 25h, 1h
// more than the 24 hours in a day." of names the day among others ("of
// Tuesday 3 March 2026"), or is empty for a day on its own.
func OverTheDay(planned, actual int, of string) []string {
	var out []string
	for side, total := range []int{planned, actual} {
		if free := Unallocated(total); free < 0 {
			name := [2]string{"The plan", "The actual time"}[side]
			if of != "" {
				name += " " + of
			}
			out = append(out, fmt.Sprintf("%s adds up to %s, %s more than the 24 hours in a day.", name, FormatDuration(total), FormatDuration(-free)))
		}
	}
	return out
}

// DayProblems says what keeps a day of a week from being saved, naming the
// day: more than 1440 minutes planned or actual, then any other rule the
// day breaks (actual time under what was timed, a note too long).
func DayProblems(day data.Day) []string {
	of := "of " + DateText(day.Date, WeekdayDates)
	out := OverTheDay(day.PlannedTotal(), day.ActualTotal(), of)
	if len(out) == 0 {
		if err := day.Validate(); err != nil {
			out = append(out, DateText(day.Date, WeekdayDates)+": "+data.ErrorMessage(err)+".")
		}
	}
	return out
}
