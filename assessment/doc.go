// Package assessment is the domain of leadcheck: the questionnaire and its
// validation, the scoring of a check-in on the relationships and results
// dimensions, the profile a pair of scores falls in, and the data-quality
// checks that say when a set of answers deserves a second look. It also
// says how sure each number is: margins from the reference values, trends
// with their intervals, the trap rule, and the calibration that measures
// reference values on a group of people.
//
// It is pure: no terminal, no database, no clock. It must not import any
// other package of leadcheck, nor terminal, styling, form or database
// libraries. Everything it needs comes in as arguments, so every rule here
// can be checked with numbers worked out by hand.
package assessment
