package store

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// Reads that serve one screen or command each, so that none decodes more
// than it shows: a cursor walks from the end for the latest few, and a
// long list goes out one record at a time instead of as a slice.

// Recent returns the last n check-ins, oldest first: what a dashboard
// needs of a long history. n <= 0 returns none.
func (s *Store) Recent(n int) ([]assessment.CheckIn, error) {
	if n <= 0 {
		return nil, nil
	}
	var out []assessment.CheckIn
	err := s.view(func(b *bbolt.Bucket) error {
		c := b.Cursor()
		for k, v := c.Last(); k != nil && len(out) < n; k, v = c.Prev() {
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			out = append(out, r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

// Each calls fn with every check-in, oldest first, decoding one at a
// time, and stops at the first error fn returns, which it returns. The
// read transaction stays open until fn has seen the last record, so fn
// should write somewhere, not wait on a person.
func (s *Store) Each(fn func(assessment.CheckIn) error) error {
	return s.view(func(b *bbolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			return fn(r)
		})
	})
}

// EachJSON calls fn with every check-in, oldest first, as the JSON that
// json.Marshal gives for the Envelope of what Get returns. That is how
// check-ins are stored (putRecord writes them so, with their id and the current
// schema), so the stored bytes are passed as they are, without decoding
// and encoding them again, which takes most of the time of a long
// export; a record that does not start as putRecord starts one is decoded
// and encoded instead. The bytes are valid only during the call; fn must
// not keep them.
func (s *Store) EachJSON(fn func(b []byte) error) error {
	return s.view(func(b *bbolt.Bucket) error { return eachStoredJSON(b, fn) })
}

// eachStoredJSON is EachJSON over the check-ins bucket b.
func eachStoredJSON(b *bbolt.Bucket, fn func(b []byte) error) error {
	var head []byte
	return b.ForEach(func(k, v []byte) error {
		head = storedHead(head[:0], k)
		if bytes.HasPrefix(v, head) {
			return fn(v)
		}
		r, err := decode(k, v)
		if err != nil {
			return err
		}
		j, err := json.Marshal(EnvelopeOf(r))
		if err != nil {
			return err
		}
		return fn(j)
	})
}

// storedHead is how putRecord's JSON of the record under k begins.
func storedHead(dst, k []byte) []byte {
	dst = append(dst, `{"id":"`...)
	if len(k) == keyLen {
		dst = appendID(dst, k)
	} else {
		dst = append(dst, formatID(k)...)
	}
	dst = append(dst, `","schema":`...)
	dst = strconv.AppendInt(dst, SchemaVersion, 10)
	return append(dst, ',')
}

// WriteRecordsJSON writes every check-in, oldest first, as a JSON array
// indented as json.MarshalIndent indents a slice of their Envelopes,
// followed by a newline: byte for byte what encoding the records would
// give, without decoding them (see EachJSON). The records are read in
// one transaction, open until the last is written, so w should not wait
// on a person.
func (s *Store) WriteRecordsJSON(w io.Writer) error {
	return s.view(func(b *bbolt.Bucket) error {
		_, err := writeRecordArray(w, b, "")
		if err == nil {
			_, err = io.WriteString(w, "\n")
		}
		return err
	})
}
