package store

import (
	"bytes"

	"go.etcd.io/bbolt"
)

// keySummaryFormat marks, in the meta bucket, the form of a database's
// summaries: "2" carries the flagged bit and the questionnaire, "3" also
// the facet scores, the warnings' codes and whether there is a note.
// Schema 3 databases were written for a while without the mark; as
// summaries are derived from the records, Open writes them again rather
// than giving them a schema of their own, and the decoder reads every
// form. A read-only open reads them as they are: what needs the fields
// of the current form asks summariesCurrent and otherwise reads the
// records.
var keySummaryFormat = []byte("summary_format")

// summaryFormat is the form putSummary writes now.
var summaryFormat = []byte("3")

// summariesCurrent reports whether every summary is in the current form.
func summariesCurrent(tx *bbolt.Tx) bool {
	meta := tx.Bucket(bucketMeta)
	return meta != nil && bytes.Equal(meta.Get(keySummaryFormat), summaryFormat)
}

// markSummaries records that every summary is in the current form.
func markSummaries(tx *bbolt.Tx) error {
	return tx.Bucket(bucketMeta).Put(keySummaryFormat, summaryFormat)
}

// rebuildSummaries writes every summary again from its record; the
// records themselves are left as they are.
func rebuildSummaries(tx *bbolt.Tx) error {
	b, err := checkins(tx)
	if err != nil {
		return err
	}
	err = b.ForEach(func(k, v []byte) error {
		r, err := decode(k, v)
		if err != nil {
			return err
		}
		return putSummary(tx, k, r)
	})
	if err != nil {
		return err
	}
	return markSummaries(tx)
}

// refreshSummaries brings the summaries of the current-schema database
// at path, written by an earlier build, into the current form, in one
// transaction. A database already in it is only read.
func refreshSummaries(db *bbolt.DB, path string) error {
	return guard(func() error {
		current := false
		if err := db.View(func(tx *bbolt.Tx) error { current = summariesCurrent(tx); return nil }); err != nil || current {
			return err
		}
		if err := db.Update(rebuildSummaries); err != nil {
			return newError(FreeSpace, "cannot bring the summaries of database %s up to date: %w; it is unchanged", path, err)
		}
		return nil
	}, func(cause error) error { return damaged(path, cause) })
}
