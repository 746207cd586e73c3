package store

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// The checks here are shared by import (on the file) and doctor (on what
// is stored), so that nothing import would refuse can sit in a database
// that doctor calls healthy. Paths are relative to the record.

// scoreTolerance allows for nothing but float noise: a stored score is the
// very float64 scoring produced, and JSON keeps it exactly.
const scoreTolerance = 1e-9

// maxDurationSeconds bounds the time a check-in took: a draft may be
// resumed weeks later, but not years, and a larger number is no time the
// result screen can show.
const maxDurationSeconds = 366 * 24 * 3600

// clockSlack is how far ahead of this computer's clock a check-in may be
// without being called in the future. It was saved by a clock: another
// computer's, which may run minutes (or, with its time zone set wrong,
// hours) ahead of this one, or this one's before it was set back. Refusing
// those would make a recovery file or an export unimportable, and doctor
// advise deleting a check-in that is sound; a day lets them through and
// still stops a mistyped year.
const clockSlack = 24 * time.Hour

// checkValues checks what needs no questionnaire: the time, and that every
// stored number is finite and in its range (0-100 for scores, -100..100
// for the balance).
func checkValues(r assessment.CheckIn, now time.Time) []problem {
	var ps []problem
	switch {
	case r.TakenAt.IsZero():
		ps = append(ps, problem{"taken_at", "is missing or zero (0001-01-01); set the time the check-in was taken"})
	case !now.IsZero() && r.TakenAt.After(now.Add(clockSlack)):
		ps = append(ps, problem{"taken_at", fmt.Sprintf("%s is in the future; a check-in records what already happened", r.TakenAt.Format(time.RFC3339))})
	}
	for _, id := range slices.Sorted(maps.Keys(r.Scores.Dimensions)) {
		ps = append(ps, checkRange("scores.dimensions."+id, r.Scores.Dimensions[id], 0, 100)...)
	}
	for _, id := range slices.Sorted(maps.Keys(r.Scores.Facets)) {
		ps = append(ps, checkRange("scores.facets."+id, r.Scores.Facets[id], 0, 100)...)
	}
	ps = append(ps, checkRange("scores.balance", r.Scores.Balance, -100, 100)...)
	switch d := r.DurationSeconds; {
	case math.IsNaN(d) || math.IsInf(d, 0):
		ps = append(ps, problem{"duration_seconds", "is not a finite number"})
	case d > maxDurationSeconds:
		ps = append(ps, problem{"duration_seconds", strconv.FormatFloat(d, 'g', -1, 64) +
			" is longer than a year; a check-in takes minutes (a resumed one, days)"})
	}
	return ps
}

func checkRange(path string, s assessment.Score, lo, hi float64) []problem {
	switch {
	case !s.Valid:
		return nil
	case math.IsNaN(s.Value) || math.IsInf(s.Value, 0):
		return []problem{{path, fmt.Sprintf("%v is not a finite number", s.Value)}}
	case s.Value < lo || s.Value > hi:
		return []problem{{path, fmt.Sprintf("%s is outside %g to %g", strconv.FormatFloat(s.Value, 'g', -1, 64), lo, hi)}}
	}
	return nil
}

// checkScoring recomputes the scores, balance, profile and data-quality
// warnings from the answers with the questionnaire they were given to, and
// names every stored value that differs. Answers that are not to q's
// statements or off its scale are named instead, since nothing can be
// recomputed from them.
func checkScoring(q *assessment.Questionnaire, r assessment.CheckIn) []problem {
	return scorer{}.check(q, r)
}

// scorer is checkScoring for many records: the margins of each
// questionnaire, which take a walk of every item for every facet, are
// worked out once rather than for each record answered with it.
type scorer map[*assessment.Questionnaire][2]map[string]float64

func (sc scorer) check(q *assessment.Questionnaire, r assessment.CheckIn) []problem {
	if ps := answerProblems(q, r); len(ps) > 0 {
		return ps
	}
	res := assessment.Evaluate(q, r.Answers, nil)
	var ps []problem
	for _, d := range q.Dimensions {
		ps = append(ps, compareScore("scores.dimensions."+d.ID, r.Scores.Dimensions[d.ID], res.Dimensions[d.ID])...)
	}
	for _, f := range q.Facets {
		ps = append(ps, compareScore("scores.facets."+f.ID, r.Scores.Facets[f.ID], res.Facets[f.ID])...)
	}
	for _, id := range slices.Sorted(maps.Keys(r.Scores.Facets)) {
		if _, ok := q.Facet(id); !ok {
			ps = append(ps, problem{"scores.facets." + id, "no facet with this id in the questionnaire"})
		}
	}
	for _, id := range slices.Sorted(maps.Keys(r.Scores.Dimensions)) {
		if !slices.ContainsFunc(q.Dimensions, func(d assessment.Dimension) bool { return d.ID == id }) {
			ps = append(ps, problem{"scores.dimensions." + id, "no dimension with this id in the questionnaire"})
		}
	}
	ps = append(ps, compareScore("scores.balance", r.Scores.Balance, res.Balance)...)
	m, ok := sc[q]
	if !ok {
		m[0], m[1] = assessment.ScoresMargins(q)
		if sc != nil {
			sc[q] = m
		}
	}
	ps = append(ps, checkMargins(m[0], m[1], r.Scores)...)
	if got, want := profileName(r.Profile), profileName(refOf(res.Profile)); got != want {
		ps = append(ps, problem{"profile", fmt.Sprintf("is %s, but the answers give %s", got, want)})
	}
	return append(ps, checkWarnings(r.Warnings, expectedWarnings(r.Warnings, res.Warnings))...)
}

// checkWarnings compares the stored data-quality warnings with those the
// answers give, code and text, since the text is what is shown. The
// too-fast warning comes from timings that are not stored, so it cannot be
// recomputed: a stored one must read as leadcheck writes it, once.
func checkWarnings(stored, want []assessment.Warning) []problem {
	var ps []problem
	var kept []assessment.Warning
	fast := false
	for i, w := range stored {
		path := fmt.Sprintf("warnings[%d]", i)
		switch {
		case w.Code != assessment.WarnTooFast:
			kept = append(kept, w)
		case fast:
			ps = append(ps, problem{path, "too-fast is given twice"})
		case !assessment.IsTooFast(w):
			ps = append(ps, problem{path, fmt.Sprintf("%q is not what leadcheck writes for too-fast (a typical answer under %v)",
				w.Message, assessment.FastMedian)})
		}
		fast = fast || w.Code == assessment.WarnTooFast
	}
	if got, codes := warningCodes(kept), warningCodes(want); !slices.Equal(got, codes) {
		return append(ps, problem{"warnings", fmt.Sprintf("are %v, but the answers give %v", got, codes)})
	}
	for i, w := range kept {
		if w.Message != want[i].Message {
			ps = append(ps, problem{"warnings", fmt.Sprintf("the %s warning reads %q, but the answers give %q", w.Code, w.Message, want[i].Message)})
		}
	}
	return ps
}

// compareScore names a stored score that is not the one the answers give.
// A zero written as -0 counts as different: scoring never gives it, and
// it would be shown as "-0".
func compareScore(path string, stored, want assessment.Score) []problem {
	same := math.Abs(stored.Value-want.Value) <= scoreTolerance &&
		(stored.Value != 0 || math.Signbit(stored.Value) == math.Signbit(want.Value))
	if stored.Valid == want.Valid && (!want.Valid || same) {
		return nil
	}
	return []problem{{path, fmt.Sprintf("is %s, but the answers give %s", scoreText(stored), scoreText(want))}}
}

func scoreText(s assessment.Score) string {
	if !s.Valid {
		return "null (" + assessment.NotScored + ")"
	}
	return strconv.FormatFloat(s.Value, 'g', -1, 64)
}

func refOf(p *assessment.Profile) *assessment.ProfileRef {
	if p == nil {
		return nil
	}
	return &assessment.ProfileRef{ID: p.ID, Name: p.Name}
}

func profileName(p *assessment.ProfileRef) string {
	if p == nil {
		return "none"
	}
	return strconv.Quote(p.ID) + " (" + strconv.Quote(p.Name) + ")"
}

// warningCodes lists the codes of ws.
func warningCodes(ws []assessment.Warning) []string {
	out := []string{}
	for _, w := range ws {
		out = append(out, w.Code)
	}
	return out
}

// checkMargins compares stored margins with those of the questionnaire
// (dims and facets, from ScoresMargins). Records written before margins
// were kept have none, and stay valid; a record that has them must have
// the ones its questionnaire gives, and no others.
func checkMargins(dims, facets map[string]float64, s assessment.Scores) []problem {
	var ps []problem
	if s.Margins != nil {
		ps = append(ps, compareMargins("scores.margins.", s.Margins, dims)...)
	}
	if s.FacetMargins != nil {
		ps = append(ps, compareMargins("scores.facet_margins.", s.FacetMargins, facets)...)
	}
	return ps
}

func compareMargins(path string, stored, want map[string]float64) []problem {
	if marginsMatch(stored, want) {
		return nil // nothing to say, so no ids to sort for saying it
	}
	var ps []problem
	for _, id := range slices.Sorted(maps.Keys(stored)) {
		w, ok := want[id]
		switch {
		case !ok:
			ps = append(ps, problem{path + id, "no score with this id in the questionnaire"})
		case math.IsNaN(stored[id]) || math.Abs(stored[id]-w) > scoreTolerance:
			ps = append(ps, problem{path + id, fmt.Sprintf("is %s, but the questionnaire's reference values give %s",
				strconv.FormatFloat(stored[id], 'g', -1, 64), strconv.FormatFloat(w, 'g', -1, 64))})
		}
	}
	for _, id := range slices.Sorted(maps.Keys(want)) {
		if _, ok := stored[id]; !ok {
			ps = append(ps, problem{path + id, "is missing (every score of the questionnaire has a margin)"})
		}
	}
	return ps
}

// marginsMatch reports whether compareMargins finds nothing: the same
// ids, each margin within the tolerance.
func marginsMatch(stored, want map[string]float64) bool {
	if len(stored) != len(want) {
		return false
	}
	for id, v := range stored {
		w, ok := want[id]
		if !ok || math.IsNaN(v) || math.Abs(v-w) > scoreTolerance {
			return false
		}
	}
	return true
}

// expectedWarnings are the warnings a stored record must carry: those
// its answers give, except that selective skipping, a check added later,
// may be missing from a record that predates it. A record that has it
// must have answers that raise it, like every other warning.
func expectedWarnings(stored, recomputed []assessment.Warning) []assessment.Warning {
	if slices.ContainsFunc(stored, func(w assessment.Warning) bool { return w.Code == assessment.WarnSelectiveSkipping }) {
		return recomputed
	}
	return slices.DeleteFunc(slices.Clone(recomputed), func(w assessment.Warning) bool { return w.Code == assessment.WarnSelectiveSkipping })
}
