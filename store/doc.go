// Package store keeps leadcheck's check-ins in one bbolt file, and writes
// the small files around it (settings, drafts, recovery files, exports)
// through one atomic write. It is persistence only: each check-in is kept
// as JSON in an Envelope (the schema and the assessment.CheckIn), keyed by
// the time it was taken so the history reads in order, with a snapshot of
// the questionnaire it answered, passed to Save.
//
// The file has the buckets "checkins" (key -> JSON envelope), "summaries"
// (the same key -> a small JSON summary of the check-in), "rounds" and
// "responses" (feedback from the team: see feedback.go) and "meta"
// ("schema" -> decimal SchemaVersion). Open refuses, without writing to
// it, any file that is not such a database or that a newer leadcheck
// wrote, and upgrades one that an older leadcheck wrote, after copying it
// (see migrate.go). Every method runs in its own transaction and returns
// copies, so no transaction outlives a call. A Store holds the file (and
// bbolt's lock on it) until it is closed; a Handle (handle.go) opens it for
// each operation instead, for a program that stays open.
//
// Errors that a person can act on are *Error values naming a Remedy; the
// words for it (a flag, a command to run) are the caller's.
//
// Only this package imports bbolt. It imports assessment, and nothing of
// the program above it (practice, tui, cli).
package store
