// Package capture is actual time that records itself: a timer per
// dimension (start, switch, stop, each now or at a time said; correct
// afterwards), split at midnight into the days' actual minutes; time away
// noticed and offered back (IdleTracker, with package idle's readings);
// and the reminders to plan, to record, before a coaching session, for
// reviews due and for the weekly review. Its doors are Timer and
// Reminders. See docs/timer.md.
//
// It imports app, app/timeimport (a day with imported events is settled
// again by the import's rules), data, and nothing of Fyne.
package capture
