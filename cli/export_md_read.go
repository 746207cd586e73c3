package cli

import (
	"bufio"
	"io"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// readReport reads what writeReport needs: every check-in but its
// answers, and the questionnaires they were answered with, in order of
// first use, as store.ExportWithout gives them. Only the latest
// check-in's facets and their margins are shown, so those of the others
// are not read: with ten thousand check-ins they were most of what the
// report held, and a good part of the time reading it. Nor is how long
// each took, which the report does not print.
func readReport(s *store.Store) (store.ExportFile, error) {
	var f store.ExportFile
	n, err := s.Count()
	if err != nil {
		return f, err
	}
	// One slice of the right size: growing one of ten thousand check-ins
	// copies them over and over, and the copies count in its peak memory.
	f.CheckIns = make([]assessment.CheckIn, 0, n)
	var hashes []string
	seen := map[string]bool{}
	err = s.EachReported(func(c assessment.CheckIn) error {
		f.CheckIns = append(f.CheckIns, c)
		if h := c.Questionnaire.Hash; !seen[h] {
			seen[h] = true
			hashes = append(hashes, h)
		}
		return nil
	}, append(exportLeavesOut["md"], "scores.facets", "scores.facet_margins", "duration_seconds")...)
	if err == nil && len(f.CheckIns) > 0 {
		// The latest, whole, for its facets.
		var last []assessment.CheckIn
		// The database is held open for reading, so no check-in can be
		// added between the two reads; the id says so all the same.
		n := len(f.CheckIns)
		if last, err = s.Recent(1); err == nil && len(last) == 1 && last[0].ID == f.CheckIns[n-1].ID {
			last[0].Answers = nil
			f.CheckIns[n-1] = last[0]
		}
	}
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

// writeReportTo writes the report to w through a buffer of its own, so
// that the report need not be held whole before it is written.
func writeReportTo(w io.Writer, q *assessment.Questionnaire, f store.ExportFile) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := writeReport(bw, q, f); err != nil {
		return err
	}
	return bw.Flush()
}
