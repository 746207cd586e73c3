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
// for their outcomes, the notes) is held to the end, and written within
// the walk's read. It reports how many check-ins there are.
//
// The current questionnaire is read with load while the ends and the
// count are read on the other core, and the first check-ins: its YAML
// takes as long as a fifth of the report. An error of it is the report's
// first, as when it was read before the database was opened.
//
// The questionnaires the check-ins were answered with are read each
// when first used; one that cannot be read stops the report there. An
// error of reading is told as one of the export's; one of writing as it
// is, as before the report was streamed.
func streamReport(w io.Writer, s *store.Store, load func() (*assessment.Questionnaire, error)) (int, error) {
	// The ends of the history, the questionnaire of the latest check-in
	// and the count are read on the other core, while this one reads the
	// questionnaire; the count reads every page of the records a little,
	// ahead of the walk that reads them whole.
	type head struct {
		ends store.ReportEnds
		last *assessment.Questionnaire // nil when the database keeps none
		n    int
		err  error
	}
	heads := make(chan head, 1)
	go func() {
		var h head
		if h.ends, h.err = s.ReportEnds(); h.err == nil && h.ends.Any {
			var ok bool
			h.last, ok, h.err = s.Questionnaire(h.ends.Last.Questionnaire.Hash)
			if !ok {
				h.last = nil
			}
		}
		if h.err == nil {
			h.n, h.err = s.CountCheckIns()
		}
		heads <- h
	}()
	// The walk begins now too: its reader has the first check-ins read
	// by the time the questionnaire is.
	walk := s.BeginReport()
	q, err := load()
	if err != nil {
		walk.Stop()
		<-heads // done with the database before it is closed
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	rs := newReportStream(q)
	// The current questionnaire answers for its own hash (answer keeps
	// it): its copy in the database is not read again here.
	seen := map[string]bool{q.Hash: true}
	var qerr error
	var h *head
	// counted writes the head of the report once the ends and the count
	// are in, without waiting for them unless wait; rows added before are
	// held until then.
	counted := func(wait bool) error {
		if h == nil {
			if !wait {
				select {
				case got := <-heads:
					h = &got
				default:
					return nil
				}
			} else {
				got := <-heads
				h = &got
			}
			if h.err == nil && h.ends.Any {
				seen[h.ends.Last.Questionnaire.Hash] = true
				if h.last != nil {
					rs.answer(h.last)
				}
			}
			if h.err == nil {
				rs.start(bw, h.ends)
			}
		}
		if h.err == nil && !rs.begun {
			rs.counted(h.n)
		}
		return h.err
	}
	// The hash of the check-in before: nearly always this one's.
	var last string
	var hasLast bool
	use := func(c assessment.CheckIn) {
		hash := c.Questionnaire.Hash
		if hasLast && last == hash {
			return
		}
		last, hasLast = hash, true
		if !seen[hash] && qerr == nil {
			seen[hash] = true
			aq, ok, err := s.Questionnaire(hash)
			if err != nil {
				qerr = err
			} else if ok {
				rs.answer(aq)
			}
		}
	}
	var first, latest string // the ids walked first and last, for finish
	walked := 0
	// finish waits for the count, always, so that it is done with the
	// database before it is closed, and checks the walk against it.
	finish := func() error {
		err := counted(true)
		if err == nil && (h.n != walked || walked > 0 && (first != h.ends.First.ID || latest != h.ends.Last.ID)) {
			// The database is held open for reading, so this is a file
			// changed behind its back.
			err = fmt.Errorf("the history changed while it was read (%s counted, %s read); export it again", checkIns(h.n), checkIns(walked))
		}
		return err
	}
	// What follows the table is written within the walk's read: the texts
	// of the check-ins it holds are the records' own (see store.ReportWalk).
	var ended error
	err = walk.Each(func(c assessment.CheckIn) error {
		if use(c); qerr != nil {
			return qerr
		}
		if walked == 0 {
			first = c.ID
		}
		walked++
		latest = c.ID
		rs.add(c)
		return counted(false)
	}, func() error {
		if err := finish(); err != nil {
			return err
		}
		ended = rs.end()
		return nil
	})
	if err == nil {
		err = qerr
	}
	if h == nil {
		if ferr := finish(); err == nil {
			err = ferr
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
