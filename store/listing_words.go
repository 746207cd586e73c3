package store

import (
	"bytes"
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
	if err := readWords(&c, k, v, *head); err != nil {
		return c, err
	}
	if strings.TrimSpace(c.Note) != "" {
		c.Reflection = "" // shown only without a note
	}
	return c, nil
}

// readWords reads the note and reflection of the record v into c.
func readWords(c *assessment.CheckIn, k, v, head []byte) error {
	if !bytes.HasPrefix(v, head) {
		// Not as putRecord writes a record: decode it whole.
		full, err := decode(k, v)
		c.Note, c.Reflection = full.Note, full.Reflection
		return err
	}
	ok := false
	if c.Note, c.Reflection, ok = wordsAfterWarnings(v[len(head):]); ok {
		return nil
	}
	ok = true
	walked := eachField(v, func(name, value, _ []byte) bool {
		switch string(name) {
		case "note":
			ok = decodeValue(value, &c.Note)
		case "reflection":
			ok = decodeValue(value, &c.Reflection)
		}
		return ok
	})
	if walked && ok {
		return nil
	}
	full, err := decode(k, v)
	c.Note, c.Reflection = full.Note, full.Reflection
	return err
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
	if end < 0 || rest[0] != '"' || !decodeValue(rest[:end], &note) {
		return "", "", false
	}
	rest = rest[end:]
	if !bytes.HasPrefix(rest, []byte(after)) {
		return note, "", true
	}
	rest = rest[len(after):]
	end = skipValue(rest, 0)
	if end < 0 || rest[0] != '"' || !decodeValue(rest[:end], &reflection) {
		return "", "", false
	}
	return note, reflection, true
}
