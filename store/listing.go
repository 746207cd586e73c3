package store

import (
	"bytes"
	"errors"
	"slices"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// Listing returns every check-in, oldest first, with only what a list of
// them shows: the id, time, questionnaire, dimension scores and balance
// and profile (from its summary), and from the record the warnings, note
// and reflection. Answers, facets, margins, commitments and reviews are
// left out, so assessment.SummaryOf gives back each check-in's summary
// but for MetCommitment (see Scores). The record is read only when its
// summary says it has words or warnings, and then only those fields are
// decoded: a list of ten thousand costs little more than their summaries.
// Where the summaries are of the current form, the warnings are their
// codes alone, without messages, and a record is read only for its words
// (see listedWords).
func (s *Store) Listing() ([]assessment.CheckIn, error) {
	return s.listing(true)
}

// Scores is Listing with the reviews of a commitment met (those alone)
// instead of the note and reflection, so that assessment.SummaryOf gives back each
// check-in's summary whole: what a chart of the scores needs. It reads the
// record of a check-in only when it is flagged or met a commitment.
func (s *Store) Scores() ([]assessment.CheckIn, error) {
	return s.listing(false)
}

func (s *Store) listing(words bool) ([]assessment.CheckIn, error) {
	var out []assessment.CheckIn
	err := s.eachListed(false, words, func(n int) {
		// One slice of the right size: growing one of ten thousand
		// check-ins copies them over and over.
		out = make([]assessment.CheckIn, 0, n)
	}, func(c assessment.CheckIn) error {
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EachListed calls fn with every check-in as Listing gives it, newest
// first when newestFirst is set, else oldest first, without gathering
// them: a table of ten thousand keeps none of them. The check-in is
// valid only during the call, as the transaction is open until the last.
func (s *Store) EachListed(newestFirst bool, fn func(assessment.CheckIn) error) error {
	return s.eachListed(newestFirst, true, nil, fn)
}

// eachListed is EachListed (words) or the walk of Scores; count is told
// how many there are before the first, when it is given.
func (s *Store) eachListed(newestFirst, words bool, count func(int), fn func(assessment.CheckIn) error) error {
	return s.guarded(func(tx *bbolt.Tx) error {
		sb, err := summaries(tx)
		if err != nil {
			return err
		}
		cb, err := checkins(tx)
		if err != nil {
			return err
		}
		if count != nil {
			count(sb.Stats().KeyN)
		}
		current := words && summariesCurrent(tx)
		// Summaries read one after another share the texts they repeat;
		// their maps and codes are kept, so each is made anew.
		sums := summaryReuse{keep: true}
		var head []byte
		c := sb.Cursor()
		first, next := c.First, c.Next
		if newestFirst {
			first, next = c.Last, c.Prev
		}
		recs := beside(cb.Cursor(), newestFirst)
		for k, v := first(); k != nil; k, v = next() {
			sum, err := sums.read(k, v)
			if err != nil {
				return err
			}
			var r assessment.CheckIn
			if current {
				r, err = listedWords(k, recs, &head, sum)
			} else {
				head = storedHead(head[:0], k)
				r, err = listed(k, recs, head, sum, words)
			}
			if err != nil {
				return err
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	})
}

// listed is the check-in of sum as Listing (words) or Scores gives it;
// record finds its record, and head is how putRecord begins it. The
// record is looked up only when the summary says it is needed: a lookup
// for every check-in cost as much as all the rest of a listing.
func listed(k []byte, record func(k []byte) []byte, head []byte, sum assessment.Summary, words bool) (assessment.CheckIn, error) {
	c := listedOf(sum)
	reviews := !words && sum.MetCommitment
	if !sum.Flagged && !reviews && (!words || !sum.HasNote) {
		return c, nil
	}
	v := record(k)
	if v == nil {
		return c, damagedCheckIn("check-in "+sum.ID, errNoRecord)
	}
	want := map[string]any{"warnings": &c.Warnings}
	if words {
		want["note"], want["reflection"] = &c.Note, &c.Reflection
	}
	if reviews {
		want["reviews"] = doneReviewsOf{&c.Reviews}
	}
	if bytes.HasPrefix(v, head) && decodeFields(v, want) {
		return c, nil
	}
	// Not as putRecord writes a record: decode it whole.
	full, err := decode(k, v)
	if err != nil {
		return c, err
	}
	c.Warnings = full.Warnings
	if words {
		c.Note, c.Reflection = full.Note, full.Reflection
	}
	if reviews {
		c.Reviews = slices.DeleteFunc(full.Reviews, func(rv assessment.Review) bool { return rv.Progress != assessment.Done })
	}
	return c, nil
}

// beside finds records by a cursor that steps along with the walk of the
// summaries (both buckets share their keys), newest first or oldest
// first as that walk goes, rather than from the root for each: the keys
// asked for only ever move one way. A key without a record gives nil.
func beside(c *bbolt.Cursor, newestFirst bool) func(k []byte) []byte {
	var rk, rv []byte
	started := false
	return func(k []byte) []byte {
		if !started {
			started = true
			if newestFirst {
				rk, rv = c.Last()
			} else {
				rk, rv = c.First()
			}
		}
		for rk != nil {
			cmp := bytes.Compare(rk, k)
			if cmp == 0 {
				return rv
			}
			if (cmp > 0) == newestFirst {
				if newestFirst {
					rk, rv = c.Prev()
				} else {
					rk, rv = c.Next()
				}
				continue
			}
			return nil
		}
		return nil
	}
}

// errNoRecord is a summary whose record is missing; doctor finds it.
var errNoRecord = errors.New("it has a summary but no record")

// ListWithout is List with the named top-level fields of each check-in
// left out, as zero values. The names are those of the JSON export
// ("answers", "commitments", ...). Decoding the answers of ten thousand
// check-ins is most of the work of reading them, so a command that does
// not show them should not ask for them.
func (s *Store) ListWithout(skip ...string) ([]assessment.CheckIn, error) {
	var out []assessment.CheckIn
	err := s.view(func(b *bbolt.Bucket) error {
		out = make([]assessment.CheckIn, 0, b.Stats().KeyN)
		return b.ForEach(func(k, v []byte) error {
			r, err := decodeWithout(k, v, skip...)
			out = append(out, r)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
