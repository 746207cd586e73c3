package practice

import (
	"errors"
	"maps"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// A check-in is saved, then its draft deleted. A stop in between (a
// crash, a power cut) would leave a draft that saves the check-in a
// second time when resumed, so the draft is marked with the second the
// check-in is saved under just before the save, and a marked draft whose
// check-in is in the history is discarded instead of offered.

// markSaving writes into the draft the second c is about to be saved
// under. Without a draft, or one that cannot be read, there is nothing to
// mark.
func (s *Service) markSaving(c assessment.CheckIn) {
	if !s.KeepsDrafts() {
		return
	}
	d, ok, err := store.LoadDraft(s.cfg.DraftPath)
	if !ok || err != nil {
		return
	}
	d.SavingAt = c.TakenAt.Truncate(time.Second)
	_ = store.SaveDraft(s.cfg.DraftPath, d) // unmarked, a draft is as before
}

// savedAs is the id of the check-in a marked draft was saved as: one
// taken in the second of the mark with the draft's answers. "" when it
// is not in the history, or cannot be told.
func (s *Service) savedAs(d assessment.Draft) string {
	if d.SavingAt.IsZero() || !s.HasStore() {
		return ""
	}
	var id string
	_ = s.read(func(st *store.Store) error {
		c, err := st.Get(d.SavingAt.UTC().Format("20060102-150405") + "-")
		if err == nil && maps.Equal(c.Answers, d.Answers) {
			id = c.ID
		}
		if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrAmbiguous) {
			return nil
		}
		return err
	})
	return id
}
