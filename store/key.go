package store

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A key is 8 bytes of big-endian UnixNano of the time taken (whole seconds,
// UTC) followed by 8 bytes of big-endian bucket sequence. Byte order is then
// time order, so a cursor walks check-ins oldest first, and two check-ins in
// the same second keep the order they were saved in.
const keyLen = 16

// idTimeLayout is the time part of an ID: short enough to type, and sorting
// as text the same way the keys sort.
const idTimeLayout = "20060102-150405"

// Times outside this range have no UnixNano, or would sort before the
// epoch as unsigned numbers.
var (
	minTakenAt = time.Unix(0, 0)
	maxTakenAt = time.Date(2262, time.January, 1, 0, 0, 0, 0, time.UTC)
)

func checkTakenAt(t time.Time) error {
	if t.Before(minTakenAt) || !t.Before(maxTakenAt) {
		return fmt.Errorf("check-in time %s is outside 1970-2261; set the time it was taken", t.Format(time.RFC3339))
	}
	return nil
}

func makeKey(t time.Time, seq uint64) []byte {
	k := make([]byte, keyLen)
	binary.BigEndian.PutUint64(k[:8], uint64(t.Truncate(time.Second).UnixNano()))
	binary.BigEndian.PutUint64(k[8:], seq)
	return k
}

// formatID turns a key into its ID, e.g. "20261129-090000-3".
func formatID(k []byte) string {
	if len(k) != keyLen {
		return fmt.Sprintf("invalid-key-%x", k)
	}
	return string(appendID(make([]byte, 0, 24), k))
}

// appendID appends formatID(k) for a key of keyLen bytes: a walk over
// ten thousand check-ins writes each one's id into a buffer it reuses.
func appendID(dst, k []byte) []byte {
	t := time.Unix(0, int64(binary.BigEndian.Uint64(k[:8]))).UTC()
	dst = t.AppendFormat(dst, idTimeLayout)
	return strconv.AppendUint(append(dst, '-'), binary.BigEndian.Uint64(k[8:]), 10)
}

// parseID turns an ID back into its key. Only the exact form formatID
// writes is accepted, so each check-in has one ID, and anything else can
// be tried as a prefix instead.
func parseID(id string) ([]byte, bool) {
	i := strings.LastIndexByte(id, '-')
	if i < 0 {
		return nil, false
	}
	t, err := time.ParseInLocation(idTimeLayout, id[:i], time.UTC)
	if err != nil || checkTakenAt(t) != nil {
		return nil, false
	}
	seq, err := strconv.ParseUint(id[i+1:], 10, 64)
	if err != nil {
		return nil, false
	}
	k := makeKey(t, seq)
	if formatID(k) != id {
		return nil, false
	}
	return k, true
}
