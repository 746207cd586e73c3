package cli

import (
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/store"
)

// reportStream writes the report as writeReport does from whole records,
// but is given the ends of the history (start), how many check-ins there
// are (counted) and the check-ins one at a time, oldest first, and writes
// each one's row of the table as it comes (rows that come before the
// count are held until it). It keeps only what the report prints later
// or still needs: the points of the trend, the days of the trap, the
// commitments (the pieces of their lines) and their outcomes, and the
// notes, their texts the records' own until the walk ends (see
// store.ReportWalk). Holding every check-in, then the report's text,
// until the report was written made it the largest of the read commands. The
// questionnaires answered are given before the check-ins answered with
// them, so that the trap is judged as each comes.
type reportStream struct {
	current      *assessment.Questionnaire
	relID, resID string
	answered     map[string]*assessment.Questionnaire
	out, direct  io.Writer // the report, made safe as it is written, and straight
	ends         store.ReportEnds
	begun        bool      // whether the head is written, so rows go straight out
	held         chunks    // the rows that came before the head, made safe
	n            int       // the check-ins added
	prevDims     []idScore // the scores of the check-in before, for the trap's fall
	judgesOf     []*assessment.Questionnaire
	judges       []assessment.TrapJudge
	notes        blockList[heldNote] // the notes and reflections, with their headings
	points       [2]assessment.Series
	leftOut      int
	trapDays     blockList[string]
	owed         blockList[owed]
	outcomes     map[int]string    // of owed commitments, made safe, by their place
	madeDays     blockList[string] // the days of the check-ins that made commitments
	raw          map[int]*rawLine
	pending      map[reviewed]waiting // commitments still waiting for a review
	latest       latestMade           // but those of the latest check-in that made any
	notesWritten bool
	row          []byte
	leanings     map[uint64]words // the balance in words, by its value's bits
	profiles     []profileCell    // the cells of the profiles seen, a handful
	lastOf       string           // the hash questionnaire was last asked for, and its answer
	lastQ        *assessment.Questionnaire
	hasLast      bool
	heads        heads
}

func newReportStream(current *assessment.Questionnaire) *reportStream {
	return &reportStream{current: current, answered: map[string]*assessment.Questionnaire{current.Hash: current},
		relID: current.RelationshipsDimension().ID, resID: current.ResultsDimension().ID,
		raw: map[int]*rawLine{}, outcomes: map[int]string{}, pending: map[reviewed]waiting{},
		leanings: map[uint64]words{}}
}

// answer gives a questionnaire check-ins were answered with; the current
// one, and the first given of a hash, win as in writeReport.
func (s *reportStream) answer(q *assessment.Questionnaire) {
	if _, ok := s.answered[q.Hash]; !ok {
		s.answered[q.Hash] = q
		s.hasLast = false
	}
}

// questionnaire is report.questionnaire of the questionnaires given so far.
// The one of the check-in before is kept: nearly always it is this one's.
func (s *reportStream) questionnaire(rec assessment.CheckIn) *assessment.Questionnaire {
	h := rec.Questionnaire.Hash
	if s.hasLast && s.lastOf == h {
		return s.lastQ
	}
	q, ok := s.answered[h]
	if !ok {
		q = s.current
	}
	s.lastOf, s.lastQ, s.hasLast = h, q, true
	return q
}

// add takes the next check-in and writes its row; the check-in is not
// kept, and may be changed once add returns.
func (s *reportStream) add(rec assessment.CheckIn) {
	s.n++
	d := day(rec)
	s.writeRow(rec, d)
	// report.trapDays: the trap reads of a check-in and the one before
	// only their scores and balance margin.
	j := s.judge(s.questionnaire(rec))
	before := assessment.Score{}
	for _, p := range s.prevDims {
		if p.id == j.RelID {
			before = p.score
		}
	}
	if j.Raised(rec.Scores, before) {
		s.trapDays.add(d)
	}
	s.prevDims = s.prevDims[:0]
	for id, sc := range rec.Scores.Dimensions {
		s.prevDims = append(s.prevDims, idScore{id, sc})
	}
	s.trendPoints(rec)
	head := s.heads.label(s, rec, d)
	s.review(rec, d, head)
	s.heads.hold(rec, head)
}

// idScore is a score and the id of what it scores.
type idScore struct {
	id    string
	score assessment.Score
}

// judge is q's trap judge, worked out once for each questionnaire.
func (s *reportStream) judge(q *assessment.Questionnaire) assessment.TrapJudge {
	for i, jq := range s.judgesOf {
		if jq == q {
			return s.judges[i]
		}
	}
	j := q.TrapJudge()
	s.judgesOf, s.judges = append(s.judgesOf, q), append(s.judges, j)
	return j
}

// writeRow writes the check-in's line in the table of all check-ins, as
// report.table writes it, by hand: fmt took a tenth of the report's time.
func (s *reportStream) writeRow(rec assessment.CheckIn, d string) {
	profile, quality := "–", "–"
	if rec.Profile != nil {
		profile = rec.Profile.Name
	}
	if rec.Flagged() {
		quality = "flagged: " + warningNameList(rec.Warnings, ", ")
	}
	pc := s.profileCell(profile)
	b := append(s.row[:0], "| "...)
	b = append(append(b, d...), " | "...)
	b = appendScoreText(b, rec.Scores.Dimensions[s.relID])
	b = appendScoreText(append(b, " | "...), rec.Scores.Dimensions[s.resID])
	lean := s.leaning(rec.Scores.Balance)
	b = append(append(b, " | "...), lean.text...)
	b = append(append(b, " | "...), pc.text...)
	quality = cell(quality)
	b = append(append(b, " | "...), quality...)
	b = append(b, " |\n"...)
	s.row = b
	var w io.Writer = &s.held
	if s.begun {
		w = s.direct
	}
	// The date and scores need no making safe; when the rest needs none
	// either, neither does the row.
	if lean.plain && pc.plain && plain(quality) {
		w.Write(b)
		return
	}
	io.WriteString(w, safetext.Text(string(b)))
}

// appendScoreText appends assessment.ScoreText(sc).
func appendScoreText(b []byte, sc assessment.Score) []byte {
	if !sc.Valid {
		return append(b, assessment.NoScore...)
	}
	return strconv.AppendInt(b, int64(assessment.Whole(sc.Value)), 10)
}

// leaning is leaning(s.current, b), and whether it needs no making safe,
// each value's made once: the balances of a history take few values.
// They are kept by their bits, which hash faster than a float (the same
// bits are the same value).
func (s *reportStream) leaning(b assessment.Score) words {
	if !b.Valid || b.Value != b.Value {
		w := leaning(s.current, b)
		return words{w, plain(w)}
	}
	bits := math.Float64bits(b.Value)
	w, ok := s.leanings[bits]
	if !ok {
		t := leaning(s.current, b)
		w = words{t, plain(t)}
		s.leanings[bits] = w
	}
	return w
}

// profileCell is cell(name) and whether it needs no making safe, made
// once for each of the few profiles a history names.
func (s *reportStream) profileCell(name string) words {
	for _, p := range s.profiles {
		if p.name == name {
			return p.cell
		}
	}
	c := cell(name)
	w := words{c, plain(c)}
	if len(s.profiles) < 16 {
		s.profiles = append(s.profiles, profileCell{name, w})
	}
	return w
}

type profileCell struct {
	name string
	cell words
}

// words are text to print and whether safetext leaves it as it is.
type words struct {
	text  string
	plain bool
}

// trendPoints is assessment.TrendSeries of each side, one check-in at a time.
func (s *reportStream) trendPoints(rec assessment.CheckIn) {
	if rec.Flagged() {
		s.leftOut++
		return
	}
	for i, id := range []string{s.relID, s.resID} {
		if sc := rec.Scores.Dimensions[id]; sc.Valid {
			s.points[i].Add(rec.TakenAt, sc.Value)
		}
	}
}

// review settles the commitments rec reviews, each by the first review
// of it after it was made, then keeps rec's own waiting.
func (s *reportStream) review(rec assessment.CheckIn, d, head string) {
	for _, rv := range rec.Reviews {
		k := reviewed{rv.CheckIn, rv.Commitment}
		if w, ok := s.latest.take(k); ok {
			s.settle(w, d, rv)
		} else if w, ok := s.pending[k]; ok {
			s.settle(w, d, rv)
			delete(s.pending, k)
		}
	}
	if len(rec.Commitments) > 0 {
		s.commit(rec, head)
	}
}

// quote writes quoted(label, text) between newlines to w, made safe,
// line by line when text needs no making safe, as quoted gives each
// line: the whole, split and joined again, was copied three times.
func quote(w io.Writer, label, text string) {
	if !plain(text) {
		io.WriteString(w, safetext.Text("\n"+quoted(label, text)+"\n"))
		return
	}
	io.WriteString(w, "\n> **")
	io.WriteString(w, label)
	io.WriteString(w, ":** ")
	first, blank := true, false
	for line := range strings.SplitSeq(text, "\n") {
		if !first {
			// A hard break between two lines, as quoted writes it.
			if t := strings.TrimSpace(line); t == "" {
				io.WriteString(w, "\n>")
				blank = true
			} else {
				if !blank {
					io.WriteString(w, `\`)
				}
				io.WriteString(w, "\n> ")
				io.WriteString(w, t)
				blank = false
			}
			continue
		}
		// text was trimmed, so its first line starts with no space and
		// is not empty.
		io.WriteString(w, strings.TrimRightFunc(line, unicode.IsSpace))
		first = false
	}
	io.WriteString(w, "\n")
}
