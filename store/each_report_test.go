package store

import (
	"bytes"
	"encoding/binary"
	"maps"
	"reflect"
	"slices"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// A report's walk gives every check-in as ListWithout gives it without
// what a report leaves out (empty lists read as none, margins but the
// balance's), and the ends of
// the history as whole records: on records as putRecord writes them,
// with commitments, reviews (of commitments read before and not), a
// warning, an escaped note, and one record in another form.
func TestReportWalkIsListWithout(t *testing.T) {
	s := openTemp(t)
	saveLoop(t, s)
	save(t, s, date(27, 9, 0, 0), "a \"quoted\" <note>\non two lines")
	flagged := newTestRecord(date(28, 9, 0, 0), "")
	flagged.Warnings = []assessment.Warning{{Code: "straight-lining", Message: "m"}}
	if err := s.Save(&flagged, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	// A review of a commitment not read before, with a reflection
	// before it that others leave out.
	unmatched := newTestRecord(date(28, 10, 0, 0), "")
	unmatched.Reflection = "r"
	unmatched.Reviews = []assessment.Review{{CheckIn: "20200101-000000-1", Progress: assessment.NotStarted,
		Commitment: assessment.Commitment{Facet: "trust", Practice: "Other.", Objective: "o"}}}
	if err := s.Save(&unmatched, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	// Scores with no dimensions, twice, so the second is taken as read.
	for h := range 2 {
		none := newTestRecord(date(28, 11+h, 0, 0), "")
		none.Scores.Dimensions, none.Scores.Margins = nil, map[string]float64{"results": 1}
		if err := s.Save(&none, testQuestionnaire()); err != nil {
			t.Fatal(err)
		}
	}
	other := save(t, s, date(29, 9, 0, 0), "")
	k, _ := parseID(other)
	err := s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketCheckins).Put(k, []byte(`{"schema":2,"taken_at":"2026-11-29T09:00:00Z","answers":{"t1":3}}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	save(t, s, date(30, 9, 0, 0), "last")
	want, err := s.ListWithout(reportSkips...)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		trimScores(&want[i].Scores, reportSkips)
		for id := range want[i].Scores.Margins {
			if id != assessment.MarginKeyBalance {
				delete(want[i].Scores.Margins, id)
			}
		}
		if len(want[i].Warnings) == 0 {
			want[i].Warnings = nil
		}
	}
	var got []assessment.CheckIn
	ends, err := s.ReportEnds()
	if err != nil {
		t.Fatal(err)
	}
	done := false
	err = s.BeginReport().Each(func(c assessment.CheckIn) error {
		// Kept past the call, so its maps and lists copied; its texts
		// hold until done.
		c.Scores.Dimensions, c.Scores.Margins = maps.Clone(c.Scores.Dimensions), maps.Clone(c.Scores.Margins)
		c.Commitments, c.Reviews = slices.Clone(c.Commitments), slices.Clone(c.Reviews)
		got = append(got, c)
		return nil
	}, func() error {
		done = true
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got  %+v\nwant %+v", got, want)
		}
		return nil
	})
	if err != nil || !done {
		t.Fatalf("walk: %v, done called: %v", err, done)
	}
	n := len(whole)
	last := whole[n-1]
	last.Answers = nil
	if count, err := s.CountCheckIns(); count != n || err != nil {
		t.Errorf("CountCheckIns: %d, %v; want %d", count, err, n)
	}
	if !ends.Any || !ends.HasPrev || ends.First.ID != whole[0].ID || !reflect.DeepEqual(ends.Last, last) ||
		!reflect.DeepEqual(ends.Prev, want[n-2]) || ends.First.TakenAt != want[0].TakenAt {
		t.Errorf("ends: first %s, last %+v, before it %+v", ends.First.ID, ends.Last, ends.Prev)
	}
}

// skipFlat ends where skipValue ends, or leaves the value to it.
func TestSkipFlatIsSkipValue(t *testing.T) {
	for _, v := range []string{
		`{"a":1,"b":2},`, `{}`, `{"a}":1}`, `{"a":"}"}`, `{"a":{"b":1}}`, `{"a":[1]}`, `{"a\"}":1}`,
		`{"a":1]}`, `[1]`, `"x"`, `{"a":1`, `{"t1":3,"t2":-4.5e1}}`,
	} {
		b := []byte(v)
		if got := skipFlat(b, 0); got >= 0 && got != skipValue(b, 0) {
			t.Errorf("%s: skipFlat %d, skipValue %d", v, got, skipValue(b, 0))
		}
	}
	if skipFlat([]byte(`{"t1":3,"t2":4}`), 0) < 0 {
		t.Error("answers were not skipped quickly")
	}
}

// plainString checks what reader.str checks.
func TestPlainStringIsReaderStr(t *testing.T) {
	for _, s := range []string{
		"", "plain text of some length, more than eight", "a\\b", "tab\there and more text", "é and more than eight bytes",
		"12345678\x1f", "1234567\\", "\xff\xfe", "abcdefgh\xc3", "abcdefgh\u2028ijkl", "ab\x7fcdefghij", "0123456789abcdef\"",
	} {
		r := reader{b: []byte(s + `"`)}
		_, want := r.str()
		if got := plainString([]byte(s)); got != want {
			t.Errorf("%q: plainString %v, reader.str %v", s, got, want)
		}
	}
}

func FuzzPlainString(f *testing.F) {
	f.Add([]byte("plain text\\ with é"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if bytes.IndexByte(b, '"') >= 0 {
			return
		}
		r := reader{b: append(b, '"')}
		if _, want := r.str(); plainString(r.b[:len(r.b)-1]) != want {
			t.Errorf("%q: plainString differs from reader.str", b)
		}
	})
}

// reportHead is storedHead.
func TestReportHeadIsStoredHead(t *testing.T) {
	for _, at := range []time.Time{
		date(1, 9, 0, 0), time.Date(1971, 1, 31, 23, 59, 59, 999, time.UTC), time.Date(999, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2262, 4, 11, 23, 47, 16, 0, time.UTC), time.Date(1677, 9, 21, 0, 12, 44, 0, time.UTC), time.Unix(0, 0),
	} {
		for _, seq := range []uint64{0, 7, 1 << 63} {
			k := makeKey(at, seq)
			if got, want := reportHead(nil, k), storedHead(nil, k); string(got) != string(want) {
				t.Errorf("%v/%d: %s, want %s", at, seq, got, want)
			}
		}
	}
	for i := range uint64(2000) {
		k := make([]byte, keyLen)
		binary.BigEndian.PutUint64(k, i*0x9E3779B97F4A7C15)
		binary.BigEndian.PutUint64(k[8:], i)
		if got, want := reportHead(nil, k), storedHead(nil, k); string(got) != string(want) {
			t.Fatalf("key %x: %s, want %s", k, got, want)
		}
	}
	if got, want := reportHead(nil, []byte("short")), storedHead(nil, []byte("short")); string(got) != string(want) {
		t.Errorf("a short key: %s, want %s", got, want)
	}
}
