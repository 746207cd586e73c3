package store

import (
	"encoding/json"
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// examineFeedback reads every round and response: each round decodes and
// is valid, each response decodes, belongs to a round that exists, is
// stored under its own content hash, and passes the checks 'add' makes
// when the round's questionnaire was kept. Before schema 3 there is
// nothing to read: Open adds the buckets.
func (r *Report) examineFeedback(tx *bbolt.Tx) {
	rounds, all := tx.Bucket(bucketRounds), tx.Bucket(bucketResponses)
	if rounds == nil || all == nil {
		return
	}
	snaps := tx.Bucket(bucketQuestionnaires)
	known := map[string]assessment.Round{}
	_ = rounds.ForEach(func(k, v []byte) error {
		r.Rounds++
		round, err := decodeRound(k, v)
		if err == nil {
			err = round.Validate()
		}
		if err != nil {
			r.add(fmt.Sprintf("round %q cannot be read (%v); delete it with its responses, or restore the database from a backup", k, err))
			return nil
		}
		known[round.ID] = round
		return nil
	})
	_ = all.ForEachBucket(func(k []byte) error {
		round, ok := known[string(k)]
		if !ok {
			r.add(fmt.Sprintf("there are responses to round %q, which does not exist", k))
			return nil
		}
		q := snapshot(snaps, round.Questionnaire.Hash)
		return all.Bucket(k).ForEach(func(hash, v []byte) error {
			r.Responses++
			r.verifyResponse(round, q, string(hash), v)
			return nil
		})
	})
}

func (r *Report) verifyResponse(round assessment.Round, q *assessment.Questionnaire, hash string, v []byte) {
	var resp assessment.Response
	if err := json.Unmarshal(v, &resp); err != nil {
		r.Readable = false
		r.add(fmt.Sprintf("a response to round %s cannot be read (%v)", round.ID, err))
		return
	}
	if resp.Hash() != hash {
		r.add(fmt.Sprintf("a response to round %s is not stored under its own content, so it would be counted twice if added again", round.ID))
	}
	if q == nil {
		return
	}
	if err := assessment.CheckResponse(resp, round, q); err != nil {
		r.add(fmt.Sprintf("a response to round %s: %v", round.ID, err))
	}
}
