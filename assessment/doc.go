// Package assessment is the domain of leadcheck: the questionnaire and its
// validation, the scoring of a check-in on the relationships and results
// dimensions, the profile a pair of scores falls in, the data-quality
// checks that say when a set of answers deserves a second look, change and
// trend statistics, and focus suggestions. It says how sure each number is:
// margins from the reference values, trends with their intervals, the trap
// rule, and the calibration that measures reference values on a group of
// people. It also holds the check-in as the product keeps it (CheckIn, with
// its Commitments and the Reviews of earlier ones; a Draft while it is
// unfinished; a Summary for lists) and the words every screen and command
// uses for a balance, a score not computed and a commitment (words.go).
// Feedback from the team lives in the feedback_*.go files: a Round and its
// anonymous Responses, the form handed out and read back (filled in by
// hand, or by FillForm for an observer with leadcheck), and the Report
// with its anonymity rules.
//
// It is pure: no terminal, no database, no clock. Everything it needs comes in
// as arguments, so every rule here can be checked with numbers worked out by
// hand. It imports none of leadcheck's packages, and no terminal, styling,
// form or database library.
package assessment
