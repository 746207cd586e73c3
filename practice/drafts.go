package practice

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// A check-in in progress is kept as a draft in a file of its own (never
// in the history), rewritten after every change, so leaving, a signal or
// a crash loses nothing; the next check-in, in the app or line by line,
// offers to resume it where it was left.

// KeepsDrafts reports whether drafts are kept at all.
func (s *Service) KeepsDrafts() bool { return s.cfg.DraftPath != "" }

// DraftPath is the draft file, "" when drafts are not kept.
func (s *Service) DraftPath() string { return s.cfg.DraftPath }

// NewDraft is the draft of a check-in begun now, to be recorded at on
// (zero: when it is finished).
func (s *Service) NewDraft(on time.Time) assessment.Draft {
	q := s.cfg.Questionnaire
	return assessment.Draft{
		Questionnaire: assessment.RefOf(q), Items: len(q.Items),
		Answers: assessment.Answers{}, Timings: assessment.Timings{},
		StartedAt: s.cfg.Now(), TakenAt: on,
	}
}

// Draft is the unfinished check-in; ok is false when there is none. A
// draft that is there but cannot be read gives ok and the error, so it
// can be offered for discarding. A draft whose check-in was saved (see
// markSaving) is deleted and not given; SavedDraft names the check-in.
func (s *Service) Draft() (d assessment.Draft, ok bool, err error) {
	if !s.KeepsDrafts() {
		return assessment.Draft{}, false, nil
	}
	d, ok, err = store.LoadDraft(s.cfg.DraftPath)
	if ok && err == nil {
		if id := s.savedAs(d); id != "" && s.DiscardDraft() == nil {
			s.mu.Lock()
			s.savedDraft = id
			s.mu.Unlock()
			return assessment.Draft{}, false, nil
		}
	}
	return d, ok, err
}

// SavedDraft is the id of the check-in whose draft Draft found already
// saved and discarded, "" for none.
func (s *Service) SavedDraft() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.savedDraft
}

// Resumable reports whether d was answered with the current
// questionnaire, so that its answers still fit.
func (s *Service) Resumable(d assessment.Draft) bool {
	return d.Questionnaire.Hash == s.cfg.Questionnaire.Hash
}

// KeepDraft writes d as the draft, stamped with the time of the change.
// A draft with nothing given yet is not written.
func (s *Service) KeepDraft(d assessment.Draft) error {
	if !s.KeepsDrafts() || d.Empty() {
		return nil
	}
	d.UpdatedAt = s.cfg.Now()
	return store.SaveDraft(s.cfg.DraftPath, d)
}

// DiscardDraft deletes the draft; a missing one is not an error.
func (s *Service) DiscardDraft() error {
	if !s.KeepsDrafts() {
		return nil
	}
	return store.DeleteDraft(s.cfg.DraftPath)
}
