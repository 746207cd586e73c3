package store

import (
	"encoding/binary"
	"fmt"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// checkRecord checks one check-in, in its envelope, for what can be told
// without its questionnaire. Paths are relative to the check-in.
func checkRecord(r Envelope) []problem {
	var ps []problem
	switch k, ok := parseID(r.ID); {
	case !ok: // an empty id too: every check-in the database holds has one
		ps = append(ps, problem{"id", fmt.Sprintf("%q is not a check-in id such as 20261129-090000-1", r.ID)})
	case ok && !r.TakenAt.IsZero() && !r.TakenAt.Equal(keyTime(k)):
		ps = append(ps, problem{"taken_at", fmt.Sprintf("%s does not match the id, which says %s",
			r.TakenAt.Format(time.RFC3339Nano), keyTime(k).Format(time.RFC3339))})
	}
	switch {
	case r.Schema > SchemaVersion:
		ps = append(ps, problem{"schema", fmt.Sprintf("%s (schema %d); upgrade leadcheck", ErrNewerSchema, r.Schema)})
	case r.Schema < 1:
		ps = append(ps, problem{"schema", fmt.Sprintf("%d is not a schema any leadcheck writes", r.Schema)})
	}
	if r.Questionnaire.Version < 1 {
		ps = append(ps, problem{"questionnaire.version", "should be 1 or more"})
	}
	for _, key := range []struct{ path, value string }{{"questionnaire.id", r.Questionnaire.ID}, {"questionnaire.hash", r.Questionnaire.Hash}} {
		if key.value == "" {
			ps = append(ps, problem{key.path, "is empty"})
		}
	}
	if r.DurationSeconds < 0 {
		ps = append(ps, problem{"duration_seconds", "should not be negative"})
	}
	for i, c := range r.Commitments {
		ps = append(ps, checkCommitment(fmt.Sprintf("commitments[%d]", i), c)...)
	}
	for i, rv := range r.Reviews {
		path := fmt.Sprintf("reviews[%d]", i)
		if _, ok := parseID(rv.CheckIn); !ok {
			ps = append(ps, problem{path + ".check_in", fmt.Sprintf("%q is not a check-in id such as 20261129-090000-1", rv.CheckIn)})
		}
		if !rv.Progress.Valid() {
			ps = append(ps, problem{path + ".progress", fmt.Sprintf("%q should be %s, %s or %s", rv.Progress, assessment.NotStarted, assessment.SomeProgress, assessment.Done)})
		}
		ps = append(ps, checkCommitment(path+".commitment", rv.Commitment)...)
	}
	return ps
}

func checkCommitment(path string, c assessment.Commitment) []problem {
	var ps []problem
	if c.Facet == "" {
		ps = append(ps, problem{path + ".facet", "is missing"})
	}
	if c.Objective == "" && c.Practice == "" {
		ps = append(ps, problem{path, "has neither an objective nor a practice"})
	}
	return ps
}

// keyOf is the key a record is stored under: the one its id names, which
// must be the one its time gives, so that the record sorts where it was
// taken and keeps the id it was exported with.
func keyOf(r assessment.CheckIn) ([]byte, error) {
	k, ok := parseID(r.ID)
	if !ok {
		return nil, fmt.Errorf("%q is not a check-in id such as 20261129-090000-1", r.ID)
	}
	if !r.TakenAt.Equal(keyTime(k)) {
		return nil, fmt.Errorf("check-in %s: taken_at %s does not match the id", r.ID, r.TakenAt.Format(time.RFC3339Nano))
	}
	return k, nil
}

// keyTime is the time part of a key.
func keyTime(k []byte) time.Time {
	return time.Unix(0, int64(binary.BigEndian.Uint64(k[:8]))).UTC()
}
