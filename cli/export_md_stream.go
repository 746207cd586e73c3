package cli

import (
	"io"
	"maps"
	"strconv"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
)

// reportStream writes the report as writeReport does from whole records,
// but is given the check-ins one at a time, oldest first, after the ends
// of the history (begin), and writes each one's row of the table as it
// comes. It keeps only what the report prints later or still needs: the
// points of the trend, the days of the trap, the commitments waiting for
// a review and the notes, as text. Holding every check-in until the
// report was written made it the largest of the read commands. The
// questionnaires answered are given before the check-ins answered with
// them, so that the trap is judged as each comes.
type reportStream struct {
	current      *assessment.Questionnaire
	relID, resID string
	answered     map[string]*assessment.Questionnaire
	out, direct  io.Writer // the report, made safe as it is written, and straight
	n            int
	prevDims     map[string]assessment.Score // the scores of the check-in before, for the trap's fall
	notes        chunks                      // text of that section, already made safe
	points       [2][]assessment.Point
	leftOut      int
	trapDays     []string
	made, said   chunks // the commitments up to their outcomes, and outcomes, made safe
	owed         []owed
	raw          map[int]*rawLine
	pending      map[reviewed][]int // commitments, in owed, still waiting for a review
	notesWritten bool
	row          []byte
	leanings     map[float64]string // the balance in words, by its value
	profile      string             // the last profile's name, and its cell
	profileCell  string
}

func newReportStream(current *assessment.Questionnaire) *reportStream {
	return &reportStream{current: current, answered: map[string]*assessment.Questionnaire{current.Hash: current},
		relID: current.RelationshipsDimension().ID, resID: current.ResultsDimension().ID,
		raw: map[int]*rawLine{}, pending: map[reviewed][]int{}, prevDims: map[string]assessment.Score{},
		leanings: map[float64]string{}}
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

// add takes the next check-in and writes its row; the check-in is not
// kept, and may be changed once add returns.
func (s *reportStream) add(rec assessment.CheckIn) {
	var prev *assessment.CheckIn
	if s.n > 0 {
		prev = &assessment.CheckIn{Scores: assessment.Scores{Dimensions: s.prevDims}}
	}
	s.n++
	d := day(rec)
	s.writeRow(rec, d)
	// report.trapDays: the trap reads of a check-in and the one before
	// only their scores and balance margin.
	if trap, _ := s.questionnaire(rec).TrapOf(rec, prev, assessment.Trend{}); trap.Raised {
		s.trapDays = append(s.trapDays, d)
	}
	clear(s.prevDims)
	maps.Copy(s.prevDims, rec.Scores.Dimensions)
	s.trendPoints(rec)
	s.review(rec, d)
	s.note(rec, d)
}

// writeRow writes the check-in's line in the table of all check-ins, as
// report.table writes it, by hand: fmt took a tenth of the report's time.
func (s *reportStream) writeRow(rec assessment.CheckIn, d string) {
	profile, quality := "–", "–"
	if rec.Profile != nil {
		profile = rec.Profile.Name
	}
	if rec.Flagged() {
		quality = "flagged: " + warningCodeList(rec.Warnings, ", ")
	}
	if profile != s.profile || s.profileCell == "" {
		s.profile, s.profileCell = profile, cell(profile)
	}
	b := append(s.row[:0], "| "...)
	b = append(append(b, d...), " | "...)
	b = appendScore(b, rec.Scores.Dimensions[s.relID])
	b = appendScore(append(b, " | "...), rec.Scores.Dimensions[s.resID])
	b = append(append(b, " | "...), s.leaning(rec.Scores.Balance)...)
	b = append(append(b, " | "...), s.profileCell...)
	b = append(append(b, " | "...), cell(quality)...)
	b = append(b, " |\n"...)
	s.row = b
	io.WriteString(s.direct, safetext.Text(string(b)))
}

// appendScore appends assessment.ScoreText(sc).
func appendScore(b []byte, sc assessment.Score) []byte {
	if !sc.Valid {
		return append(b, assessment.NoScore...)
	}
	return strconv.AppendInt(b, int64(assessment.Whole(sc.Value)), 10)
}

// leaning is leaning(s.current, b), each value's words made once: the
// balances of a history take few values.
func (s *reportStream) leaning(b assessment.Score) string {
	if !b.Valid || b.Value != b.Value {
		return leaning(s.current, b)
	}
	w, ok := s.leanings[b.Value]
	if !ok {
		w = leaning(s.current, b)
		s.leanings[b.Value] = w
	}
	return w
}

// trendPoints is assessment.TrendSeries of each side, one check-in at a time.
func (s *reportStream) trendPoints(rec assessment.CheckIn) {
	if rec.Flagged() {
		s.leftOut++
		return
	}
	for i, id := range []string{s.relID, s.resID} {
		if sc := rec.Scores.Dimensions[id]; sc.Valid {
			s.points[i] = append(s.points[i], assessment.Point{At: rec.TakenAt, Value: sc.Value})
		}
	}
}

// review settles the commitments rec reviews, each by the first review
// of it after it was made, then keeps rec's own waiting.
func (s *reportStream) review(rec assessment.CheckIn, d string) {
	for _, rv := range rec.Reviews {
		k := reviewed{rv.CheckIn, rv.Commitment}
		if waiting, ok := s.pending[k]; ok {
			s.settle(waiting, reviewOutcome(d, rv))
			delete(s.pending, k)
		}
	}
	if len(rec.Commitments) > 0 {
		s.commit(rec, d)
	}
}

func (s *reportStream) note(rec assessment.CheckIn, d string) {
	note, refl := strings.TrimSpace(rec.Note), strings.TrimSpace(rec.Reflection)
	if note == "" && refl == "" {
		return
	}
	s.notesWritten = true
	s.notes.WriteString(safetext.Text("\n### " + d + "\n"))
	if note != "" {
		s.notes.WriteString(safetext.Text("\n" + quoted("Note", note) + "\n"))
	}
	if refl != "" {
		s.notes.WriteString(safetext.Text("\n" + quoted("Reflection", refl) + "\n"))
	}
}
