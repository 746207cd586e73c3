package cli

import (
	"slices"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// trendRows are the check-ins of 'trend --json', each with what it
// prints of them and what the slopes and the trap read: held in a few
// flat slices rather than as ten thousand check-ins with a map of scores
// each, whose heap a new process paid for page by page, more than for
// reading the summaries they came from.
type trendRows struct {
	rows []trendRow
	// scores are every row's dimension scores, each row's in the order
	// of its names.
	scores []assessment.Score
	// names are the distinct lists of dimension names, sorted; refs the
	// distinct questionnaires. A history has one or a few of each.
	names [][]string
	refs  []assessment.QuestionnaireRef
	// whole are the check-ins read whole, for the trap.
	whole []assessment.CheckIn
	keys  []string // reused by rowOf
}

type trendRow struct {
	id      string
	at      time.Time
	balance assessment.Score
	from    int32 // the place of its first score in scores
	names   int32 // the place of its names in names; -1 for no map
	q       int32 // the place of its questionnaire in refs
	whole   int32 // the place of the whole check-in in whole, or -1
	flagged bool
}

// readTrendRows reads every check-in as store.EachForTrend gives it,
// but the last two whole, as the trap rule at the latest check-in reads
// its margins and the one before it.
func readTrendRows(s *store.Store) (*trendRows, error) {
	t := &trendRows{}
	err := s.EachForTrend(func(n int) {
		t.rows = make([]trendRow, 0, n)
		t.scores = make([]assessment.Score, 0, 2*n)
	}, func(c assessment.CheckIn) error {
		t.rows = append(t.rows, t.rowOf(c, -1))
		return nil
	})
	if err != nil || len(t.rows) == 0 {
		return t, err
	}
	last, err := s.Recent(2)
	if len(last) > len(t.rows) {
		// More records than summaries: doctor tells which.
		last = last[len(last)-len(t.rows):]
	}
	for i, c := range last {
		t.rows[len(t.rows)-len(last)+i] = t.rowOf(c, int32(len(t.whole)))
		t.whole = append(t.whole, c)
	}
	return t, err
}

// rowOf is c as a row; c's map is read now, not kept.
func (t *trendRows) rowOf(c assessment.CheckIn, whole int32) trendRow {
	r := trendRow{id: c.ID, at: c.TakenAt, balance: c.Scores.Balance, from: int32(len(t.scores)),
		names: -1, q: t.ref(c.Questionnaire), whole: whole, flagged: c.Flagged()}
	if m := c.Scores.Dimensions; m != nil {
		t.keys = t.keys[:0]
		for k := range m {
			t.keys = append(t.keys, k)
		}
		slices.Sort(t.keys)
		r.names = t.nameList(t.keys)
		for _, k := range t.keys {
			t.scores = append(t.scores, m[k])
		}
	}
	return r
}

func (t *trendRows) nameList(keys []string) int32 {
	for i := len(t.names) - 1; i >= 0; i-- {
		if slices.Equal(t.names[i], keys) {
			return int32(i)
		}
	}
	t.names = append(t.names, slices.Clone(keys))
	return int32(len(t.names) - 1)
}

func (t *trendRows) ref(q assessment.QuestionnaireRef) int32 {
	for i := len(t.refs) - 1; i >= 0; i-- {
		if t.refs[i] == q {
			return int32(i)
		}
	}
	t.refs = append(t.refs, q)
	return int32(len(t.refs) - 1)
}

// since keeps the rows within the window, in order.
func (t *trendRows) since(w window) {
	if w.from.IsZero() {
		return
	}
	t.rows = slices.DeleteFunc(t.rows, func(r trendRow) bool { return !w.holds(r.at) })
}

// score is r's score on dimension dim, unscored when it has none.
func (t *trendRows) score(r trendRow, dim string) assessment.Score {
	if r.names < 0 {
		return assessment.Score{}
	}
	if i, ok := slices.BinarySearch(t.names[r.names], dim); ok {
		return t.scores[int(r.from)+i]
	}
	return assessment.Score{}
}

// dimensions are r's scores as the map it was read with.
func (t *trendRows) dimensions(r trendRow) map[string]assessment.Score {
	if r.names < 0 {
		return nil
	}
	names := t.names[r.names]
	m := make(map[string]assessment.Score, len(names))
	for i, name := range names {
		m[name] = t.scores[int(r.from)+i]
	}
	return m
}

// checkIn is the check-in of row i as it was read: whole, or as its
// summary gives it.
func (t *trendRows) checkIn(i int) assessment.CheckIn {
	r := t.rows[i]
	if r.whole >= 0 {
		return t.whole[r.whole]
	}
	return assessment.CheckIn{ID: r.id, TakenAt: r.at, Questionnaire: t.refs[r.q],
		Scores: assessment.Scores{Dimensions: t.dimensions(r), Balance: r.balance}}
}

// points are the rows as the series of trendOut.
func (t *trendRows) points() []trendPoint {
	ps := make([]trendPoint, 0, len(t.rows))
	for _, r := range t.rows {
		ps = append(ps, trendPoint{r.id, r.at, t.dimensions(r), r.balance})
	}
	return ps
}
