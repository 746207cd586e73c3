package store

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// listedOf is the check-in a list shows of sum, before anything of its
// record is read.
func listedOf(sum assessment.Summary) assessment.CheckIn {
	return assessment.CheckIn{ID: sum.ID, TakenAt: sum.TakenAt, Questionnaire: sum.Questionnaire,
		Scores: assessment.Scores{Dimensions: sum.Dimensions, Balance: sum.Balance}, Profile: sum.Profile}
}

// listedWords is listed (words) for a summary of the current form, which
// gives the warnings' codes and says whether there are words: a list
// marks a flagged check-in and says no more of its warnings, so the
// record is read only for its words, and of them the reflection only
// without a note, as a list shows the one or the other. The words are
// found where putRecord writes them (wordsAfterWarnings); a record
// written otherwise is walked, or decoded whole.
//
// head is a buffer for how putRecord begins the record, written only
// when the record is read: the id's text is most of it, and writing it
// for every check-in cost a tenth of the listing.
func listedWords(k []byte, record func(k []byte) []byte, head *[]byte, sum assessment.Summary) (assessment.CheckIn, error) {
	c := listedOf(sum)
	if len(sum.WarningCodes) > 0 {
		c.Warnings = make([]assessment.Warning, len(sum.WarningCodes))
		for i, code := range sum.WarningCodes {
			c.Warnings[i].Code = code
		}
	}
	if !sum.HasNote {
		return c, nil
	}
	v := record(k)
	if v == nil {
		return c, damagedCheckIn("check-in "+sum.ID, errNoRecord)
	}
	*head = storedHeadOf((*head)[:0], sum.ID)
	var err error
	if c.Note, c.Reflection, err = readWords(k, v, *head); err != nil {
		return c, err
	}
	if strings.TrimSpace(c.Note) != "" {
		c.Reflection = "" // shown only without a note
	}
	return c, nil
}

// readWords reads the note and reflection of the record v. Nothing of
// the check-in is handed down, nor a string's address on the way most
// take, so that neither is made on the heap for every one.
func readWords(k, v, head []byte) (note, reflection string, err error) {
	if bytes.HasPrefix(v, head) {
		if note, reflection, ok := wordsAfterWarnings(v[len(head):]); ok {
			return note, reflection, nil
		}
		if note, reflection, ok := walkWords(v); ok {
			return note, reflection, nil
		}
	}
	// Not as putRecord writes a record: decode it whole.
	full, err := decode(k, v)
	return full.Note, full.Reflection, err
}

// walkWords finds the note and reflection of v field by field.
func walkWords(v []byte) (note, reflection string, ok bool) {
	ok = true
	walked := eachField(v, func(name, value, _ []byte) bool {
		switch string(name) {
		case "note":
			note, ok = stringValue(value)
		case "reflection":
			reflection, ok = stringValue(value)
		}
		return ok
	})
	return note, reflection, walked && ok
}

// stringValue is the JSON string value as encoding/json reads it.
func stringValue(value []byte) (string, bool) {
	if s, ok := quickString(value); ok {
		return s, true
	}
	var s string
	err := json.Unmarshal(value, &s)
	return s, err == nil
}

// storedHeadOf is storedHead for the check-in whose id, as formatID
// gives it from its key, is id.
func storedHeadOf(dst []byte, id string) []byte {
	dst = append(append(append(dst, `{"id":"`...), id...), `","schema":`...)
	return append(strconv.AppendInt(dst, SchemaVersion, 10), ',')
}

// wordsAfterWarnings is the note and reflection of a record's fields,
// rest, found where putRecord writes them: the note just after the
// warnings, the one array that ends right before a member named note,
// and the reflection, when there is one, just after the note. Outside
// strings, where a quote is never escaped, nothing else in a record as
// putRecord writes it reads so: the objects before the note have no
// member of that name, and the reviews after it have theirs after their
// progress. Walking the answers and scores field by field to reach the
// note was most of the listing.
func wordsAfterWarnings(rest []byte) (note, reflection string, ok bool) {
	const marker, after = `],"note":`, `,"reflection":`
	i := bytes.Index(rest, []byte(marker))
	if i < 0 {
		return "", "", false
	}
	rest = rest[i+len(marker):]
	end := skipValue(rest, 0)
	if end < 0 || rest[0] != '"' {
		return "", "", false
	}
	if note, ok = stringValue(rest[:end]); !ok {
		return "", "", false
	}
	rest = rest[end:]
	if !bytes.HasPrefix(rest, []byte(after)) {
		return note, "", true
	}
	rest = rest[len(after):]
	end = skipValue(rest, 0)
	if end < 0 || rest[0] != '"' {
		return "", "", false
	}
	if reflection, ok = stringValue(rest[:end]); !ok {
		return "", "", false
	}
	return note, reflection, true
}
