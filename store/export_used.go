package store

import (
	"bytes"
	"encoding/json"
	"io"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// An export names the questionnaires its check-ins use before the
// check-ins themselves, so it walks the records twice: once for their
// questionnaires, once to write them. The first walk is kept to what
// it must read: nearly every check-in has the same questionnaire as the
// one before, stored as the same bytes, so those are compared rather
// than decoded; and it remembers which records are not stored as
// putRecord writes them, so the second walk need not check each again.

// usedWalk is what the first walk learns.
type usedWalk struct {
	qs      []*assessment.Questionnaire
	missing []assessment.QuestionnaireRef
	// others are the places, in key order, of the records not stored as
	// putRecord writes them, which are decoded and encoded again.
	others []int
}

// snapshotsUsed are the snapshots of the questionnaires the check-ins in b
// were answered with, in order of first use, and those not kept.
func snapshotsUsed(b *bbolt.Bucket) (usedWalk, error) {
	var u usedWalk
	seen := map[string]bool{}
	var head, prevRaw []byte
	i := -1
	err := b.ForEach(func(k, v []byte) error {
		i++
		head = storedHead(head[:0], k)
		var raw []byte
		if bytes.HasPrefix(v, head) {
			raw = questionnaireField(v, len(head))
		} else {
			u.others = append(u.others, i)
		}
		if raw != nil && bytes.Equal(raw, prevRaw) {
			// The same bytes decode to the same questionnaire, seen
			// already.
			return nil
		}
		ref, fromRaw, err := questionnaireOf(k, v, raw)
		if err != nil {
			return err
		}
		if fromRaw {
			prevRaw = raw
		}
		if seen[ref.Hash] {
			return nil
		}
		seen[ref.Hash] = true
		q, ok, err := snapshotIn(b.Tx(), ref.Hash)
		switch {
		case err != nil:
			return err
		case ok:
			u.qs = append(u.qs, q)
		default:
			u.missing = append(u.missing, ref)
		}
		return nil
	})
	return u, err
}

// questionnaireField is the raw value of the questionnaire field of a
// record stored as putRecord stores one, whose head (see storedHead) is
// n bytes long, or nil. putRecord writes the time and then the
// questionnaire right after the head, so they are looked for there
// first; walking the fields finds the same value, only slower.
func questionnaireField(v []byte, n int) []byte {
	const takenAt, questionnaire = `"taken_at":"`, `,"questionnaire":`
	if rest := v[n:]; bytes.HasPrefix(rest, []byte(takenAt)) {
		at := rest[len(takenAt):]
		if end := bytes.IndexByte(at, '"'); end >= 0 && bytes.IndexByte(at[:end], '\\') < 0 {
			i := n + len(takenAt) + end + 1
			if bytes.HasPrefix(v[i:], []byte(questionnaire)) {
				i += len(questionnaire)
				if end := skipValue(v, i); end > i {
					return v[i:end]
				}
			}
		}
	}
	var raw []byte
	eachField(v, func(name, value, _ []byte) bool {
		if string(name) != "questionnaire" {
			return true
		}
		raw = value
		return false
	})
	return raw
}

// questionnaireOf is the questionnaire a stored record was answered with:
// raw decoded (fromRaw), when it is the record's questionnaire field as
// questionnaireField found it and decodes, else the whole record decoded.
func questionnaireOf(k, v, raw []byte) (ref assessment.QuestionnaireRef, fromRaw bool, err error) {
	if raw != nil && json.Unmarshal(raw, &ref) == nil {
		return ref, true, nil
	}
	r, err := decode(k, v)
	return r.Questionnaire, false, err
}

// writeExportRecords writes the check-ins of b as writeRecordArray writes
// them two levels in; others are the places of the records to encode
// again (see usedWalk), the rest are passed as they are stored.
func writeExportRecords(w io.Writer, b *bbolt.Bucket, others []int) (int, error) {
	return writeArrayOf(w, "  ", func(fn func(rec []byte) error) error {
		i := 0
		return b.ForEach(func(k, v []byte) error {
			rec := v
			if len(others) > 0 && others[0] == i {
				others = others[1:]
				r, err := decode(k, v)
				if err != nil {
					return err
				}
				if rec, err = json.Marshal(EnvelopeOf(r)); err != nil {
					return err
				}
			}
			i++
			return fn(rec)
		})
	})
}
