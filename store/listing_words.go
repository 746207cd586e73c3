package store

import (
	"bytes"
	"strconv"

	"github.com/leadcheck/leadcheck/assessment"
)

// listedOf is the check-in a list shows of sum, before anything of its
// record is read.
func listedOf(sum assessment.Summary) assessment.CheckIn {
	return assessment.CheckIn{ID: sum.ID, TakenAt: sum.TakenAt, Questionnaire: sum.Questionnaire,
		Scores: assessment.Scores{Dimensions: sum.Dimensions, Balance: sum.Balance}, Profile: sum.Profile}
}

// listedWords is listed (words) for a summary of the current form, which
// gives the warnings' codes and says whether there is a note: a list
// marks a flagged check-in and says no more of its warnings, so the
// record is read only for its words. With a note, the walk of the record
// stops there, as the reflection is shown only without one: the fields
// after it (commitments and their long texts) were most of what reading
// the notes of ten thousand check-ins cost.
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
	if sum.NoteWritten && bytes.HasPrefix(v, *head) {
		if note, ok := noteAfterWarnings(v[len(*head):]); ok {
			c.Note = note
			return c, nil
		}
	}
	if bytes.HasPrefix(v, *head) {
		ok := true
		walked := eachField(v, func(name, value, _ []byte) bool {
			switch string(name) {
			case "note":
				ok = decodeValue(value, &c.Note)
				return ok && !sum.NoteWritten
			case "reflection":
				ok = decodeValue(value, &c.Reflection)
			}
			return ok
		})
		if walked && ok {
			return c, nil
		}
	}
	// Not as putRecord writes a record: decode it whole.
	full, err := decode(k, v)
	if err != nil {
		return c, err
	}
	c.Note, c.Reflection = full.Note, full.Reflection
	return c, nil
}

// storedHeadOf is storedHead for the check-in whose id, as formatID
// gives it from its key, is id.
func storedHeadOf(dst []byte, id string) []byte {
	dst = append(append(append(dst, `{"id":"`...), id...), `","schema":`...)
	return append(strconv.AppendInt(dst, SchemaVersion, 10), ',')
}

// noteAfterWarnings is the note of a record's fields, rest, found where
// putRecord writes it: just after the warnings, the one array that ends
// right before a member named note. Outside strings, where a quote is
// never escaped, nothing else in a record as putRecord writes it reads
// so: the objects before the note have no member of that name, and the
// reviews after it have theirs after their progress. Walking the answers
// and scores field by field to reach the note was most of the listing.
func noteAfterWarnings(rest []byte) (string, bool) {
	const marker = `],"note":`
	i := bytes.Index(rest, []byte(marker))
	if i < 0 {
		return "", false
	}
	start := i + len(marker)
	end := skipValue(rest, start)
	if end < 0 || rest[start] != '"' {
		return "", false
	}
	var note string
	return note, decodeValue(rest[start:end], &note)
}
