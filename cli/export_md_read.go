package cli

import (
	"bufio"
	"fmt"
	"io"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// streamReport writes the report to w as it reads the check-ins, in one
// read of the database: what the report says before its table (the
// count, the latest check-in) comes from the ends of the history, read
// first, and each check-in's row is written as it comes. Only what
// follows the table (the commitments waiting for their outcomes, the
// notes) is held to the end. It reports how many check-ins there are.
//
// The questionnaires the check-ins were answered with are read each
// when first used; one that cannot be read stops the report there. An
// error of reading is told as one of the export's; one of writing as it
// is, as before the report was streamed.
func streamReport(w io.Writer, s *store.Store, q *assessment.Questionnaire) (int, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	rs := newReportStream(q)
	seen := map[string]bool{}
	var qerr error
	use := func(c assessment.CheckIn) {
		if h := c.Questionnaire.Hash; !seen[h] && qerr == nil {
			seen[h] = true
			aq, ok, err := s.Questionnaire(h)
			if err != nil {
				qerr = err
			} else if ok {
				rs.answer(aq)
			}
		}
	}
	err := s.EachReportedAfter(func(e store.ReportEnds) error {
		if e.N > 0 {
			use(e.Last)
		}
		if qerr != nil {
			return qerr
		}
		rs.begin(bw, e)
		return nil
	}, func(c assessment.CheckIn) error {
		if use(c); qerr != nil {
			return qerr
		}
		rs.add(c)
		return nil
	})
	if err == nil {
		err = qerr
	}
	if err != nil {
		return rs.n, fmt.Errorf("export: %w", err)
	}
	if err := rs.end(); err != nil {
		return rs.n, err
	}
	return rs.n, bw.Flush()
}
