package store

import (
	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachScoredSummary calls fn with what a table of scores shows of every
// check-in, oldest first: the id, time, questionnaire, dimension and
// facet scores, balance, profile and warnings' codes (whether there are
// words or a met commitment is left false). The summary is valid only
// during the call: its maps, profile and codes are reused for the next.
//
// Summaries of the current form hold all of it, so no record is read.
// With summaries of an earlier form (a database an earlier build wrote,
// opened read-only) it is read from the records, as EachScored reads
// them.
func (s *Store) EachScoredSummary(fn func(assessment.Summary) error) error {
	var current bool
	err := s.guarded(func(tx *bbolt.Tx) error {
		current = summariesCurrent(tx)
		if !current {
			return nil
		}
		b, err := summaries(tx)
		if err != nil {
			return err
		}
		sums := summaryReuse{withFacets: true}
		return b.ForEach(func(k, v []byte) error {
			sum, err := sums.read(k, v)
			if err != nil {
				return err
			}
			return fn(scoredOnly(sum))
		})
	})
	if err != nil || current {
		return err
	}
	return s.EachScored(func(c assessment.CheckIn) error {
		return fn(scoredOnly(assessment.SummaryOf(c)))
	})
}

// scoredOnly is sum without what EachScoredSummary leaves false.
func scoredOnly(sum assessment.Summary) assessment.Summary {
	sum.HasNote, sum.NoteWritten, sum.MetCommitment = false, false, false
	return sum
}
