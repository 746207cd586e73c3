package store

import (
	"errors"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// A report's walk reads the records on one goroutine and gives them to
// the report on the caller's, batch by batch, so that on two cores the
// reading of one batch and the writing of the one before go on at once:
// reading was two thirds of the walk, and the second core sat idle once
// the count beside it was done.

// pipeBatch is how many check-ins go over at a time; pipeBatches how
// many batches there are, so that the reader is that far ahead at most.
const (
	pipeBatch   = 32
	pipeBatches = 4
)

// reportSlot is a check-in read for the report, with the maps and lists
// it points into, which are its own and reused for a later one.
type reportSlot struct {
	c       assessment.CheckIn
	dims    map[string]assessment.Score
	margins map[string]float64
	commits []assessment.Commitment
	revs    []assessment.Review
}

type reportBatch struct {
	n     int
	slots [pipeBatch]reportSlot
}

// readInto reads the record k, v into slot, with the maps and lists of
// the slot in place of those u reuses.
func (u *reportReuse) readInto(slot *reportSlot, k, v []byte) error {
	u.dims, u.margins, u.commits, u.revs = slot.dims, slot.margins, slot.commits, slot.revs
	c, err := u.read(k, v)
	slot.dims, slot.margins, slot.commits, slot.revs = u.dims, u.margins, u.commits, u.revs
	slot.c = c
	return err
}

// reportPipe is what the reader and the report share.
type reportPipe struct {
	full    chan *reportBatch // batches read, closed after the last
	free    chan *reportBatch // batches given back to be read into again
	walked  chan error        // how the walk ended, once full is closed
	stop    chan struct{}     // closed when the report stops taking batches
	release chan struct{}     // closed when the report is done with the texts
	result  chan error        // the reader's error, once it has let go of the read
}

func newReportPipe() *reportPipe {
	p := &reportPipe{
		full: make(chan *reportBatch, pipeBatches), free: make(chan *reportBatch, pipeBatches),
		walked: make(chan error, 1), stop: make(chan struct{}), release: make(chan struct{}),
		result: make(chan error, 1),
	}
	for range pipeBatches {
		p.free <- &reportBatch{}
	}
	return p
}

// read is the reader: in one read of the database, the check-ins batch
// by batch. It holds the read open until the report is done with the
// texts (release), however the walk ended; a fault in the file ends the
// walk, as in any read.
func (p *reportPipe) read(s *Store) {
	began := false
	err := s.view(func(b *bbolt.Bucket) error {
		began = true
		err := guard(func() error { return p.walk(b) }, func(cause error) error { return damaged(s.path, cause) })
		close(p.full)
		p.walked <- err
		<-p.release
		return err
	})
	if !began {
		close(p.full)
		p.walked <- err
	}
	p.result <- err
}

// walk sends the check-ins in b.
func (p *reportPipe) walk(b *bbolt.Bucket) error {
	var u reportReuse
	var batch *reportBatch
	err := b.ForEach(func(k, v []byte) error {
		if batch == nil {
			select {
			case batch = <-p.free:
				batch.n = 0
			case <-p.stop:
				return errStopped
			}
		}
		if err := u.readInto(&batch.slots[batch.n], k, v); err != nil {
			return err
		}
		if batch.n++; batch.n == pipeBatch {
			p.full <- batch // never waits: there are as many places as batches
			batch = nil
		}
		return nil
	})
	// What was read before a record that could not be is given, as a
	// walk on one goroutine gave it.
	if batch != nil && batch.n > 0 {
		p.full <- batch
	}
	return err
}

// errStopped ends the reader's walk when the report stopped first.
var errStopped = errors.New("the report stopped taking check-ins")

// ReportEnds reads the ends of the history for a report, in a read of its
// own: a report reads them beside the questionnaire, before its walk.
func (s *Store) ReportEnds() (ReportEnds, error) {
	var e ReportEnds
	err := s.view(func(b *bbolt.Bucket) error {
		var err error
		e, err = reportEnds(b)
		return err
	})
	return e, err
}

// ReportWalk is a report's walk over the check-ins, begun: its reader
// reads the first of them on another goroutine while the report is
// still getting ready (the questionnaire's YAML), and then keeps ahead.
// Each or Stop must follow.
type ReportWalk struct {
	s *Store
	p *reportPipe
}

// BeginReport begins a report's walk.
func (s *Store) BeginReport() *ReportWalk {
	p := newReportPipe()
	go p.read(s)
	return &ReportWalk{s, p}
}

// Each gives the walk to fn and done: in one read of the database, fn is
// given every check-in, oldest first, without its answers, facets and
// duration, and of its margins only the balance's (which the trap
// reads), and last done is called, still within the read (not when fn
// or the walk failed). fn and done are called on the caller's goroutine;
// the records are read on another, ahead of them.
//
// The check-in's score maps, commitments and reviews are valid only
// during the call to fn: they are reused for a later one. Its texts (id,
// note, reflection, those of commitments and reviews) stay valid until
// done returns, and no longer: most are the bytes of the records
// themselves, not copies. Ten thousand of each, copied or made anew,
// were most of what a report allocated, and every page of memory a
// fresh process is given costs it time.
func (w *ReportWalk) Each(fn func(assessment.CheckIn) error, done func() error) error {
	// The texts are the records': a file cut short behind the read's
	// back faults here as it would in the reader.
	err := guard(func() error { return w.p.take(fn, done) }, func(cause error) error { return damaged(w.s.path, cause) })
	if serr := w.Stop(); err == nil {
		err = serr
	}
	return err
}

// Stop ends the walk and lets go of its read; it is the reader's error,
// if any. A walk never given to Each must be stopped.
func (w *ReportWalk) Stop() error {
	close(w.p.stop)
	close(w.p.release)
	if err := <-w.p.result; err != errStopped {
		return err
	}
	return nil
}

// take is the report's side: every batch, then done once the reader has
// read every record without error.
func (p *reportPipe) take(fn func(assessment.CheckIn) error, done func() error) error {
	for batch := range p.full {
		for i := range batch.n {
			if err := fn(batch.slots[i].c); err != nil {
				return err
			}
		}
		p.free <- batch
	}
	if err := <-p.walked; err != nil {
		return err
	}
	return done()
}
