package store

import (
	"encoding/json"
	"fmt"

	"github.com/leadcheck/leadcheck/assessment"
)

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
		p := f.plan
		p.keys[i], p.stored[i], p.sums[i], pc.keyErr, pc.err = prepareRecord(r, p.stored[i])
	}
	return pc
}

// record is the i-th check-in of the file as DecodeExport decodes it. One
// the file holds just as the database stores it is read from those bytes
// as the database reads them (decode), which takes half the time of
// encoding/json and reads them as it does (TestQuickScores): they are
// the file's, but for spaces.
func (f ExportFile) record(i int) (assessment.CheckIn, error) {
	if p := f.plan; i < len(p.storedKeys) && p.storedKeys[i] != nil {
		k := p.storedKeys[i]
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
