// Package brief is the coaching brief: what a person brings to a session
// (the time balance against targets, the focus, the decisions, the
// values, the reflections, the weekly reviews, the actions and the
// questions), gathered from the database, laid out once as Blocks, and
// written as Markdown with PNG charts and as a printable PDF set in Noto
// Sans, with system fonts for any character it lacks. Its door is
// Preparer, then Export. See docs/coaching.md.
//
// It imports app, data, charts and assets, and nothing of Fyne.
package brief
