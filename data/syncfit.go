package data

import (
	"sort"
	"strconv"
)

// fit keeps minutes (by field name of the record) within a day's 1440.
// When a merge makes them add up to more, the day is kept as it was on the
// device of its latest change: the changes made elsewhere go back to
// their floor (none, or what the timer counted), newest first, until the
// day fits, each as a repair whose old value becomes a conflict; should
// that not be enough, the newest of the rest go back too. what names the
// day for the sentence of strict mode.
func (w *recordWriter) fit(kind, record string, f fieldSet, minutes, floor map[string]int, what string) error {
	total := 0
	for _, m := range minutes {
		total += m
	}
	if total <= MinutesPerDay {
		return nil
	}
	if w.strict {
		return Errorf(EInvalid, "%s would add up to %s, more than the 24 hours (1440 minutes) in a day", what, clock(total))
	}
	latest := f.latest().Device
	names := make([]string, 0, len(minutes))
	for n := range minutes {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := f[names[i]].hlc, f[names[j]].hlc
		if here, there := a.Device == latest, b.Device == latest; here != there {
			return there // changes from elsewhere first
		}
		if a != b {
			return b.Before(a) // newest first
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		if total <= MinutesPerDay {
			break
		}
		if minutes[n] <= floor[n] {
			continue
		}
		value := jsonNull
		if floor[n] > 0 {
			value = strconv.Itoa(floor[n])
		}
		old, ok := f[n]
		if !ok {
			old = fieldState{value: strconv.Itoa(minutes[n])}
		}
		if err := w.repair(kind, record, n, old, value, ""); err != nil {
			return err
		}
		total -= minutes[n] - floor[n]
		minutes[n] = floor[n]
	}
	return nil
}
