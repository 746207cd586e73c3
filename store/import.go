package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// requiredKeys are the parts of a record every leadcheck writes; a file
// without one of them was cut or edited, and guessing a value would
// rewrite the past.
var requiredKeys = []string{
	"id", "schema", "taken_at", "questionnaire.id", "questionnaire.version", "questionnaire.hash",
	"answers", "scores.dimensions", "scores.balance", "scores.facets",
}

// check is what DecodeExport checks of the header and the snapshots once
// the values have the right types; the check-ins are checked as they are
// read (see checkIn).
func (f ExportFile) check() []problem {
	var ps []problem
	for _, key := range []string{"schema", "questionnaires", "checkins"} {
		if _, ok := f.places[key]; !ok {
			ps = append(ps, problem{key, "is missing"})
		}
	}
	if _, ok := f.places["schema"]; ok && f.Schema < 1 {
		ps = append(ps, problem{"schema", fmt.Sprintf("%d is not a schema any leadcheck writes", f.Schema)})
	}
	hashes := map[string]int{}
	for i, q := range f.Questionnaires {
		path := fmt.Sprintf("questionnaires[%d]", i)
		if j, dup := hashes[q.Hash]; dup {
			ps = append(ps, problem{path + ".hash", fmt.Sprintf("the same hash as questionnaires[%d]", j)})
		}
		hashes[q.Hash] = i
		for _, key := range []string{"hash", "id", "version"} {
			if _, ok := f.places[join(path, key)]; !ok {
				ps = append(ps, problem{join(path, key), "is missing"})
			}
		}
	}
	return ps
}

// CheckAnswers checks each record's values, and its answers and scores
// against the questionnaire it was answered with: the file's snapshot of
// it, else what known returns for its reference (nil when it knows none).
// Scores, balance, profile and warnings are recomputed from the answers
// (checkScoring), and a check-in dated after now is refused, as take
// refuses one. The answers of a questionnaire found nowhere cannot be
// checked; those questionnaires are returned, so the caller can say so.
//
// A file from DecodeImport, which checked the answers already, has its
// check-ins read again from its text, and each one found sound is made
// ready for ImportFile again.
func (f ExportFile) CheckAnswers(known func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error), now time.Time) ([]assessment.QuestionnaireRef, error) {
	c := newAnswerChecker(f.Questionnaires, known, now)
	if f.plan != nil {
		return f.checkPlanned(c)
	}
	var ps []problem
	for i, r := range f.CheckIns {
		if len(ps) > maxProblems {
			break // the report shows maxProblems and says there are more
		}
		rps, err := c.check(0, i, r)
		if err != nil {
			return nil, err
		}
		ps = append(ps, rps...)
	}
	if len(ps) > 0 {
		return nil, f.report(ps, nil)
	}
	return c.unknownRefs(), nil
}

// answerProblems checks that every answer is to a statement of q and on
// its scale, and that every side and facet has a score (or null).
func answerProblems(q *assessment.Questionnaire, r assessment.CheckIn) []problem {
	var ps []problem
	// The answers are gone through in order, to name their problems in
	// order, only when there are some: sorting them for every check-in
	// of a long import cost more than checking them.
	if !answersFit(q, r.Answers) {
		name := fmt.Sprintf("questionnaire %s v%d", q.ID, q.Version)
		for _, id := range slices.Sorted(maps.Keys(r.Answers)) {
			x := r.Answers[id]
			if _, ok := q.Item(id); !ok {
				ps = append(ps, problem{"answers." + id, "no statement with this id in " + name})
			} else if !answerFits(q, x) {
				ps = append(ps, problem{"answers." + id, fmt.Sprintf("%d is off the scale of %s (%d to %d)", x, name, q.Scale.Min, q.Scale.Max)})
			}
		}
	}
	for _, d := range q.Dimensions {
		if _, ok := r.Scores.Dimensions[d.ID]; !ok {
			ps = append(ps, problem{"scores.dimensions." + d.ID, "is missing (null when it was not scored)"})
		}
	}
	for _, fc := range q.Facets {
		if _, ok := r.Scores.Facets[fc.ID]; !ok {
			ps = append(ps, problem{"scores.facets." + fc.ID, "is missing (null when it was not scored)"})
		}
	}
	return ps
}

// answersFit reports whether every answer is to a statement of q and
// fits it (answerFits).
func answersFit(q *assessment.Questionnaire, answers assessment.Answers) bool {
	for id, x := range answers {
		if _, ok := q.Item(id); !ok || !answerFits(q, x) {
			return false
		}
	}
	return true
}

// answerFits reports whether x is on the scale of q, or is "did not come
// up" where the scale offers it.
func answerFits(q *assessment.Questionnaire, x int) bool {
	if x == assessment.NotApplicable && q.Scale.NotApplicable != "" {
		return true
	}
	return x >= q.Scale.Min && x <= q.Scale.Max
}

// samePresent checks that the check-in stored under k (as v) is r, so
// that skipping r loses nothing. Two databases can each hold a check-in
// under one id (both back-filled to noon of a day, say); the answers and
// the questionnaire tell them apart. Commitments may have been added to
// either since, so they do not count.
func samePresent(k, v []byte, r assessment.CheckIn) error {
	present, err := decode(k, v)
	if err != nil {
		return err
	}
	what := ""
	switch {
	case present.Questionnaire.Hash != r.Questionnaire.Hash:
		what = "another questionnaire"
	case !maps.Equal(present.Answers, r.Answers):
		what = "other answers"
	default:
		return nil
	}
	return fmt.Errorf("check-in %s: the database holds a different check-in under this id (%s); "+
		"import this file into another database (--db), or delete that check-in here first", formatID(k), what)
}

// Import adds the records that are not in the database yet, in one
// transaction: a record whose id is present is skipped when it is the
// same check-in (samePresent), and on any error nothing is added. The
// questionnaire snapshots are kept as Save keeps them. Each record is
// stored under the key its id names, which must match its time
// (DecodeExport has checked this). The sequence is raised past every
// imported id, so a later Save never takes one of them.
func (s *Store) Import(recs []assessment.CheckIn, qs []*assessment.Questionnaire) (added, skipped int, err error) {
	keys := make([][]byte, len(recs))
	for i, r := range recs {
		if keys[i], err = keyOf(r); err != nil {
			return 0, 0, fmt.Errorf("import into %s: %w; nothing was imported", s.path, err)
		}
	}
	return s.importKeys(keys, qs, func(tx *bbolt.Tx, i int, present []byte) (bool, error) {
		if present != nil {
			return false, samePresent(keys[i], present, recs[i])
		}
		r := recs[i]
		r.ID = formatID(keys[i])
		if err := addRecord(tx, keys[i], r); err != nil {
			return false, fmt.Errorf("check-in %s: %w", r.ID, err)
		}
		return true, nil
	})
}

// importKeys runs one transaction that offers each key, with the value
// present under it (nil when it is free), to put, which writes the
// record or checks that the one present is the same, and reports whether
// it added one; its errors name the check-in. It keeps qs and raises the sequence past every key.
func (s *Store) importKeys(keys [][]byte, qs []*assessment.Questionnaire,
	put func(tx *bbolt.Tx, i int, present []byte) (bool, error)) (added, skipped int, err error) {
	var top uint64
	for _, k := range keys {
		top = max(top, binary.BigEndian.Uint64(k[8:]))
	}
	err = s.update(func(tx *bbolt.Tx) error {
		added, skipped = 0, 0
		b, err := checkins(tx)
		if err != nil {
			return err
		}
		for i, k := range keys {
			s.tell(i, len(keys))
			ok, err := put(tx, i, b.Get(k))
			if err != nil {
				return err
			}
			if ok {
				added++
			} else {
				skipped++
			}
		}
		for _, q := range qs {
			if err := keepQuestionnaire(tx, q); err != nil {
				return err
			}
		}
		s.tell(len(keys), len(keys))
		if top > b.Sequence() {
			return b.SetSequence(top)
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrNotDatabase) {
			return 0, 0, err
		}
		return 0, 0, fmt.Errorf("import into %s: %w; nothing was imported", s.path, err)
	}
	return added, skipped, nil
}
