package store

import (
	"encoding/json"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// Every write of a record keeps its summary in step.
func TestSummariesFollowTheRecords(t *testing.T) {
	s := openTemp(t)
	checkSummaries(t, s, 0)
	a := save(t, s, date(10, 9, 0, 0), "a")
	save(t, s, date(20, 9, 0, 0), "")
	c := newTestRecord(time.Date(2026, 11, 29, 10, 0, 0, 0, time.FixedZone("CET", 3600)), "")
	c.Reviews = []assessment.Review{{CheckIn: a, Progress: assessment.Done}}
	c.Scores.Dimensions["results"] = assessment.Score{} // not scored
	c.Scores.Balance = assessment.Score{}
	c.Profile = nil
	if err := s.Save(&c, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, 3)

	if err := s.SetCommitments(a, []assessment.Commitment{{Facet: "trust", Objective: "listen"}}); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, 3)
	if err := s.Delete(a); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, 2)
	sums, _ := s.Summaries()
	if last := sums[1]; last.ID != c.ID || !last.MetCommitment || last.HasNote || last.Profile != nil ||
		last.Balance.Valid || last.Dimensions["results"].Valid || !last.Dimensions["relationships"].Valid {
		t.Errorf("summary of %s = %+v", c.ID, last)
	}
	if _, off := sums[1].TakenAt.Zone(); off != 3600 {
		t.Errorf("TakenAt %s lost its offset", sums[1].TakenAt)
	}
}

// The quick reader and encoding/json agree on every summary putSummary
// writes, escapes and all.
func TestSummaryRoundTrip(t *testing.T) {
	cet := time.FixedZone("", 3600)
	records := []assessment.CheckIn{
		{TakenAt: date(29, 9, 0, 0)},
		{TakenAt: time.Date(2026, 1, 2, 9, 0, 0, 0, cet), Note: "x", Profile: &assessment.ProfileRef{ID: "p", Name: `Lead & "care" <3> ünïcode \ tab	`},
			Scores: assessment.Scores{Dimensions: map[string]assessment.Score{"relationships": assessment.Scored(72.91666666666667), "results": {}},
				Balance: assessment.Scored(-1e-7)}},
		{TakenAt: date(1, 0, 0, 0), Reviews: []assessment.Review{{Progress: assessment.Done}}, Scores: assessment.Scores{Dimensions: map[string]assessment.Score{},
			Balance: assessment.Scored(100)}},
		{TakenAt: date(2, 0, 0, 0), Warnings: []assessment.Warning{{Code: assessment.WarnTooFast}},
			Questionnaire: assessment.QuestionnaireRef{ID: "production-leadership", Version: 2, Hash: "499e83e9eaf5139f"}},
		{TakenAt: date(3, 0, 0, 0), Reflection: "only this", Warnings: []assessment.Warning{{Code: "a"}, {Code: `b "quoted"`}, {Code: ""}},
			Scores: assessment.Scores{Facets: map[string]assessment.Score{"trust": assessment.Scored(58.333333333333336), "morale": {}, "é}": assessment.Scored(0)}}},
		{TakenAt: date(4, 0, 0, 0), Note: "n", Warnings: []assessment.Warning{{Code: "a"}, {Code: "b"}},
			Scores: assessment.Scores{Facets: map[string]assessment.Score{}}},
	}
	for i, r := range records {
		var v []byte
		s := openTemp(t)
		err := s.db.Update(func(tx *bbolt.Tx) error {
			k := makeKey(r.TakenAt, 1)
			if err := putSummary(tx, k, r); err != nil {
				return err
			}
			v = append(v, tx.Bucket(bucketSummaries).Get(k)...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := assessment.SummaryOf(r)
		if len(want.Facets) == 0 {
			want.Facets = nil // none is not kept
		}
		got, err := parseSummary(v)
		if err != nil || !sameSummary(got, want) {
			t.Errorf("parseSummary(%s) = %+v, %v\nwant %+v", v, got, err, want)
		}
		var slow storedSummary
		if err := json.Unmarshal(v, &slow); err != nil || !sameSummary(slow.summary(), want) {
			t.Errorf("json.Unmarshal(%s) = %+v, %v\nwant %+v", v, slow.summary(), err, want)
		}
		// Without an escape, the quick reader takes it itself.
		if _, ok := quickSummary(v); !ok && (i == 0 || i == 3 || i == 5) {
			t.Errorf("quickSummary left %s to encoding/json", v)
		}
		// A list that shows no facets reads the rest the same.
		sum, err := parseSummaryAfter(v, assessment.QuestionnaireRef{}, false)
		want.Facets = nil
		if err != nil || !sameSummary(sum, want) {
			t.Errorf("parseSummaryAfter(%s) without facets = %+v, %v\nwant %+v", v, sum, err, want)
		}
	}
}

// quickSummary either reads what encoding/json reads, or leaves it to it.
func FuzzQuickSummary(f *testing.F) {
	for _, s := range []string{
		`{"taken_at":"2026-01-02T09:00:00+01:00","dimensions":{"relationships":72.91666666666667,"results":null},"balance":-12.5,"profile":{"id":"p","name":"P"},"has_note":true,"met_commitment":true}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":null,"balance":null}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":null,"balance":null,"flagged":true,"questionnaire":{"id":"q","version":2,"hash":"ab"}}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":null,"balance":null,"questionnaire":{"id":"q","version":2.0,"hash":"ab"}}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":{},"balance":1e2}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":{"a":1,"a":2},"balance":0}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":{"a":-0.5E+3},"balance":+1}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":{"a":.5},"balance":01}`,
		`{"taken_at":"2026-11-29T25:00:00Z","dimensions":null,"balance":null}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":{"a\u00e9":1},"balance":null}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":null,"balance":null,"questionnaire":{"id":"q","version":2,"hash":"ab"},"facets":{"a":1,"b":null},"warnings":["x","y"],"note_written":true}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":null,"balance":null,"facets":{},"warnings":[]}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":null,"balance":null,"facets":null,"warnings":null,"note_written":false}`,
		`{"taken_at":"2026-11-29T09:00:00Z","dimensions":null,"balance":null,"warnings":["x",1]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		quick, ok := quickSummary(v)
		if !ok {
			return
		}
		var slow storedSummary
		if err := json.Unmarshal(v, &slow); err != nil {
			t.Fatalf("quickSummary read %s, which encoding/json refuses: %v", v, err)
		}
		if !sameSummary(quick, slow.summary()) {
			t.Fatalf("%s:\nquick %+v\n json %+v", v, quick, slow.summary())
		}
	})
}

// BenchmarkSummaries reads 10,000 summaries, as a history screen would.
// Compare BenchmarkList for the whole records.
func BenchmarkSummaries(b *testing.B) {
	s := benchStore(b, 10000)
	for b.Loop() {
		if sums, err := s.Summaries(); err != nil || len(sums) != 10000 {
			b.Fatal(len(sums), err)
		}
	}
}

func BenchmarkList(b *testing.B) {
	s := benchStore(b, 10000)
	for b.Loop() {
		if recs, err := s.List(); err != nil || len(recs) != 10000 {
			b.Fatal(len(recs), err)
		}
	}
}

// benchStore is a database of n check-ins a week apart, written in one
// transaction.
func benchStore(b *testing.B, n int) *Store {
	b.Helper()
	s, err := Open(b.TempDir() + "/history.db")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	err = s.db.Update(func(tx *bbolt.Tx) error {
		for i := range n {
			r := newTestRecord(time.Date(2000, 1, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, 7*i), "a note")
			r.Profile = &assessment.ProfileRef{ID: "leaning-on-people", Name: "Leaning on people"}
			r.Scores.Dimensions["relationships"] = assessment.Scored(72.91666666666667)
			if err := putRecord(tx, makeKey(r.TakenAt, uint64(i+1)), r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return s
}
