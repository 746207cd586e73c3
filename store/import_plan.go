package store

import (
	"encoding/json"
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// An import holds, once the file is checked, the bytes it will write for
// each check-in rather than the check-ins: ten thousand decoded
// check-ins, their maps of answers and scores, took more memory than the
// file and the database together, and the garbage collector's time with
// it. The check-ins are decoded from the file twice, once to check their
// form (DecodeImport) and once to check their answers (CheckAnswers),
// which must wait until the caller has settled which questionnaires it
// knows; neither pass keeps them.

// importPlan is what ImportFile writes for each check-in of a file.
type importPlan struct {
	at     []int    // where each check-in starts in the file
	ids    []string // each check-in's id as the file gives it
	stored [][]byte // each check-in as the database stores it
	// storedKeys are the keys of the check-ins whose stored bytes the
	// file holds under the id the key gives, else nil.
	storedKeys [][]byte
	sums       [][]byte // and its summary (summaryBytes)
	keys       [][]byte // the key each is stored under
	err        error    // why a check-in has no key, which stops the import
	ready      bool     // CheckAnswers has found every check-in sound
}

// DecodeImport is DecodeExport for an import: it checks the same and
// fails the same, but it does not keep the check-ins (CheckIns is
// empty). CheckAnswers then checks them and makes them ready, and
// ImportFile writes them.
func DecodeImport(source string, data []byte) (ExportFile, error) {
	return decodeExport(source, data, &importPlan{})
}

// checkPlanned is CheckAnswers for a file from DecodeImport: each
// check-in is decoded from the file as DecodeExport decodes it, checked,
// and, when sound, made ready to write. The check-ins of a chunk are
// checked in parallel and then taken in order, as one at a time would
// take them.
func (f ExportFile) checkPlanned(c *answerChecker) ([]assessment.QuestionnaireRef, error) {
	p := f.plan
	p.ready, p.err = false, nil
	p.keys = make([][]byte, len(p.at))
	p.sums = make([][]byte, len(p.at))
	var ps []problem
	for start := 0; start < len(p.at) && len(ps) <= maxProblems; start += chunkSize {
		checked := make([]plannedCheck, min(chunkSize, len(p.at)-start))
		inParallel(len(checked), func(w, j int) { checked[j] = f.checkOne(c, w, start+j) })
		for _, pc := range checked {
			if len(ps) > maxProblems {
				break // the report shows maxProblems and says there are more
			}
			if pc.err != nil {
				return nil, pc.err
			}
			ps = append(ps, pc.ps...)
			if p.err == nil {
				p.err = pc.keyErr
			}
		}
	}
	if len(ps) > 0 {
		return nil, f.report(ps, p.ids)
	}
	p.ready = true
	return c.unknownRefs(), nil
}

// plannedCheck is what checkOne found of a check-in.
type plannedCheck struct {
	ps     []problem
	err    error // stops the check
	keyErr error // stops the import (see Import)
}

// checkOne checks the i-th check-in of the file, on goroutine w, and
// makes it ready when it is sound.
func (f ExportFile) checkOne(c *answerChecker, w, i int) plannedCheck {
	r, err := f.record(i)
	if err != nil {
		return plannedCheck{err: err}
	}
	var pc plannedCheck
	if pc.ps, pc.err = c.check(w, i, r); pc.err == nil && len(pc.ps) == 0 {
		pc.keyErr, pc.err = f.plan.prepare(i, r)
	}
	return pc
}

// prepare makes the i-th check-in, r, ready to write: its key, and the
// bytes of it and its summary as putRecord would write them. DecodeImport
// kept the bytes of one the file holds just as the database would; they
// are used when the file gives its id as the key does. A check-in without
// a key stops the import when it begins, as Import stops (keyErr). It
// writes only the i-th entries, so goroutines may prepare others.
func (p *importPlan) prepare(i int, r assessment.CheckIn) (keyErr, err error) {
	k, err := keyOf(r)
	if err != nil {
		return err, nil
	}
	p.keys[i] = k
	if id := formatID(k); p.stored[i] == nil || r.ID != id {
		r.ID = id
		if p.stored[i], err = json.Marshal(EnvelopeOf(r)); err != nil {
			return nil, err
		}
	}
	p.sums[i], err = summaryBytes(r)
	return nil, err
}

// ImportFile is Import of the check-ins and questionnaires of f. For a
// file from DecodeImport, whose CheckAnswers found every check-in sound,
// it writes the bytes made ready then, and lets go of the file's text,
// which no message needs any more, so that its memory serves the write.
func (s *Store) ImportFile(f *ExportFile) (added, skipped int, err error) {
	p := f.plan
	if p == nil {
		return s.Import(f.CheckIns, f.Questionnaires)
	}
	if !p.ready {
		return 0, 0, fmt.Errorf("import into %s: the check-ins of %s were not checked against their questionnaires; nothing was imported", s.path, f.source)
	}
	if p.err != nil {
		return 0, 0, fmt.Errorf("import into %s: %w; nothing was imported", s.path, p.err)
	}
	f.data, f.places = nil, nil
	return s.importKeys(p.keys, f.Questionnaires, func(tx *bbolt.Tx, i int, present []byte) (bool, error) {
		if present == nil {
			if err := putStored(tx, p.keys[i], p.stored[i], p.sums[i]); err != nil {
				return false, fmt.Errorf("check-in %s: %w", formatID(p.keys[i]), err)
			}
			return true, nil
		}
		r, err := decode(p.keys[i], p.stored[i])
		if err != nil {
			return false, err
		}
		return false, samePresent(p.keys[i], present, r)
	})
}

// record is the i-th check-in of the file as DecodeExport decodes it. One
// the file holds just as the database stores it is read from those bytes
// as the database reads them (decode), which takes half the time of
// encoding/json and reads them as it does (TestQuickScores): they are
// the file's, but for spaces.
func (f ExportFile) record(i int) (assessment.CheckIn, error) {
	if k := f.plan.storedKeys[i]; k != nil {
		return decode(k, f.plan.stored[i])
	}
	at := f.plan.at[i]
	var e Envelope
	if err := json.Unmarshal(f.data[at:valueEnd(f.data, at)], &e); err != nil {
		return assessment.CheckIn{}, fmt.Errorf("%s: checkins[%d]: %w", f.source, i, err) // DecodeImport read it
	}
	return e.Unwrap(), nil
}

// storedKey is the key stored is kept under when the file gives it as id
// and stored is not nil, else nil.
func storedKey(id string, stored []byte) []byte {
	if k, ok := parseID(id); ok && stored != nil && formatID(k) == id {
		return k
	}
	return nil
}
