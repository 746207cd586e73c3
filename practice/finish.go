package practice

import (
	"fmt"
	"slices"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// Finished is what became of a finished check-in.
type Finished struct {
	// CheckIn is the check-in, with its id when it was saved.
	CheckIn assessment.CheckIn
	// Previous is the check-in before it, nil for the first; PreviousErr
	// says why it could not be read.
	Previous    *assessment.CheckIn
	PreviousErr error
	// Err is why the check-in was not saved to the database; nil when it
	// was.
	Err error
	// Recovery is the file it was kept in instead, "" for none;
	// RecoveryErr says why not even that could be written. Advice says
	// what to do with the file (RecoveryAdvice).
	Recovery    string
	RecoveryErr error
	Advice      string
}

// Saved reports whether the check-in is in the database.
func (f Finished) Saved() bool { return f.Err == nil }

// NotSaved is the error a command ends with when the check-in did not
// reach the database: where its answers are, or why they could not be
// kept either. Nil when it was saved.
func (f Finished) NotSaved() error {
	switch {
	case f.Err == nil:
		return nil
	case f.Recovery != "":
		return fmt.Errorf("check-in not saved to the database: %w\n%s", f.Err, f.Advice)
	case f.RecoveryErr != nil:
		return fmt.Errorf("check-in not saved: %w; %w", f.Err, f.RecoveryErr)
	}
	return fmt.Errorf("check-in not saved: %w", f.Err)
}

// Finish keeps c, a check-in just taken with the current questionnaire:
// in the database, or, when the database does not take it, in a recovery
// file to import later. The check-in before it is read first, so even a
// failed save can still show what changed. Once the check-in is kept
// either way, its draft is deleted; otherwise the draft stays, to resume.
func (s *Service) Finish(c assessment.CheckIn) Finished {
	f := Finished{CheckIn: c, Err: s.noStore()}
	if s.HasStore() {
		f.Previous, f.PreviousErr = s.CheckInBefore(c.TakenAt)
		s.markSaving(c)
		f.Err = s.write(func(st *store.Store) error { return st.Save(&f.CheckIn, s.cfg.Questionnaire) })
	}
	if f.Err != nil && s.cfg.RecoveryDir != "" {
		f.Recovery, f.RecoveryErr = store.WriteRecovery(s.cfg.RecoveryDir, c, s.cfg.Questionnaire, s.cfg.Version)
		if f.Recovery != "" {
			f.Advice = RecoveryAdvice(f.Recovery)
			s.mu.Lock()
			s.recovered = append(s.recovered, f.Recovery)
			s.mu.Unlock()
		}
	}
	if f.Err == nil || f.Recovery != "" {
		_ = s.DiscardDraft() // a draft left over offers a resume: no harm
	}
	return f
}

// Recovered are the recovery files this Service has written.
func (s *Service) Recovered() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.recovered)
}

// RecoveryAdvice says what to do with a recovery file, the same way on the
// result screen and from the commands.
func RecoveryAdvice(path string) string {
	return fmt.Sprintf("Your answers are safe in %s; when the database can be written again, run: leadcheck import %s", path, path)
}
