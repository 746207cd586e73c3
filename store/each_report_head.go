package store

import (
	"encoding/binary"
	"strconv"
	"time"
)

// reportHead is storedHead(dst, k), with the id written from the key's
// date and clock rather than through time's layouts, which read the
// layout again for every one of ten thousand records.
func reportHead(dst, k []byte) []byte {
	if len(k) != keyLen {
		return storedHead(dst, k)
	}
	t := time.Unix(0, int64(binary.BigEndian.Uint64(k[:8]))).UTC()
	y, mo, d := t.Date()
	if y < 1000 || y > 9999 {
		return storedHead(dst, k)
	}
	h, mi, s := t.Clock()
	dst = append(dst, `{"id":"`...)
	dst = strconv.AppendInt(dst, int64(y), 10)
	for _, n := range []int{int(mo), d, -1, h, mi, s} {
		if n < 0 {
			dst = append(dst, '-')
			continue
		}
		dst = append(dst, byte('0'+n/10), byte('0'+n%10))
	}
	dst = strconv.AppendUint(append(dst, '-'), binary.BigEndian.Uint64(k[8:]), 10)
	dst = append(dst, `","schema":`...)
	dst = strconv.AppendInt(dst, SchemaVersion, 10)
	return append(dst, ',')
}
