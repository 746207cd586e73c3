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
		return fmt.Sprintf(invalidKeyPrefix+"%x", k)
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

// invalidKeyPrefix begins the name formatID gives a key of the wrong
// length, so that even a damaged record can be named.
const invalidKeyPrefix = "invalid-key-"

// idShape is the form of every ID, "0" standing for any digit; the
// sequence after the last dash has as many digits as it needs.
const idShape = "00000000-000000-"

// CouldName reports whether ref could name a check-in in any database:
// LatestRef, a whole ID, or any beginning of one ("2026",
// "20261129-09"). IDs are made from keys (see formatID), so no other
// text ever names one, and a command can refuse it as a mistyped value
// instead of looking for it.
func CouldName(ref string) bool {
	if ref == LatestRef || strings.HasPrefix(ref, invalidKeyPrefix) {
		return true
	}
	for i := 0; i < len(ref); i++ {
		if i < len(idShape) && idShape[i] == '-' {
			if ref[i] != '-' {
				return false
			}
		} else if ref[i] < '0' || ref[i] > '9' {
			return false
		}
	}
	return ref != ""
}
