package store

import (
	"encoding/json"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// An import holds, once the file is checked, the bytes it will write for
// each check-in rather than the check-ins: ten thousand decoded
// check-ins, their maps of answers and scores, took more memory than the
// file and the database together, and the garbage collector's time with
// it. Each check-in is decoded once: its form and its answers are checked
// together, as soon as the caller has settled, from the questionnaires of
// the file, which questionnaires it knows (Settle). A file whose
// check-ins come before its questionnaires has them decoded twice, once
// to check their form and once their answers.

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
	ready      bool     // every check-in was found sound

	repeated bool // a key of the file's object is given twice

	settle    Settle
	settled   bool           // settle was called
	settleErr error          // and failed
	checker   *answerChecker // what settle gave, when it did not fail
	aps       []problem      // what checker found, up to maxProblems and one
	aerr      error          // an error checking the answers, which stops the import
}

// Settle is called by DecodeImport once the questionnaires of the file
// are read and found sound, before any check-in's answers are checked:
// it checks them, may replace those it knows with its own copies in f,
// and returns what finds a questionnaire by reference (nil, nil when none
// is known) and the time now, after which no check-in may be taken. Its
// error stops the import, but is reported only if the file is sound in
// form, as it would be after DecodeExport. It may be called a second
// time, with every questionnaire, for a file that gives a key twice.
type Settle func(f *ExportFile) (known func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error), now time.Time, err error)

// DecodeImport is DecodeExport and CheckAnswers for an import: it checks
// the same and fails the same, in the same order, with settle's error
// between the two, but it does not keep the check-ins (CheckIns is
// empty). It makes them ready for ImportFile, and returns the
// questionnaires found nowhere, as CheckAnswers does.
func DecodeImport(source string, data []byte, settle Settle) (ExportFile, []assessment.QuestionnaireRef, error) {
	p := &importPlan{settle: settle}
	f, err := decodeExport(source, data, p)
	if err != nil {
		return ExportFile{}, nil, err
	}
	if p.repeated {
		return decodeRepeated(source, data, settle)
	}
	if !p.settled {
		// No list of check-ins, or one before the questionnaires: their
		// answers are checked now, from the file.
		if p.settleOnce(&f); p.settleErr != nil {
			return ExportFile{}, nil, p.settleErr
		}
		unknown, err := f.checkPlanned(p.checker)
		if err != nil {
			return ExportFile{}, nil, err
		}
		return f, unknown, nil
	}
	switch {
	case p.settleErr != nil:
		return ExportFile{}, nil, p.settleErr
	case p.aerr != nil:
		return ExportFile{}, nil, p.aerr
	case len(p.aps) > 0:
		return ExportFile{}, nil, f.report(p.aps, p.ids)
	}
	p.ready = true
	return f, p.checker.unknownRefs(), nil
}

// decodeRepeated is DecodeImport for a file that gives a key of its
// object twice, which DecodeExport reads in its own way (a second list of
// check-ins replaces the first, a second list of questionnaires adds to
// it): it is read just as DecodeExport reads it, and its check-ins kept.
// A file leadcheck wrote never has one.
func decodeRepeated(source string, data []byte, settle Settle) (ExportFile, []assessment.QuestionnaireRef, error) {
	f, err := DecodeExport(source, data)
	if err != nil {
		return ExportFile{}, nil, err
	}
	known, now, err := settle(&f)
	if err != nil {
		return ExportFile{}, nil, err
	}
	unknown, err := f.CheckAnswers(known, now)
	if err != nil {
		return ExportFile{}, nil, err
	}
	return f, unknown, nil
}

// settleOnce calls settle, once.
func (p *importPlan) settleOnce(f *ExportFile) {
	if p.settled {
		return
	}
	p.settled = true
	known, now, err := p.settle(f)
	if err != nil {
		p.settleErr = err
		return
	}
	p.checker = newAnswerChecker(f.Questionnaires, known, now)
}

// checkAnswers checks the answers of rr, the i-th check-in, sound in
// form, on goroutine w, and makes it ready when they are sound.
func (p *importPlan) checkAnswers(w, i int, rr *recordRead) {
	r := rr.r.Unwrap()
	if rr.aps, rr.aerr = p.checker.check(w, i, r); rr.aerr == nil && len(rr.aps) == 0 {
		rr.key, rr.stored, rr.sum, rr.keyErr, rr.aerr = prepareRecord(r, rr.stored)
	}
}

// take keeps the i-th check-in, rr, sound in form, starting at base.
func (p *importPlan) take(base int, rr recordRead) {
	p.at = append(p.at, base)
	p.stored = append(p.stored, rr.stored)
	if p.checker == nil {
		p.storedKeys = append(p.storedKeys, storedKey(rr.r.ID, rr.stored))
		return
	}
	p.keys, p.sums = append(p.keys, rr.key), append(p.sums, rr.sum)
	if p.aerr != nil || len(p.aps) > maxProblems {
		return // as CheckAnswers stops
	}
	p.aerr = rr.aerr
	p.aps = append(p.aps, rr.aps...)
	if p.err == nil {
		p.err = rr.keyErr
	}
}

// prepareRecord makes a check-in, r, ready to write: its key, and the bytes of
// it and its summary as putRecord would write them. DecodeImport kept the
// bytes of one the file holds just as the database would (stored); they
// are used when the file gives its id as the key does. A check-in without
// a key stops the import when it begins, as Import stops (keyErr).
func prepareRecord(r assessment.CheckIn, stored []byte) (k, v, sum []byte, keyErr, err error) {
	k, keyErr = keyOf(r)
	if keyErr != nil {
		return nil, stored, nil, keyErr, nil
	}
	v = stored
	if id := formatID(k); v == nil || r.ID != id {
		r.ID = id
		if v, err = json.Marshal(EnvelopeOf(r)); err != nil {
			return nil, nil, nil, nil, err
		}
	}
	sum, err = summaryBytes(r)
	return k, v, sum, nil, err
}

// ImportFile is Import of the check-ins and questionnaires of f. For a
// file from DecodeImport, which found every check-in sound, it writes the bytes made ready then, and lets go of the file's text,
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
