// Package coachingscreen is the Coaching screen: the coaching sessions with
// what was discussed and agreed, and the brief that prepares the next one,
// a tab each.
//
//	coaching.go            the screen: its two tabs
//	coachingsessions.go    the sessions: the list beside the form of one session
//	coachingsessionform.go the form of one session: its date, notes, actions, the values it touched
//	coachingbrief.go       the brief: its period, its sections shown as they will be written, export
package coachingscreen
