package store

// keyOrder is the keys read so far in objects of one kind, in the order
// first read, each also as it is written, quotes and colon included. The
// records of a history have the same fields, scores and margins in the
// same order (some left out), and matching the text of a key expected is
// cheaper than reading the key as a string and looking it up, which was
// a tenth of a report's reading.
type keyOrder struct {
	keys, written []string
	at            int // the place of the key read last
}

// maxKeys bounds what a keyOrder keeps: a record has a dozen fields.
const maxKeys = 32

// key reads the key at r, from its opening quote to its colon, as
// reader.str reads it; false when there is none there. first says it is
// an object's first key: the key expected is the one after the key read
// before in the same object, or the first one.
func (o *keyOrder) key(r *reader, first bool) (string, bool) {
	if first {
		o.at = -1
	}
	j := o.at
	for range len(o.written) {
		if j++; j == len(o.written) {
			j = 0
		}
		w := o.written[j]
		if len(r.b)-r.i >= len(w) && string(r.b[r.i:r.i+len(w)]) == w {
			r.i += len(w)
			o.at = j
			return o.keys[j], true
		}
	}
	if !r.lit(`"`) {
		return "", false
	}
	b, ok := quickStr(r)
	if !ok || !r.lit(":") {
		return "", false
	}
	k := string(b)
	if len(o.keys) < maxKeys {
		o.keys, o.written = append(o.keys, k), append(o.written, `"`+k+`":`)
		o.at = len(o.keys) - 1
	}
	return k, true
}
