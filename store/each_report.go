package store

import (
	"bytes"
	"strconv"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// ReportEnds is what a report says before it lists any check-in: the
// first, the latest whole but for its answers, and the one before the
// latest. Any is false when there are none; HasPrev when there are two
// or more.
type ReportEnds struct {
	Any, HasPrev      bool
	First, Last, Prev assessment.CheckIn
}

// reportSkips are the fields a report never prints of a check-in but
// the latest: its answers, facets and how long it took.
var reportSkips = []string{"answers", "scores.facets", "scores.facet_margins", "duration_seconds"}

// CountCheckIns is how many check-ins there are, counted by their keys
// in a read of its own (bbolt's Stats checked every page and took twice
// as long). A report counts them beside its walk over the records: the
// count, which reads little of each page, runs ahead and brings the
// pages of the records into memory on the other core.
func (s *Store) CountCheckIns() (int, error) {
	n := 0
	err := s.view(func(b *bbolt.Bucket) error {
		c := b.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			n++
		}
		return nil
	})
	return n, err
}

// reportEnds reads the ends of the history in b.
func reportEnds(b *bbolt.Bucket) (ReportEnds, error) {
	var e ReportEnds
	c := b.Cursor()
	k, v := c.First()
	if k == nil {
		return e, nil
	}
	e.Any = true
	var err error
	if e.First, err = decodeWithout(k, v, reportSkips...); err != nil {
		return e, err
	}
	k, v = c.Last()
	if e.Last, err = decode(k, v); err != nil {
		return e, err
	}
	e.Last.Answers = nil
	if k, v = c.Prev(); k != nil {
		e.HasPrev = true
		if e.Prev, err = decodeWithout(k, v, reportSkips...); err != nil {
			return e, err
		}
		trimScores(&e.Prev.Scores, reportSkips)
	}
	trimScores(&e.First.Scores, reportSkips)
	return e, nil
}

// headTail is the length of what follows the id in a record's head.
var headTail = len(`","schema":`) + len(strconv.Itoa(SchemaVersion)) + len(",")

// reportReuse reads records one after another for a ReportWalk,
// into maps and slices it reuses. A record its readers do not take whole
// (one not as putRecord writes it, a text with an escape) is decoded as
// EachWithout decodes it.
type reportReuse struct {
	c        assessment.CheckIn // the one being read
	head     []byte
	prev     assessment.QuestionnaireRef
	dims     map[string]assessment.Score
	margins  map[string]float64
	profiles []*assessment.ProfileRef // those seen, at most a few
	// and their texts in the records, which stay put while the walk's
	// transaction is open
	profileTexts [][]byte
	// The keys of the records, scores and margins read last.
	fieldKeys, dimKeys, marginKeys keyOrder
	known                          knownText
	recent                         recentCommitments
	seenMargins                    map[string]seenMargins
	prevID                         string // the id of the record before
	commits                        []assessment.Commitment
	revs                           []assessment.Review
	prevRaw                        []byte // the questionnaire of the record before, as stored
	rawRead                        bool   // whether prevRaw is this record's
}

func (u *reportReuse) read(k, v []byte) (assessment.CheckIn, error) {
	u.head = reportHead(u.head[:0], k)
	u.rawRead = false
	c, ok := u.fields(k, v)
	if !ok || !u.rawRead {
		// prevRaw is only ever the questionnaire of the record before.
		u.prevRaw = u.prevRaw[:0]
	}
	if !ok {
		var err error
		if c, err = decodeWithout(k, v, reportSkips...); err != nil {
			return c, err
		}
		trimScores(&c.Scores, reportSkips)
		for id := range c.Scores.Margins {
			if id != assessment.MarginKeyBalance {
				delete(c.Scores.Margins, id)
			}
		}
	}
	u.prev, u.prevID = c.Questionnaire, c.ID
	return c, nil
}

// fields reads a record as putRecord writes it, field by field as
// eachField and decodeField would, with the scores, profile, warnings,
// commitments and reviews read by hand into what u reuses, and the
// values left out skipped without being read; false when it is not such
// a record.
func (u *reportReuse) fields(k, v []byte) (assessment.CheckIn, bool) {
	// The head holds formatID(k): formatting it again was a tenth of
	// the walk.
	if len(v) < len(u.head) || string(v[:len(u.head)]) != string(u.head) {
		u.c = assessment.CheckIn{ID: string(u.head[len(`{"id":"`) : len(u.head)-headTail])}
		return u.c, false
	}
	// Read into u.c, not a new check-in: one the readers point into
	// escaped to the heap, ten thousand times. The id is the record's
	// own text, which the head matched.
	u.c = assessment.CheckIn{ID: recordText(v[len(`{"id":"`) : len(u.head)-headTail])}
	c := &u.c
	// The head ends in the comma after "schema"; eachField's walk goes on
	// from there, field by field, as it would.
	r := reader{b: v, i: len(u.head) - 1}
	for j := 0; r.lit(","); j++ {
		name, ok := u.fieldKeys.key(&r, j == 0)
		if !ok {
			return *c, false
		}
		if r.i, ok = u.value(c, name, v, r.i); !ok {
			return *c, false
		}
	}
	return *c, r.lit("}") && r.i == len(v)
}

// value reads the value of the field name at v[i] into c, and is the
// index after it.
func (u *reportReuse) value(c *assessment.CheckIn, name string, v []byte, i int) (int, bool) {
	switch name {
	case "answers":
		end := skipFlat(v, i)
		if end < 0 {
			end = skipValue(v, i)
		}
		return end, end > 0
	case "scores":
		if end, ok := u.scores(v, i, &c.Scores); ok {
			return end, true
		}
	case "commitments":
		if cs, end, ok := u.commitments(v, i); ok {
			c.Commitments = cs
			return end, true
		}
	case "reviews":
		if rs, end, ok := u.reviews(v, i); ok {
			c.Reviews = rs
			return end, true
		}
	case "questionnaire":
		// Nearly every check-in was answered with the questionnaire of
		// the one before.
		if len(u.prevRaw) > 0 && bytes.HasPrefix(v[i:], u.prevRaw) {
			c.Questionnaire, u.rawRead = u.prev, true
			return i + len(u.prevRaw), true
		}
	}
	end := skipValue(v, i)
	if end < 0 {
		return end, false
	}
	value := v[i:end]
	switch name {
	case "duration_seconds":
		return end, true
	case "profile":
		if u.profileOf(value, &c.Profile) {
			return end, true
		}
	case "warnings":
		// Nearly every check-in has none; the report tells no empty
		// list from none.
		if string(value) == "[]" || string(value) == "null" {
			return end, true
		}
	case "note", "reflection":
		// quickString's way for a string without escapes, checked
		// eight bytes at a time.
		if value[0] == '"' && plainString(value[1:len(value)-1]) {
			if t := recordText(value[1 : len(value)-1]); name == "note" {
				c.Note = t
			} else {
				c.Reflection = t
			}
			return end, true
		}
	}
	if !decodeField(c, name, value, u.prev, reportSkips) {
		return end, false
	}
	if name == "questionnaire" {
		u.prevRaw, u.rawRead = append(u.prevRaw[:0], value...), true
	}
	return end, true
}
