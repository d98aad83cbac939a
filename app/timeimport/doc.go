// Package timeimport fills actual time from what other programs recorded:
// a calendar's .ics file (read leniently into go-ical's types, repeats
// expanded with rrule-go) or a time tracker's CSV export (Toggl Track,
// Clockify). It reads a file into Items, classifies them by the person's
// rules, previews what each day's actual minutes would become, and
// applies that in one transaction; importing a file again never counts an
// event twice. Its door is Importer (Preview, Apply) and WritePreview for
// the command line. See docs/import.md.
//
// It imports app (the words sentences share), data, and nothing of Fyne.
package timeimport
