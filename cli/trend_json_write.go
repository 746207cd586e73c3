package cli

import (
	"bytes"
	"io"
	"math"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// writeTrendJSON writes out with the rows as its series, as writeJSON
// writes it, byte for byte; but the series, one point for every check-in
// and nearly the whole output, is written by hand, a piece at a time:
// encoding/json spent most of a trend's time reflecting over ten
// thousand points and indenting them all a second time, and held the
// whole output twice. When a row has what the hand writer cannot vouch
// for (a number that is not finite, a name that needs escaping, a time
// that time.Time.MarshalJSON would not write plainly), writeJSON writes
// it all, with its error.
func writeTrendJSON(w io.Writer, out trendOut, t *trendRows) error {
	if !t.plain() {
		out.Series = t.points()
		return writeJSON(w, out)
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
		// Not reached: writeJSON keeps the fields in order.
		out.Series = t.points()
		return writeJSON(w, out)
	}
	i += len(",\n  \"series\": ")
	if _, err := w.Write(b[:i]); err != nil {
		return err
	}
	if err := t.writeSeries(w); err != nil {
		return err
	}
	_, err := w.Write(b[i+len("[]"):])
	return err
}

// plain reports whether writeSeries writes every row as encoding/json
// would.
func (t *trendRows) plain() bool {
	for _, names := range t.names {
		for _, name := range names {
			if !plainString(name) {
				return false
			}
		}
	}
	for _, s := range t.scores {
		if !finite(s) {
			return false
		}
	}
	for _, r := range t.rows {
		if !plainString(r.id) || !plainTime(r.at) || !finite(r.balance) {
			return false
		}
	}
	return true
}

// writeSeries writes the rows as an indented array one level in, through
// one buffer it empties every few dozen rows.
func (t *trendRows) writeSeries(w io.Writer) error {
	if len(t.rows) == 0 {
		_, err := io.WriteString(w, "[]")
		return err
	}
	b := make([]byte, 0, 40<<10)
	b = append(b, '[')
	for i, r := range t.rows {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    {\n      \"id\": "...)
		b = appendPlainString(b, r.id)
		b = append(b, ",\n      \"taken_at\": "...)
		b = appendTime(b, r.at)
		b = append(b, ",\n      \"dimensions\": "...)
		b = t.appendScores(b, r)
		b = append(b, ",\n      \"balance\": "...)
		b = appendScore(b, r.balance)
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

// appendScores appends r's dimension scores as an object three levels
// in, as encoding/json writes the map: names in order.
func (t *trendRows) appendScores(b []byte, r trendRow) []byte {
	if r.names < 0 {
		return append(b, "null"...)
	}
	names := t.names[r.names]
	if len(names) == 0 {
		return append(b, "{}"...)
	}
	b = append(b, '{')
	for i, name := range names {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n        "...)
		b = appendPlainString(b, name)
		b = append(b, ": "...)
		b = appendScore(b, t.scores[int(r.from)+i])
	}
	return append(b, "\n      }"...)
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

// appendScore appends a finite score as its MarshalJSON writes it (the
// rows hold no other: see Score.AppendJSON).
func appendScore(b []byte, s assessment.Score) []byte {
	b, _ = s.AppendJSON(b)
	return b
}
