// Package practice holds the use cases shared by the app and the command
// line: starting a check-in (the check-in before it, the commitments still
// open, a draft to resume), finishing it (saved, else kept in a recovery
// file), drafts, cadence and the other settings, focus suggestions,
// feedback rounds (start, add the filled-in forms once, close, list,
// report: feedback.go and feedback_report.go), and the reads the screens
// and commands need. A Service runs them over one
// store held open (a command), over a store.Handle that opens the
// database for each use case (the app, so that it blocks no other
// process while it waits on a person), or without one when the database
// cannot be opened, so the app and the command line never re-implement
// them.
//
// It imports store and assessment, and never tea, lipgloss, huh or cobra:
// what it returns is data and errors, and the words around them belong to
// the screens and commands.
package practice
