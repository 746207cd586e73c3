package cli

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// importKnown finds the questionnaires leadcheck knows, for checkImport.
type importKnown struct {
	env    Env
	g      *globals
	source string
	s      *store.Store // the database, open to read
	byRef  func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error)
	err    error // what settle failed with
}

// settle checks the snapshots of f and puts the copies leadcheck knows in
// their place (see store.Settle).
func (k *importKnown) settle(f *store.ExportFile) (func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error), time.Time, error) {
	byRef, err := k.open(f)
	k.err = err
	return byRef, k.env.Now(), err
}

func (k *importKnown) open(f *store.ExportFile) (func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error), error) {
	if err := checkSnapshots(k.source, f.Questionnaires); err != nil {
		return nil, notImported(err)
	}
	k.close() // what an earlier call opened
	q, s, err := openBothToRead(k.env, k.g)
	if err != nil {
		return nil, err
	}
	k.s = s
	known := func(hash string) (*assessment.Questionnaire, error) {
		kept, ok, err := s.Questionnaire(hash)
		switch {
		case err != nil || ok:
			return kept, err
		case hash == q.Hash:
			return q, nil
		}
		return nil, nil
	}
	// The hash covers what decides the scores, not the profiles: a
	// snapshot with edited profiles keeps it. Where leadcheck knows the
	// questionnaire (the database's copy first, as doctor checks against
	// it, then the one in use), that copy is checked against and kept.
	for i, fq := range f.Questionnaires {
		kq, err := known(fq.Hash)
		if err != nil {
			return nil, err
		}
		if kq != nil {
			f.Questionnaires[i] = kq
		}
	}
	k.byRef = func(ref assessment.QuestionnaireRef) (*assessment.Questionnaire, error) { return known(ref.Hash) }
	return k.byRef, nil
}

// close lets go of the database, which the import then opens to write.
func (k *importKnown) close() {
	if k.s != nil {
		k.s.Close()
		k.s = nil
	}
}
