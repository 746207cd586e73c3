package store

import (
	"bytes"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// doctorChunk is how many check-ins doctor hands to its goroutines at a
// time: enough to keep them busy, few enough that their findings, held
// until they are reported in order, stay small.
const doctorChunk = 1024

// stored is a check-in as bbolt keeps it, with its summary (nil when there
// is none; summed is false when there are no summaries at all, before
// schema 2, and whole when they are in the current form). The slices
// point into the file and live as long as the transaction.
type stored struct {
	k, v, sum     []byte
	summed, whole bool
}

// examined is what checking one stored check-in found, kept until the
// findings are reported in the order of the check-ins.
type examined struct {
	rec      assessment.CheckIn // only its ID and questionnaire are kept
	bad      bool               // it cannot be read
	problems []string
}

// recordChecker is what one goroutine keeps to itself while it checks:
// the head and questionnaire of the record it read last, the maps and ids
// of its answers and scores, each kept questionnaire decoded once and
// readied for scoring, and the texts of the scores it wrote.
type recordChecker struct {
	head    []byte
	prev    assessment.QuestionnaireRef
	answers answersReader
	qs      map[string]*assessment.Questionnaire
	ready   map[*assessment.Questionnaire]*ready
	texts   scoreTexts
	sc      scorer
}

// check decodes one record, compares its summary and runs import's checks
// on it. What it finds goes to a Report of its own, so that the checks
// read as they do for one record at a time.
func (c *recordChecker) check(snaps *bbolt.Bucket, s stored) examined {
	rec, err := decodeWhole(s.k, s.v, &c.head, &c.prev, &c.answers)
	if err != nil || len(s.k) != keyLen {
		return examined{bad: true}
	}
	var r Report
	if s.summed {
		r.compareSummary(rec, s.sum, s.whole, c.texts)
	}
	q, ok := c.qs[rec.Questionnaire.Hash]
	if !ok {
		q = snapshot(snaps, rec.Questionnaire.Hash)
		c.qs[rec.Questionnaire.Hash] = q
		if q != nil {
			c.ready[q] = readyFor(q)
		}
	}
	if !clean(rec, time.Now(), q, c.ready[q]) {
		r.verify(c.sc, rec, q)
	}
	return examined{
		rec:      assessment.CheckIn{ID: rec.ID, Questionnaire: rec.Questionnaire},
		problems: r.Problems,
	}
}

// gatherer walks the records and their summaries a chunk at a time.
type gatherer struct {
	c     *bbolt.Cursor
	k, v  []byte // the record the next chunk starts with
	walk  *summaryWalk
	whole bool
}

// next appends the next chunk of records to chunk; none at the end.
func (g *gatherer) next(chunk []stored) []stored {
	for ; g.k != nil && len(chunk) < doctorChunk; g.k, g.v = g.c.Next() {
		s := stored{k: g.k, v: g.v, summed: g.walk != nil, whole: g.whole}
		if g.walk != nil {
			s.sum = g.walk.of(g.k, g.v != nil)
		}
		chunk = append(chunk, s)
	}
	return chunk
}

// checkAllAsync starts checkAll in a goroutine of its own. Whatever
// panic or fault its work raised is sent on the channel (nil for none)
// when it is done, for the caller to raise again as checkAll would.
func checkAllAsync(snaps *bbolt.Bucket, checkers []*recordChecker, chunk []stored, out []examined) <-chan any {
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		checkAll(snaps, checkers, chunk, out)
	}()
	return done
}

// nextWhile is next while the chunk before is checked: should the walk
// fault (a damaged file), the check is waited for before the fault is
// raised again, since the file is closed as it unwinds.
func (g *gatherer) nextWhile(checking <-chan any, chunk []stored) []stored {
	defer func() {
		if v := recover(); v != nil {
			<-checking
			panic(v)
		}
	}()
	return g.next(chunk)
}

// checkAll checks a chunk of records on every processor: decoding and
// checking ten thousand check-ins were nearly all of a doctor's time, on
// one processor while the other sat idle. A panic or fault in any of them
// (a damaged file) is raised again here, where guard turns it into a
// message as it would for a single goroutine.
func checkAll(snaps *bbolt.Bucket, checkers []*recordChecker, chunk []stored, out []examined) {
	var (
		mu     sync.Mutex
		raised any
	)
	inParallel(len(chunk), func(w, i int) {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			if v := recover(); v != nil {
				mu.Lock()
				if raised == nil {
					raised = v
				}
				mu.Unlock()
			}
		}()
		out[i] = checkers[w].check(snaps, chunk[i])
	})
	if raised != nil {
		panic(raised)
	}
}

func newCheckers() []*recordChecker {
	cs := make([]*recordChecker, runtime.GOMAXPROCS(0))
	for i := range cs {
		cs[i] = &recordChecker{
			qs:    map[string]*assessment.Questionnaire{},
			ready: map[*assessment.Questionnaire]*ready{},
			texts: scoreTexts{},
			sc:    scorer{},
		}
	}
	return cs
}

// summaryWalk walks the summaries beside the records, both in key order, so
// that each record finds its summary, and each summary without a record
// is found, without a search of either bucket for every key.
type summaryWalk struct {
	c       *bbolt.Cursor
	k, v    []byte
	orphans [][]byte
}

func newSummaries(sums *bbolt.Bucket) *summaryWalk {
	if sums == nil {
		return nil
	}
	s := &summaryWalk{c: sums.Cursor()}
	s.k, s.v = s.c.First()
	return s
}

// of is the summary under k, given keys in increasing order, or nil.
// has says whether a record (not a bucket) is under k; a summary whose key
// has none is an orphan.
func (s *summaryWalk) of(k []byte, has bool) []byte {
	for s.k != nil && bytes.Compare(s.k, k) < 0 {
		s.orphans = append(s.orphans, s.k)
		s.k, s.v = s.c.Next()
	}
	if s.k == nil || !bytes.Equal(s.k, k) {
		return nil
	}
	v := s.v
	if !has {
		s.orphans = append(s.orphans, s.k)
	}
	s.k, s.v = s.c.Next()
	return v
}

// rest is the keys of the summaries without a record, once every record
// has been walked.
func (s *summaryWalk) rest() [][]byte {
	for ; s.k != nil; s.k, s.v = s.c.Next() {
		s.orphans = append(s.orphans, s.k)
	}
	return s.orphans
}
