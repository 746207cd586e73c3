package cli

import (
	"bufio"
	"fmt"
	"io"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// streamReport writes the report to w as it reads the check-ins: what
// the report says before its table (the count, the latest check-in)
// comes from the ends of the history and a count made beside the walk
// over the records, and each check-in's row is written as it comes, once
// the count is in. Only what follows the table (the commitments waiting
// for their outcomes, the notes) is held to the end. It reports how many
// check-ins there are.
//
// The current questionnaire is read with load once the count has begun:
// its YAML takes as long as a fifth of the report. An error of it is the
// report's first, as when it was read before the database was opened.
//
// The questionnaires the check-ins were answered with are read each
// when first used; one that cannot be read stops the report there. An
// error of reading is told as one of the export's; one of writing as it
// is, as before the report was streamed.
func streamReport(w io.Writer, s *store.Store, load func() (*assessment.Questionnaire, error)) (int, error) {
	// The count reads every page of the records a little, on the other
	// core, while this one reads the questionnaire, and ahead of the walk
	// that reads them whole.
	type count struct {
		n   int
		err error
	}
	counts := make(chan count, 1)
	go func() {
		n, err := s.CountCheckIns()
		counts <- count{n, err}
	}()
	q, err := load()
	if err != nil {
		<-counts // done with the database before it is closed
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	rs := newReportStream(q)
	var c *count
	counted := func(wait bool) error {
		if c == nil {
			if !wait {
				select {
				case got := <-counts:
					c = &got
				default:
					return nil
				}
			} else {
				got := <-counts
				c = &got
			}
		}
		// A walk that failed before the ends of the history has no
		// report begun to write the head of.
		if c.err == nil && !rs.begun && rs.started() {
			rs.counted(c.n)
		}
		return c.err
	}
	seen := map[string]bool{}
	var qerr error
	// The hash of the check-in before: nearly always this one's.
	var last string
	var hasLast bool
	use := func(c assessment.CheckIn) {
		h := c.Questionnaire.Hash
		if hasLast && last == h {
			return
		}
		last, hasLast = h, true
		if !seen[h] && qerr == nil {
			seen[h] = true
			aq, ok, err := s.Questionnaire(h)
			if err != nil {
				qerr = err
			} else if ok {
				rs.answer(aq)
			}
		}
	}
	// The count is always waited for, so that it is done with the
	// database before it is closed.
	waited := false
	wait := func() error {
		waited = true
		err := counted(true)
		if err == nil && c.n != rs.n {
			// The database is held open for reading, so this is a file
			// changed behind its back.
			err = fmt.Errorf("the history changed while it was read (%s counted, %s read); export it again", checkIns(c.n), checkIns(rs.n))
		}
		return err
	}
	// What follows the table is written within the read: the texts of
	// the check-ins it holds are the records' own (see EachReportedAfter).
	var ended error
	err = s.EachReportedAfter(func(e store.ReportEnds) error {
		if e.Any {
			use(e.Last)
		}
		if qerr != nil {
			return qerr
		}
		rs.start(bw, e)
		return nil
	}, func(c assessment.CheckIn) error {
		if use(c); qerr != nil {
			return qerr
		}
		rs.add(c)
		return counted(false)
	}, func() error {
		if err := wait(); err != nil {
			return err
		}
		ended = rs.end()
		return nil
	})
	if err == nil {
		err = qerr
	}
	if !waited {
		if cerr := wait(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return rs.n, fmt.Errorf("export: %w", err)
	}
	if ended != nil {
		return rs.n, ended
	}
	return rs.n, bw.Flush()
}
