package store

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// answerChecker checks check-ins against their questionnaires, finding
// each questionnaire once, from any number of goroutines (see
// inParallel).
type answerChecker struct {
	known   func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error)
	now     time.Time
	scorers []scorer // one for each goroutine, which alone uses it

	mu      sync.Mutex
	found   map[string]found                       // by hash
	unknown map[string]assessment.QuestionnaireRef // found nowhere, by hash
	firstAt map[string]int                         // the first check-in to name each
}

// found is what the file or known gave for a questionnaire: nil when
// neither has it.
type found struct {
	q   *assessment.Questionnaire
	err error
}

func newAnswerChecker(qs []*assessment.Questionnaire, known func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error), now time.Time) *answerChecker {
	c := &answerChecker{known: known, now: now, found: map[string]found{},
		unknown: map[string]assessment.QuestionnaireRef{}, firstAt: map[string]int{}}
	for _, q := range qs {
		c.found[q.Hash] = found{q: q}
	}
	c.scorers = make([]scorer, runtime.GOMAXPROCS(0))
	for w := range c.scorers {
		c.scorers[w] = scorer{}
	}
	return c
}

// check checks the values of r, the i-th check-in of the file, and its
// answers when its questionnaire is found; paths are the file's. w is the
// goroutine's number.
func (c *answerChecker) check(w, i int, r assessment.CheckIn) ([]problem, error) {
	q, err := c.questionnaire(i, r.Questionnaire)
	if err != nil {
		return nil, err
	}
	rps := checkValues(r, c.now)
	if q != nil {
		rps = append(rps, c.scorers[w].check(q, r)...)
	}
	for j, p := range rps {
		rps[j].path = join(fmt.Sprintf("checkins[%d]", i), p.path)
	}
	return rps, nil
}

// questionnaire is the questionnaire ref names, for the i-th check-in.
func (c *answerChecker) questionnaire(i int, ref assessment.QuestionnaireRef) (*assessment.Questionnaire, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fd, ok := c.found[ref.Hash]
	if !ok {
		fd.q, fd.err = c.known(ref)
		c.found[ref.Hash] = fd
	}
	if fd.q == nil && fd.err == nil {
		if at, seen := c.firstAt[ref.Hash]; !seen || i < at {
			c.firstAt[ref.Hash], c.unknown[ref.Hash] = i, ref
		}
	}
	return fd.q, fd.err
}

// unknownRefs are the questionnaires found nowhere, in the order the
// check-ins first name them.
func (c *answerChecker) unknownRefs() []assessment.QuestionnaireRef {
	hashes := make([]string, 0, len(c.unknown))
	for h := range c.unknown {
		hashes = append(hashes, h)
	}
	slices.SortFunc(hashes, func(a, b string) int { return c.firstAt[a] - c.firstAt[b] })
	var out []assessment.QuestionnaireRef
	for _, h := range hashes {
		out = append(out, c.unknown[h])
	}
	return out
}
