package store

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestRecentIsTheLastNOldestFirst(t *testing.T) {
	s := openTemp(t)
	for i, note := range []string{"a", "b", "c", "d"} {
		save(t, s, date(1+i, 9, 0, 0), note)
	}
	for _, tc := range []struct {
		n    int
		want []string
	}{{0, nil}, {1, []string{"d"}}, {3, []string{"b", "c", "d"}}, {9, []string{"a", "b", "c", "d"}}} {
		got, err := s.Recent(tc.n)
		if err != nil || !slices.Equal(notes(got), tc.want) {
			t.Errorf("Recent(%d) = %v, %v; want %v", tc.n, notes(got), err, tc.want)
		}
	}
}

func TestEachSeesEveryRecordInOrder(t *testing.T) {
	s := openTemp(t)
	save(t, s, date(2, 9, 0, 0), "second")
	save(t, s, date(1, 9, 0, 0), "first")
	var got []string
	if err := s.Each(func(r assessment.CheckIn) error { got = append(got, r.Note); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"first", "second"}; !slices.Equal(got, want) {
		t.Errorf("Each saw %v, want %v", got, want)
	}
}

// EachJSON gives what json.Marshal gives for the record Get returns,
// whether the stored bytes can be passed on or not.
func TestEachJSONIsMarshalOfGet(t *testing.T) {
	s := openTemp(t)
	id := save(t, s, date(1, 9, 0, 0), "a <note> & more")
	other := save(t, s, date(2, 9, 0, 0), "")
	// A record stored in another form (keys in another order, no id),
	// as another writer might leave it: decoded and encoded again.
	k, _ := parseID(other)
	err := s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketCheckins).Put(k, []byte(`{"schema":2,"taken_at":"2026-11-02T09:00:00Z","answers":{"t1":3}}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := s.EachJSON(func(b []byte) error { got = append(got, string(b)); return nil }); err != nil {
		t.Fatal(err)
	}
	for i, ref := range []string{id, other} {
		r, err := s.Get(ref)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(EnvelopeOf(r))
		if got[i] != string(want) {
			t.Errorf("check-in %d:\n got %s\nwant %s", i, got[i], want)
		}
	}
}

func BenchmarkRecent(b *testing.B) {
	s := benchStore(b, 10000)
	for b.Loop() {
		if recs, err := s.Recent(12); err != nil || len(recs) != 12 {
			b.Fatal(len(recs), err)
		}
	}
}

func BenchmarkCount(b *testing.B) {
	s := benchStore(b, 10000)
	for b.Loop() {
		if n, err := s.Count(); err != nil || n != 10000 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkEachJSON passes on stored records, which carry their ids as
// Save and Import store them (benchStore's have none).
func BenchmarkEachJSON(b *testing.B) {
	s := benchStore(b, 0)
	err := s.db.Update(func(tx *bbolt.Tx) error {
		for i := range 10000 {
			r := newTestRecord(time.Date(2000, 1, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, 7*i), "a note")
			k := makeKey(r.TakenAt, uint64(i+1))
			r.ID = formatID(k)
			if err := putRecord(tx, k, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := s.EachJSON(func([]byte) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
