package cli

import (
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// readReport reads what writeReport needs: every check-in but its
// answers, and the questionnaires they were answered with, in order of
// first use, as store.ExportWithout gives them. Only the latest
// check-in's facets and their margins are shown, so those of the others
// are let go as the next is read: with ten thousand check-ins they were
// most of what the report held.
func readReport(s *store.Store) (store.ExportFile, error) {
	var f store.ExportFile
	var hashes []string
	seen := map[string]bool{}
	err := s.EachWithout(func(c assessment.CheckIn) error {
		if n := len(f.CheckIns); n > 0 {
			f.CheckIns[n-1].Scores.Facets, f.CheckIns[n-1].Scores.FacetMargins = nil, nil
		}
		f.CheckIns = append(f.CheckIns, c)
		if h := c.Questionnaire.Hash; !seen[h] {
			seen[h] = true
			hashes = append(hashes, h)
		}
		return nil
	}, exportLeavesOut["md"]...)
	if err != nil {
		return f, err
	}
	for _, h := range hashes {
		q, ok, err := s.Questionnaire(h)
		if err != nil {
			return f, err
		}
		if ok {
			f.Questionnaires = append(f.Questionnaires, q)
		}
	}
	return f, nil
}
