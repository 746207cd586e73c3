package store

import (
	"bytes"
	"encoding/json"
	"sync"

	"github.com/leadcheck/leadcheck/assessment"
)

// recordRead is one check-in of the file as readRecord found it.
type recordRead struct {
	r      Envelope
	ps     []problem // paths relative to the check-in
	stored []byte    // what putRecord would write for it, when the file has it

	// Once the questionnaires are settled, what importPlan.checkAnswers
	// found: the problems of its answers, an error that stops the check,
	// and when it is sound, its key (or why it has none) and summary.
	aps          []problem
	aerr, keyErr error
	key, sum     []byte
}

// readRecord decodes and checks one check-in of the file, raw.
func readRecord(raw []byte) recordRead {
	var rr recordRead
	if c, stored, ok := storedForm(raw); ok {
		rr.r, rr.stored = EnvelopeOf(c), stored
		rr.ps = checkRecord(rr.r) // as for any canonical record, below
	} else if out, ok := canonicalRecord(raw, &rr.r); ok {
		if rr.r.Schema == SchemaVersion {
			rr.stored = out
		}
		// Exactly what leadcheck writes for r, so the walk of its shape
		// would find nothing amiss and every required key is there
		// (TestCanonicalRecordHasTheRequiredKeys); its values are
		// checked as any record's are.
		rr.ps = checkRecord(rr.r)
	} else if places, shapeProblems := checkShape(raw, recordType); len(shapeProblems) == 0 {
		_ = json.Unmarshal(raw, &rr.r)
		rr.ps = recordProblems(rr.r, places)
	} else {
		rr.ps = shapeProblems
		var head struct{ ID any }
		_ = json.Unmarshal(raw, &head) // best effort, for the message
		rr.r.ID, _ = head.ID.(string)
	}
	return rr
}

// canonicalRecord decodes raw into r and reports whether raw is, but for
// spaces, what json.Marshal gives for r, which it returns: a record as
// leadcheck exports it. Walking the shape of every record token by token took most of an
// import; a record in any other form (keys in another case or order, an
// unknown or repeated key, a number written another way) is walked, and
// r is then left empty.
func canonicalRecord(raw []byte, r *Envelope) ([]byte, bool) {
	var out []byte
	ok := json.Unmarshal(raw, r) == nil
	if ok {
		var err error
		out, err = json.Marshal(r)
		ok = err == nil && sameButSpaces(out, raw)
	}
	if !ok {
		*r = Envelope{}
		return nil, false
	}
	return out, true
}

// sameButSpaces reports whether the JSON text spaced is compact with the
// white space between its tokens left out.
func sameButSpaces(compact, spaced []byte) bool {
	j, inString := 0, false
	for i := 0; i < len(spaced); i++ {
		c := spaced[i]
		if !inString && (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			continue
		}
		if j >= len(compact) || compact[j] != c {
			return false
		}
		j++
		switch {
		case inString && c == '\\':
			// The escaped byte is compared as it is, never as a quote.
			if i++; i >= len(spaced) || j >= len(compact) || compact[j] != spaced[i] {
				return false
			}
			j++
		case c == '"':
			inString = !inString
		}
	}
	return j == len(compact)
}

// storedForm reads a check-in of the file, raw, that is just what the
// database stores for it, spaces aside, in the current schema and under
// the id it gives: how leadcheck exports one. It returns the check-in
// and the bytes to store. It reads them by hand (quickRecord) or as the
// database reads a stored record (decode), either faster than
// encoding/json, and accepts them only when encoding what it read gives
// them back exactly, so what it accepts is what canonicalRecord accepts,
// read as it reads it: JSON that encoding a check-in gives decodes to
// that check-in. Anything else (ok false) is left to canonicalRecord.
//
// The record without its spaces goes into a buffer reused from one
// check-in to the next (spaceless): only the bytes to store are kept.
func storedForm(raw []byte) (c assessment.CheckIn, stored []byte, ok bool) {
	buf := spaceless.Get().(*[]byte)
	defer spaceless.Put(buf)
	*buf = appendWithoutSpaces((*buf)[:0], raw)
	v := *buf
	id, ok := leadingID(v)
	if !ok {
		return c, nil, false
	}
	k, ok := parseID(id)
	if !ok || formatID(k) != id {
		return c, nil, false
	}
	head := storedHead(nil, k)
	if !bytes.HasPrefix(v, head) {
		return c, nil, false
	}
	// Read by hand first (quickRecord), then as the database reads a
	// record: either is taken only when it encodes back to v exactly.
	if c, ok = quickRecord(v, id, len(head)); ok {
		if out, ok := encodesTo(c, v); ok {
			return c, out, true
		}
	}
	c, err := decode(k, v)
	if err != nil {
		return c, nil, false
	}
	out, ok := encodesTo(c, v)
	if !ok {
		return assessment.CheckIn{}, nil, false
	}
	return c, out, true
}

// encodesTo reports whether c, in the current schema, encodes to v, and
// returns that encoding, to keep (v is a buffer used again). What
// json.Marshal gives is written by hand where that needs no escape
// (appendRecord); when that differs, json.Marshal itself has the last
// word, without the pass in which it compacts and checks what a
// MarshalJSON method gives: this one's is json.Marshal's own, compact
// already (TestImportFileStoresWhatImportStores).
func encodesTo(c assessment.CheckIn, v []byte) ([]byte, bool) {
	e := EnvelopeOf(c)
	out, ok := appendRecord(make([]byte, 0, len(v)), e)
	if ok && bytes.Equal(out, v) {
		return out, true
	}
	out, err := e.MarshalJSON()
	return out, err == nil && bytes.Equal(out, v)
}

// spaceless holds buffers for records without their spaces; a record is
// some kilobytes, so none grows large.
var spaceless = sync.Pool{New: func() any { return new([]byte) }}

// appendWithoutSpaces appends the JSON text raw, valid, with the white
// space between its tokens left out.
func appendWithoutSpaces(out, raw []byte) []byte {
	inString := false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case inString && c == '\\':
			out = append(out, c, raw[i+1]) // the escaped byte, never a quote
			i++
			continue
		case c == '"':
			inString = !inString
		case !inString && isSpace(c):
			continue
		}
		out = append(out, c)
	}
	return out
}

// leadingID is the id of a compact record that starts with it, as every
// stored record does, when the id has no escapes.
func leadingID(v []byte) (string, bool) {
	rest, ok := bytes.CutPrefix(v, []byte(`{"id":"`))
	if !ok {
		return "", false
	}
	end := bytes.IndexByte(rest, '"')
	if end < 0 || bytes.IndexByte(rest[:end], '\\') >= 0 {
		return "", false
	}
	return string(rest[:end]), true
}
