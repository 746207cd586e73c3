package cli

import (
	"fmt"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// reportStream writes the report as writeReport does from whole records,
// but is given the check-ins one at a time, oldest first, and keeps only
// what the report prints or still needs: the rows of the table and the
// notes as text, the points of the trend, each check-in's two scores for
// the trap, and the commitments waiting for a review. Holding every
// check-in until the report was written made it the largest of the read
// commands. The questionnaires answered are given before the check-ins
// answered with them, so that the trap is judged as each comes, without
// keeping each one's scores to the end.
type reportStream struct {
	current      *assessment.Questionnaire
	answered     map[string]*assessment.Questionnaire
	n            int
	first, last  assessment.CheckIn // last is whole but for its answers and facets
	prev         assessment.CheckIn // the one before last, for the trap's fall
	rows, notes  chunks             // text of those sections, already made safe
	points       [2][]assessment.Point
	leftOut      int
	trapDays     []string
	made, said   chunks // the commitments up to their outcomes, and outcomes, made safe
	owed         []owed
	raw          map[int]*rawLine
	pending      map[reviewed][]int // commitments, in owed, still waiting for a review
	notesWritten bool
}

func newReportStream(current *assessment.Questionnaire) *reportStream {
	return &reportStream{current: current, answered: map[string]*assessment.Questionnaire{current.Hash: current},
		raw: map[int]*rawLine{}, pending: map[reviewed][]int{}}
}

// answer gives a questionnaire check-ins were answered with; the current
// one, and the first given of a hash, win as in writeReport.
func (s *reportStream) answer(q *assessment.Questionnaire) {
	if _, ok := s.answered[q.Hash]; !ok {
		s.answered[q.Hash] = q
	}
}

// questionnaire is report.questionnaire of the questionnaires given so far.
func (s *reportStream) questionnaire(rec assessment.CheckIn) *assessment.Questionnaire {
	if q, ok := s.answered[rec.Questionnaire.Hash]; ok {
		return q
	}
	return s.current
}

// add takes the next check-in; it is not kept, but for the last one.
func (s *reportStream) add(rec assessment.CheckIn) {
	if s.n == 0 {
		s.first = rec
	}
	var prev *assessment.CheckIn
	if s.n > 0 {
		s.prev = s.last
		prev = &s.prev
	}
	s.n++
	s.last = rec
	s.row(rec)
	// report.trapDays: the trap reads of a check-in and the one before
	// only their scores and balance margin.
	if trap, _ := s.questionnaire(rec).TrapOf(rec, prev, assessment.Trend{}); trap.Raised {
		s.trapDays = append(s.trapDays, day(rec))
	}
	s.trendPoints(rec)
	s.review(rec)
	s.note(rec)
}

// row is the check-in's line in the table of all check-ins.
func (s *reportStream) row(rec assessment.CheckIn) {
	rel, res := s.current.RelationshipsDimension(), s.current.ResultsDimension()
	profile, quality := "–", "–"
	if rec.Profile != nil {
		profile = rec.Profile.Name
	}
	if rec.Flagged() {
		quality = "flagged: " + warningCodeList(rec.Warnings, ", ")
	}
	fmt.Fprintf(safeWriter{&s.rows}, "| %s | %s | %s | %s | %s | %s |\n", day(rec), assessment.ScoreText(rec.Scores.Dimensions[rel.ID]),
		assessment.ScoreText(rec.Scores.Dimensions[res.ID]), leaning(s.current, rec.Scores.Balance), cell(profile), cell(quality))
}

// trendPoints is assessment.TrendSeries of each side, one check-in at a time.
func (s *reportStream) trendPoints(rec assessment.CheckIn) {
	if rec.Flagged() {
		s.leftOut++
		return
	}
	for i, d := range []assessment.Dimension{s.current.RelationshipsDimension(), s.current.ResultsDimension()} {
		if sc := rec.Scores.Dimensions[d.ID]; sc.Valid {
			s.points[i] = append(s.points[i], assessment.Point{At: rec.TakenAt, Value: sc.Value})
		}
	}
}

// review settles the commitments rec reviews, each by the first review
// of it after it was made, then keeps rec's own waiting.
func (s *reportStream) review(rec assessment.CheckIn) {
	for _, rv := range rec.Reviews {
		k := reviewed{rv.CheckIn, rv.Commitment}
		if waiting, ok := s.pending[k]; ok {
			s.settle(waiting, reviewOutcome(rec, rv))
			delete(s.pending, k)
		}
	}
	if len(rec.Commitments) > 0 {
		s.commit(rec)
	}
}

func (s *reportStream) note(rec assessment.CheckIn) {
	note, refl := strings.TrimSpace(rec.Note), strings.TrimSpace(rec.Reflection)
	if note == "" && refl == "" {
		return
	}
	s.notesWritten = true
	w := safeWriter{&s.notes}
	fmt.Fprintf(w, "\n### %s\n", day(rec))
	if note != "" {
		fmt.Fprintf(w, "\n%s\n", quoted("Note", note))
	}
	if refl != "" {
		fmt.Fprintf(w, "\n%s\n", quoted("Reflection", refl))
	}
}
