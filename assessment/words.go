package assessment

import (
	"math"
	"strconv"
	"strings"
)

// The words the whole product uses for a score, a balance and a
// commitment, so the app, the printed result, the report and the
// accessible mode say the same thing the same way.

// CheckInLayout is how a check-in's date and time are written wherever
// both are shown (a result's title, a comparison, the history, the
// completion of an id): "Mon 16 Nov 2026, 09:05", in the time zone the
// check-in was recorded in.
const CheckInLayout = "Mon 2 Jan 2006, 15:04"

// NotScored is how a sentence says a score was not computed: too few of
// its statements were answered, and a score is never guessed.
const NotScored = "not scored"

// NoScore stands in a table or beside a bar for a score not computed.
const NoScore = "–"

// ScoreText is a score as a person reads it: a whole number, or NoScore.
func ScoreText(s Score) string {
	if !s.Valid {
		return NoScore
	}
	return strconv.Itoa(Whole(s.Value))
}

// Signed is a value rounded to whole points with its sign, using a true
// minus so the sign is as wide and as visible as the plus: "+12", "−12",
// "0".
func Signed(v float64) string {
	switch r := Whole(v); {
	case r > 0:
		return "+" + strconv.Itoa(r)
	case r < 0:
		return "−" + strconv.Itoa(-r)
	}
	return "0"
}

// SignedTenths is a slope or rate to one decimal, rounded half away from
// zero, with its sign and the same true minus as Signed: "+2.9", "−1.8",
// "0.0". Slopes and their intervals are printed through it everywhere.
func SignedTenths(v float64) string {
	switch r := math.Round(v*10) / 10; {
	case r > 0:
		return "+" + strconv.FormatFloat(r, 'f', 1, 64)
	case r < 0:
		return "−" + strconv.FormatFloat(-r, 'f', 1, 64)
	}
	return "0.0"
}

// LeanSide names the side a balance leans to by its dimension's id,
// which is the short everyday word ("relationships", "results"), or says
// "balanced", or NotScored. A balance leans only when it is at least the
// questionnaire's balance margin away from zero (see LeanIn).
func LeanSide(q *Questionnaire, b Score) string {
	if !b.Valid {
		return NotScored
	}
	switch q.LeanIn(b.Value) {
	case LeansResults:
		return q.ResultsDimension().ID
	case LeansRelationships:
		return q.RelationshipsDimension().ID
	}
	return "balanced"
}

// LeanWords is the side a balance leans to in words: "leans results",
// "balanced within noise", or NotScored. It is NoiseBalanceWords with the
// questionnaire's own margin.
func LeanWords(q *Questionnaire, b Score) string {
	if !b.Valid {
		return NotScored
	}
	return NoiseBalanceWords(q, b.Value, q.BalanceMargin())
}

// BalanceWords is a balance in one phrase with its margin: "+25 ±19 leans
// results", "+4 ±19 balanced within noise", or NotScored. This is the one
// way the product words a balance.
func BalanceWords(q *Questionnaire, b Score) string {
	if !b.Valid {
		return NotScored
	}
	return Signed(b.Value) + " " + MarginText(q.BalanceMargin()) + " " + LeanWords(q, b)
}

// MarginText is a margin as a person reads it: "±13", in whole points and
// never below 1, so a margin is never shown as ±0.
func MarginText(m float64) string {
	return "±" + strconv.Itoa(max(1, Whole(m)))
}

// ScoreWithMargin is a score and its margin: "62 ±13", or NoScore.
func ScoreWithMargin(s Score, margin float64) string {
	if !s.Valid {
		return NoScore
	}
	return ScoreText(s) + " " + MarginText(margin)
}

// BalanceMargin is the margin of q's balance (see the function of the
// same name).
func (q *Questionnaire) BalanceMargin() float64 {
	return BalanceMargin(q.RelationshipsDimension().Reference, q.ResultsDimension().Reference)
}

// LeanIn judges a balance against q's balance margin (see LeanWithin).
func (q *Questionnaire) LeanIn(balance float64) Lean {
	return LeanWithin(balance, q.BalanceMargin())
}

// Words is what the leader committed to: the objective they wrote, or the
// practice when they wrote none.
func (c Commitment) Words() string {
	if t := strings.TrimSpace(c.Objective); t != "" {
		return t
	}
	return c.Practice
}

// FacetName is the name of the facet with the given id in q, or the id
// itself when q has no such facet (a commitment of an older
// questionnaire).
func FacetName(q *Questionnaire, id string) string {
	if f, ok := q.Facet(id); ok {
		return f.Name
	}
	return id
}

// CommitmentLine is a commitment in one line: "Trust and listening: Ask
// before advising".
func CommitmentLine(q *Questionnaire, c Commitment) string {
	return FacetName(q, c.Facet) + ": " + c.Words()
}

// CommitmentSource says where a commitment came from: its facet, and the
// suggested practice when the objective is in the leader's own words.
func CommitmentSource(q *Questionnaire, c Commitment) string {
	name := FacetName(q, c.Facet)
	switch {
	case !c.ownWords():
		return name
	case name == "":
		return c.Practice
	}
	return name + ": " + c.Practice
}

// ownWords reports whether the objective is the leader's own, not the
// practice. A commitment kept as suggested holds the practice as its
// objective too (the app and the accessible mode write it so), and its
// practice is then said once, by Words.
func (c Commitment) ownWords() bool {
	obj := strings.TrimSpace(c.Objective)
	return obj != "" && c.Practice != "" && obj != strings.TrimSpace(c.Practice)
}

// Count is a number with its noun in the right form: "1 commitment", "2
// commitments", "0 commitments". Every count printed with a noun goes
// through it, so nothing says "commitment(s)".
func Count(n int, one, many string) string {
	if n == 1 || n == -1 {
		return strconv.Itoa(n) + " " + one
	}
	return strconv.Itoa(n) + " " + many
}
