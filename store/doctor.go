package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// maxReported bounds the problems a Report lists one by one; a file wrong
// throughout says so in a screen.
const maxReported = 20

// Report is what Check found in a database.
type Report struct {
	Path   string
	Schema int
	// CheckIns counts the records; Questionnaires the snapshots kept.
	CheckIns       int
	Questionnaires int
	// Rounds and Responses count the feedback rounds and their responses.
	Rounds, Responses int
	// Consistent is true when bbolt's consistency check ran and found
	// nothing; it is false when it found something or could not run.
	Consistent bool
	// Problems are what is wrong, one sentence each; none when healthy.
	Problems []string
	// Notes are worth knowing but harm nothing, such as a check-in whose
	// questionnaire was not kept (from before leadcheck kept them).
	Notes []string
	// Readable is true when every record and kept questionnaire decodes,
	// so that 'leadcheck export' can still save the whole history.
	Readable bool
}

// Healthy reports whether Check found nothing wrong.
func (r Report) Healthy() bool { return r.Consistent && len(r.Problems) == 0 }

// Check examines the database at path without writing to it: bbolt's
// consistency check of every page, the layout and schema, that every
// record decodes, that the summaries match the records, and that the
// questionnaire each record was answered with was kept. It opens the file
// read-only, which takes bbolt's shared lock, so it reports ErrInUse while
// a leadcheck has the database open. An error means the file could not be
// examined at all (missing, in use, not a bbolt file); what is wrong
// inside a database is in the Report.
func Check(path string, opts ...Option) (Report, error) {
	o := optionsOf(opts)
	rep := Report{Path: path}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return rep, noDatabase(path, "")
	case err != nil || !info.Mode().IsRegular() || info.Size() == 0:
		return rep, inspect(path, o) // the message Open would give
	}
	db, err := openBolt(path, true, o)
	if errors.Is(err, ErrInUse) {
		return rep, fmt.Errorf("database %s is %w; let it finish, then run doctor again "+
			"(while a leadcheck writes to the file, no other process can read it)", path, ErrInUse)
	}
	if err != nil {
		return rep, err
	}
	defer db.Close()
	err = guard(func() error {
		return db.View(func(tx *bbolt.Tx) error {
			fresh, err := checkLayout(tx, path)
			if err != nil {
				return err
			}
			if !fresh { // a bare bbolt file: Open lays it out
				rep.Schema = schemaOf(tx)
				rep.examine(tx)
				rep.examineSnapshots(tx)
				rep.examineFeedback(tx)
			}
			// bbolt checks in a goroutine of its own, beyond guard's
			// reach, so it runs only on a file that is whole and whose
			// every page it reads has been read here without a fault.
			if size := info.Size(); size < tx.Size() {
				rep.add(fmt.Sprintf("the file is cut short (%d bytes of %d)", size, tx.Size()))
				return nil
			}
			if p := uncheckable(tx, path); p != "" {
				rep.add(p)
				return nil
			}
			var found []string
			for err := range tx.Check() {
				found = append(found, "consistency check: "+err.Error())
			}
			rep.Consistent = len(found) == 0
			rep.Problems = append(found, rep.Problems...)
			return nil
		})
	}, notDatabaseAt(path))
	if err != nil {
		return rep, err
	}
	if len(rep.Problems) > maxReported {
		more := len(rep.Problems) - maxReported
		rep.Problems = append(rep.Problems[:maxReported], fmt.Sprintf("... and %d more problems", more))
	}
	return rep, nil
}

func (r *Report) add(p string) { r.Problems = append(r.Problems, p) }

// examine reads every record, its summary and its questionnaire's
// snapshot, a chunk at a time on every processor, and reports what it
// finds in the order of the records. The next chunk is gathered while
// one is checked: walking the records touches every page of the file for
// the first time, nearly a tenth of a doctor's time, with a processor
// idle.
func (r *Report) examine(tx *bbolt.Tx) {
	recs := tx.Bucket(bucketCheckins)
	sums := tx.Bucket(bucketSummaries) // nil before schema 2: upgraded on next open
	snaps := tx.Bucket(bucketQuestionnaires)
	if snaps != nil {
		r.Questionnaires = snaps.Stats().KeyN
	}
	r.Readable = true
	kept := map[string]bool{} // whether each questionnaire met so far was kept
	walk, checkers := newSummaries(sums), newCheckers()
	whole := summariesCurrent(tx)
	g := gatherer{c: recs.Cursor(), walk: walk, whole: whole}
	g.k, g.v = g.c.First()
	chunk, next := g.next(nil), make([]stored, 0, doctorChunk)
	found := make([]examined, doctorChunk)
	for len(chunk) > 0 {
		checking := checkAllAsync(snaps, checkers, chunk, found[:len(chunk)])
		next = g.nextWhile(checking, next[:0])
		if raised := <-checking; raised != nil {
			panic(raised)
		}
		for i, e := range found[:len(chunk)] {
			r.report(chunk[i].k, e, snaps, kept)
		}
		chunk, next = next, chunk
	}
	if walk == nil {
		return
	}
	for _, k := range walk.rest() {
		r.add(fmt.Sprintf("there is a summary of check-in %s, which does not exist", formatID(k)))
	}
}

// report adds what was found in one record: that it cannot be read, or
// that its questionnaire was not kept (once for each questionnaire), and
// its problems.
func (r *Report) report(k []byte, e examined, snaps *bbolt.Bucket, kept map[string]bool) {
	r.CheckIns++
	if e.bad {
		r.Readable = false
		r.add(fmt.Sprintf("check-in %s cannot be read", formatID(k)))
		return
	}
	ref := e.rec.Questionnaire
	was, met := kept[ref.Hash]
	if !met {
		was = snaps != nil && snaps.Get([]byte(ref.Hash)) != nil
		kept[ref.Hash] = was
		if !was {
			r.Notes = append(r.Notes, fmt.Sprintf("questionnaire %s version %d, which check-in %s was answered with, was not kept; such check-ins are shown with the current questionnaire's names",
				ref.ID, ref.Version, e.rec.ID))
		}
	}
	r.Problems = append(r.Problems, e.problems...)
}

// verify runs import's checks on a stored record: its values, and, when
// its questionnaire was kept, its scores recomputed from its answers.
func (r *Report) verify(sc scorer, rec assessment.CheckIn, q *assessment.Questionnaire) {
	ps := checkValues(rec, time.Now())
	if q != nil {
		ps = append(ps, sc.check(q, rec)...)
	}
	for _, p := range ps {
		r.add(fmt.Sprintf("check-in %s: %s %s; delete it (or restore the database from a backup) and import a correct export", rec.ID, p.path, p.msg))
	}
}

// snapshot decodes the kept questionnaire with the given hash, or nil.
func snapshot(snaps *bbolt.Bucket, hash string) *assessment.Questionnaire {
	if snaps == nil {
		return nil
	}
	v := snaps.Get([]byte(hash))
	q := &assessment.Questionnaire{}
	if v == nil || json.Unmarshal(v, q) != nil {
		return nil
	}
	q.Hash = hash
	return q
}

// compareSummary checks a stored summary against the one its record gives,
// through the stored form, so that equal summaries compare equal whatever
// their time zones. A summary of an earlier form (whole is false: the
// next writing open writes them again) is checked in the fields every
// form has. texts keeps the scores' texts from one summary to the next.
func (r *Report) compareSummary(rec assessment.CheckIn, stored []byte, whole bool, texts scoreTexts) {
	if stored == nil {
		r.add(fmt.Sprintf("check-in %s has no summary", rec.ID))
		return
	}
	want := assessment.SummaryOf(rec)
	if whole {
		// Written as putSummary would write it now: nothing to read.
		var room [1024]byte
		if b, ok := appendSummaryWith(room[:0], storedOf(want), texts); ok && bytes.Equal(b, stored) {
			return
		}
	}
	got, err := parseSummary(stored)
	if err != nil {
		r.add(fmt.Sprintf("the summary of check-in %s cannot be read", rec.ID))
		return
	}
	if sameSummaryFields(got, want, whole) {
		return
	}
	a, errA := summaryJSON(got, whole)
	b, errB := summaryJSON(want, whole)
	if errA != nil || errB != nil || !bytes.Equal(a, b) {
		r.add(fmt.Sprintf("the summary of check-in %s does not match the check-in", rec.ID))
	}
}

// summaryJSON is s as the bucket keeps it, or only in the fields every
// form has.
func summaryJSON(s assessment.Summary, whole bool) ([]byte, error) {
	if whole {
		return json.Marshal(storedOf(s))
	}
	return json.Marshal(storedSummary{
		TakenAt: s.TakenAt, Dimensions: s.Dimensions, Balance: s.Balance,
		Profile: s.Profile, HasNote: s.HasNote, MetCommitment: s.MetCommitment,
	})
}
