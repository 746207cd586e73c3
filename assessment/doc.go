// Package assessment is the domain of leadcheck: the questionnaire and its
// validation, the scoring of a check-in on the relationships and results
// dimensions, the profile a pair of scores falls in, and the data-quality
// checks that say when a set of answers deserves a second look.
//
// It is pure: no terminal, no database, no clock. Everything it needs comes in
// as arguments, so every rule here can be checked with numbers worked out by
// hand.
package assessment
