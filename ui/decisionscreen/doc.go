// Package decisionscreen is the Decisions screen: the decision log, found
// by words and filtered by value, discomfort and reviews due, with the form
// that records a decision and, later, how it turned out.
//
//	decisions.go         the screen: the list, its filters and counts, a chart of decisions by feeling
//	decisionform.go      the form of one decision
//	decisionsearch.go    searching and filtering, the reviews that are due
package decisionscreen
