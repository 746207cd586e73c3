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
func (f ExportFile) CheckAnswers(known func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error), now time.Time) ([]assessment.QuestionnaireRef, error) {
	found := map[string]*assessment.Questionnaire{}
	for _, q := range f.Questionnaires {
		found[q.Hash] = q
	}
	var unknown []assessment.QuestionnaireRef
	var ps []problem
	sc := scorer{}
	for i, r := range f.CheckIns {
		if len(ps) > maxProblems {
			break // the report shows maxProblems and says there are more
		}
		ref := r.Questionnaire
		q, ok := found[ref.Hash]
		if !ok {
			var err error
			if q, err = known(ref); err != nil {
				return nil, err
			}
			found[ref.Hash] = q
			if q == nil {
				unknown = append(unknown, ref)
			}
		}
		rps := checkValues(r, now)
		if q != nil {
			rps = append(rps, sc.check(q, r)...)
		}
		for _, p := range rps {
			ps = append(ps, problem{join(fmt.Sprintf("checkins[%d]", i), p.path), p.msg})
		}
	}
	if len(ps) > 0 {
		return nil, f.report(ps, nil)
	}
	return unknown, nil
}

// answerProblems checks that every answer is to a statement of q and on
// its scale, and that every side and facet has a score (or null).
func answerProblems(q *assessment.Questionnaire, r assessment.CheckIn) []problem {
	var ps []problem
	name := fmt.Sprintf("questionnaire %s v%d", q.ID, q.Version)
	for _, id := range slices.Sorted(maps.Keys(r.Answers)) {
		x := r.Answers[id]
		if _, ok := q.Item(id); !ok {
			ps = append(ps, problem{"answers." + id, "no statement with this id in " + name})
		} else if x == assessment.NotApplicable && q.Scale.NotApplicable != "" {
			continue // "did not come up", which this scale offers
		} else if x < q.Scale.Min || x > q.Scale.Max {
			ps = append(ps, problem{"answers." + id, fmt.Sprintf("%d is off the scale of %s (%d to %d)", x, name, q.Scale.Min, q.Scale.Max)})
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
	return s.importRecords(recs, nil, qs)
}

// ImportFile is Import of the check-ins and questionnaires of f, which
// DecodeExport read. A check-in the file holds just as the database
// stores one is stored as those bytes rather than encoded again, which
// was a third of an import's time; f's check-ins must be as DecodeExport
// left them.
func (s *Store) ImportFile(f ExportFile) (added, skipped int, err error) {
	stored := f.stored
	if len(stored) != len(f.CheckIns) {
		stored = nil // not from DecodeExport: every check-in is encoded
	}
	return s.importRecords(f.CheckIns, stored, f.Questionnaires)
}

// importRecords is Import, with the stored form of each record where
// stored has one.
func (s *Store) importRecords(recs []assessment.CheckIn, stored [][]byte, qs []*assessment.Questionnaire) (added, skipped int, err error) {
	keys := make([][]byte, len(recs))
	var top uint64
	for i, r := range recs {
		k, err := keyOf(r)
		if err != nil {
			return 0, 0, fmt.Errorf("import into %s: %w; nothing was imported", s.path, err)
		}
		keys[i] = k
		top = max(top, binary.BigEndian.Uint64(k[8:]))
	}
	err = s.db.Update(func(tx *bbolt.Tx) error {
		added, skipped = 0, 0
		b, err := checkins(tx)
		if err != nil {
			return err
		}
		for i, r := range recs {
			s.tell(i, len(recs))
			if v := b.Get(keys[i]); v != nil {
				if err := samePresent(keys[i], v, r); err != nil {
					return err
				}
				skipped++
				continue
			}
			if err := addImported(tx, keys[i], r, storedAt(stored, i)); err != nil {
				return fmt.Errorf("check-in %s: %w", formatID(keys[i]), err)
			}
			added++
		}
		for _, q := range qs {
			if err := keepQuestionnaire(tx, q); err != nil {
				return err
			}
		}
		s.tell(len(recs), len(recs))
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

func storedAt(stored [][]byte, i int) []byte {
	if i < len(stored) {
		return stored[i]
	}
	return nil
}

// addImported adds r under k, a key that is free, as v when v is its
// stored form. The id is the one the key names; v, written for the id
// the file gives, is used only when that is the same text.
func addImported(tx *bbolt.Tx, k []byte, r assessment.CheckIn, v []byte) error {
	id := formatID(k)
	if v == nil || r.ID != id {
		r.ID = id
		return putRecord(tx, k, r)
	}
	return putEncoded(tx, k, r, v)
}
