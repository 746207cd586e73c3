package store

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"go.etcd.io/bbolt"
)

// resolveShownDate finds the check-ins shown on the date ref names
// (20261120): ids are written in UTC, but every list shows a check-in on
// its date where it was taken, so a check-in listed on 20 Nov may have an
// id that begins 20261119. ok is false when ref is no date or no
// check-in is shown on it, and the id prefix is tried instead.
func resolveShownDate(b *bbolt.Bucket, ref string) (k, v []byte, ok bool, err error) {
	day, perr := time.ParseInLocation("20060102", ref, time.UTC)
	if len(ref) != 8 || perr != nil {
		return nil, nil, false, nil
	}
	// A clock is at most 14 hours ahead of UTC and 12 behind, so a day
	// anywhere lies within these bounds of the same day in UTC.
	from, to := day.Add(-14*time.Hour), day.Add(36*time.Hour)
	if checkTakenAt(from) != nil || checkTakenAt(to) != nil {
		return nil, nil, false, nil
	}
	var matches []string
	end := makeKey(to, 0)
	c := b.Cursor()
	for kk, vv := c.Seek(makeKey(from, 0)); kk != nil && bytes.Compare(kk, end) < 0; kk, vv = c.Next() {
		r, err := decode(kk, vv)
		if err != nil {
			return nil, nil, false, err
		}
		if r.TakenAt.Format("20060102") == ref {
			matches = append(matches, r.ID)
			k, v = kk, vv
		}
	}
	switch len(matches) {
	case 0:
		return nil, nil, false, nil
	case 1:
		return k, v, true, nil
	}
	return nil, nil, true, ambiguous(ref, matches)
}

// ambiguous is the error for a ref that names more than one check-in,
// naming the first few.
func ambiguous(ref string, matches []string) error {
	shown := strings.Join(matches[:min(3, len(matches))], ", ")
	if len(matches) > 3 {
		shown += ", ..."
	}
	return fmt.Errorf("check-in %q is %w: it matches %d check-ins (%s); type more of the id",
		ref, ErrAmbiguous, len(matches), shown)
}

// notFoundNear is notFound, naming for a date the check-ins either side
// of it, so that one taken a day off, or shown on another date than
// its id's, is found without listing the history.
func notFoundNear(b *bbolt.Bucket, ref string) error {
	day, err := time.ParseInLocation("20060102", ref, time.UTC)
	if len(ref) != 8 || err != nil || checkTakenAt(day) != nil {
		return notFound(ref)
	}
	c := b.Cursor()
	var near []string
	after, _ := c.Seek(makeKey(day, 0))
	before, _ := c.Prev()
	if after == nil {
		before, _ = c.Last()
	}
	for _, k := range [][]byte{before, after} {
		if k != nil {
			near = append(near, formatID(k))
		}
	}
	if len(near) == 0 {
		return notFound(ref)
	}
	nearest := "the nearest is " + near[0]
	if len(near) == 2 {
		nearest = "the nearest are " + near[0] + " and " + near[1]
	}
	return fmt.Errorf("check-in %q %w: no check-in is shown on that date or has an id that begins so; %s",
		ref, ErrNotFound, nearest)
}
