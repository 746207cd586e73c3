package assessment

import (
	"math"
	"strconv"
	"strings"
)

// The words the whole product uses for a score, a balance and a
// commitment, so the app, the printed result, the report and the
// accessible mode say the same thing the same way.

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
	return strconv.Itoa(int(math.Round(s.Value)))
}

// Signed is a value rounded to whole points with its sign, using a true
// minus so the sign is as wide and as visible as the plus: "+12", "−12",
// "0".
func Signed(v float64) string {
	switch r := int(math.Round(v)); {
	case r > 0:
		return "+" + strconv.Itoa(r)
	case r < 0:
		return "−" + strconv.Itoa(-r)
	}
	return "0"
}

// LeanSide names the side a balance leans to by its dimension's id,
// which is the short everyday word ("relationships", "results"), or says
// "balanced", or NotScored.
func LeanSide(q *Questionnaire, b Score) string {
	if !b.Valid {
		return NotScored
	}
	switch LeanOf(b.Value) {
	case LeansResults:
		return q.ResultsDimension().ID
	case LeansRelationships:
		return q.RelationshipsDimension().ID
	}
	return "balanced"
}

// LeanWords is the side a balance leans to in words: "leans results",
// "balanced", or NotScored.
func LeanWords(q *Questionnaire, b Score) string {
	if !b.Valid || LeanOf(b.Value) == Balanced {
		return LeanSide(q, b)
	}
	return "leans " + LeanSide(q, b)
}

// BalanceWords is a balance in one phrase: "+12 leans results", "balanced
// (+4)" within the balanced band, "balanced" at zero, or NotScored.
func BalanceWords(q *Questionnaire, b Score) string {
	switch {
	case !b.Valid:
		return NotScored
	case LeanOf(b.Value) != Balanced:
		return Signed(b.Value) + " " + LeanWords(q, b)
	case Signed(b.Value) == "0":
		return "balanced"
	}
	return "balanced (" + Signed(b.Value) + ")"
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
	case strings.TrimSpace(c.Objective) == "" || c.Practice == "":
		return name
	case name == "":
		return c.Practice
	}
	return name + ": " + c.Practice
}
