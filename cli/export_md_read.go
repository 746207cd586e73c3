package cli

import (
	"bufio"
	"io"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// readReport reads what the report needs, one check-in at a time, into
// a reportStream: every check-in but its answers, and the questionnaires
// they were answered with, each when first used, before the check-in.
// Only the latest check-in's facets and their margins are shown, so
// those of the others are not read, nor how long each took, which the
// report does not print.
func readReport(s *store.Store, q *assessment.Questionnaire) (*reportStream, assessment.CheckIn, error) {
	rs := newReportStream(q)
	seen := map[string]bool{}
	var qerr error // the first questionnaire not read, told after the walk's own error
	err := s.EachReported(func(c assessment.CheckIn) error {
		if h := c.Questionnaire.Hash; !seen[h] && qerr == nil {
			seen[h] = true
			aq, ok, err := s.Questionnaire(h)
			if err != nil {
				qerr = err
			} else if ok {
				rs.answer(aq)
			}
		}
		rs.add(c)
		return nil
	}, append(exportLeavesOut["md"], "scores.facets", "scores.facet_margins", "duration_seconds")...)
	last := rs.last
	if err == nil && rs.n > 0 {
		// The latest, whole, for its facets.
		var recent []assessment.CheckIn
		// The database is held open for reading, so no check-in can be
		// added between the two reads; the id says so all the same.
		if recent, err = s.Recent(1); err == nil && len(recent) == 1 && recent[0].ID == last.ID {
			recent[0].Answers = nil
			last = recent[0]
		}
	}
	if err == nil {
		err = qerr
	}
	if err != nil {
		return nil, last, err
	}
	return rs, last, nil
}

// writeReportTo writes the report to w through a buffer of its own, so
// that the report need not be held whole before it is written.
func writeReportTo(w io.Writer, rs *reportStream, last assessment.CheckIn) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := rs.write(bw, last); err != nil {
		return err
	}
	return bw.Flush()
}
