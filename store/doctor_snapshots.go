package store

import (
	"encoding/json"
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// examineSnapshots decodes every kept questionnaire. The walk over the
// records reads only those they were answered with, and takes one that
// does not decode for one not kept, a note; but every command that shows
// those check-ins (show, compare, export) stops at it, so an export
// cannot save them either.
func (r *Report) examineSnapshots(tx *bbolt.Tx) {
	snaps := tx.Bucket(bucketQuestionnaires)
	if snaps == nil {
		return
	}
	_ = snaps.ForEach(func(k, v []byte) error {
		if err := json.Unmarshal(v, &assessment.Questionnaire{}); err != nil {
			r.add(fmt.Sprintf("the copy of questionnaire %s cannot be read (%v); restore the database from a backup", k, err))
			r.Readable = false
		}
		return nil
	})
}
