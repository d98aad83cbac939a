// Package valuescreen is the Values screen: the leader's values with their
// rank and meaning, how well the days' decisions honoured them, the
// reflections written on them, and the contexts in which they apply, a tab
// each.
//
//	values.go            the screen: its four tabs, each a screen of its own
//	valueslist.go        the values: the list beside the form of one value
//	valuesalignment.go   alignment: how often decisions honoured each value, as figures and a chart
//	valuesreflections.go reflections: what the leader wrote about a value, by date
//	valuescontexts.go    contexts: where a value applies, and which values each context calls on
package valuescreen
