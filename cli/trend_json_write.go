package cli

import (
	"bytes"
	"io"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// writeTrendJSON writes out as writeJSON writes it, byte for byte, but
// the series, one point for every check-in and nearly the whole output,
// is written by hand, a piece at a time: encoding/json spent most of a
// trend's time reflecting over ten thousand points and indenting them
// all a second time, and held the whole output twice. When a point has
// what the hand writer cannot vouch for (a number that is not finite, a
// name that needs escaping, a time that time.Time.MarshalJSON would not
// write plainly), writeJSON writes it all, with its error.
func writeTrendJSON(w io.Writer, out trendOut) error {
	whole := out
	if !plainSeries(out.Series) {
		return writeJSON(w, whole)
	}
	out.Series = []trendPoint{}
	var rest bytes.Buffer
	if err := writeJSON(&rest, out); err != nil {
		return err
	}
	// The empty series stands second, after the window's start, which
	// is null or a date.
	b := rest.Bytes()
	i := bytes.Index(b, []byte(",\n  \"series\": []"))
	if i < 0 {
		return writeJSON(w, whole) // not reached: writeJSON keeps the fields in order
	}
	i += len(",\n  \"series\": ")
	if _, err := w.Write(b[:i]); err != nil {
		return err
	}
	if err := writeSeries(w, whole.Series); err != nil {
		return err
	}
	_, err := w.Write(b[i+len("[]"):])
	return err
}

// plainSeries reports whether every point is one that writeSeries writes
// as encoding/json would.
func plainSeries(ps []trendPoint) bool {
	for _, p := range ps {
		if !plainString(p.ID) || !plainTime(p.TakenAt) || !finite(p.Balance) {
			return false
		}
		for k, s := range p.Dimensions {
			if !plainString(k) || !finite(s) {
				return false
			}
		}
	}
	return true
}

// writeSeries writes the series as an indented array one level in,
// through one buffer it empties every few dozen points.
func writeSeries(w io.Writer, ps []trendPoint) error {
	if len(ps) == 0 {
		_, err := io.WriteString(w, "[]")
		return err
	}
	var keys []string
	b := make([]byte, 0, 40<<10)
	b = append(b, '[')
	for i, p := range ps {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    {\n      \"id\": "...)
		b = appendPlainString(b, p.ID)
		b = append(b, ",\n      \"taken_at\": "...)
		b = appendTime(b, p.TakenAt)
		b = append(b, ",\n      \"dimensions\": "...)
		b, keys = appendScores(b, p.Dimensions, keys)
		b = append(b, ",\n      \"balance\": "...)
		b = appendScore(b, p.Balance)
		b = append(b, "\n    }"...)
		if len(b) >= 32<<10 {
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	_, err := w.Write(append(b, "\n  ]"...))
	return err
}

// appendScores appends a point's dimension scores as an object three
// levels in, names in order as encoding/json sorts a map's; keys is
// reused from one point to the next.
func appendScores(b []byte, m map[string]assessment.Score, keys []string) ([]byte, []string) {
	if m == nil {
		return append(b, "null"...), keys
	}
	if len(m) == 0 {
		return append(b, "{}"...), keys
	}
	keys = keys[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n        "...)
		b = appendPlainString(b, k)
		b = append(b, ": "...)
		b = appendScore(b, m[k])
	}
	return append(b, "\n      }"...), keys
}

// plainString reports whether encoding/json writes s as it is, quoted:
// printable ASCII without a quote, a backslash or the HTML characters
// it escapes.
func plainString(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

func appendPlainString(b []byte, s string) []byte {
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// plainTime reports whether time.Time.MarshalJSON writes t without an
// error: a four-digit year and an offset under a day.
func plainTime(t time.Time) bool {
	_, offset := t.Zone()
	y := t.Year()
	return y >= 0 && y <= 9999 && offset > -24*60*60 && offset < 24*60*60
}

// appendTime appends a plain time as time.Time.MarshalJSON writes it.
func appendTime(b []byte, t time.Time) []byte {
	b = append(b, '"')
	b = t.AppendFormat(b, time.RFC3339Nano)
	return append(b, '"')
}

// finite reports whether s is null or a number encoding/json writes.
func finite(s assessment.Score) bool {
	return !s.Valid || !math.IsNaN(s.Value) && !math.IsInf(s.Value, 0)
}

// appendScore appends a finite score as its MarshalJSON writes it: null,
// or the number as encoding/json writes a float64.
func appendScore(b []byte, s assessment.Score) []byte {
	if !s.Valid {
		return append(b, "null"...)
	}
	f := s.Value
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// encoding/json writes e-7, not e-07.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
