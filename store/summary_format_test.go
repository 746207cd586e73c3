package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// A schema 3 database written before summaries carried the flagged bit
// and the questionnaire is read as it is by the read-only open, and the
// writing open writes its summaries again from the records.
func TestSummariesWithoutFlagAndQuestionnaire(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	save(t, s, date(1, 9, 0, 0), "one")
	save(t, s, date(2, 9, 0, 0), "two")
	// Put back the summaries an earlier build wrote: no flag, no
	// questionnaire, and no mark in the meta bucket.
	old := []byte(`{"taken_at":"2026-11-01T09:00:00Z","dimensions":{"relationships":75,"results":100},"balance":25,"profile":{"id":"driver","name":"Driver"},"has_note":true}`)
	err = s.db.Update(func(tx *bbolt.Tx) error {
		if err := tx.Bucket(bucketMeta).Delete(keySummaryFormat); err != nil {
			return err
		}
		return tx.Bucket(bucketSummaries).Put(makeKey(date(1, 9, 0, 0), 1), old)
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	sums, err := ro.Summaries()
	ro.Close()
	if err != nil || len(sums) != 2 || sums[0].Flagged || sums[0].Questionnaire != (assessment.QuestionnaireRef{}) || !sums[1].Flagged {
		t.Fatalf("read-only summaries = %+v, %v; want the old one without flag or questionnaire", sums, err)
	}

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkSummaries(t, s, 2)
	sums, _ = s.Summaries()
	want := assessment.QuestionnaireRef{ID: "test", Version: 3, Hash: "sha256:abc"}
	if !sums[0].Flagged || sums[0].Questionnaire != want {
		t.Errorf("rebuilt summary = %+v; want flagged, taken with %+v", sums[0], want)
	}
}

// A summary read after one of the same questionnaire reads the same
// reference; one of another questionnaire reads its own.
func TestParseSummaryAfter(t *testing.T) {
	v := []byte(`{"taken_at":"2026-11-29T09:00:00Z","dimensions":null,"balance":null,"questionnaire":{"id":"q","version":2,"hash":"ab"}}`)
	want := assessment.QuestionnaireRef{ID: "q", Version: 2, Hash: "ab"}
	for _, prev := range []assessment.QuestionnaireRef{{}, want, {ID: "q", Version: 1, Hash: "aa"}} {
		s, err := parseSummaryAfter(v, prev, false)
		if err != nil || s.Questionnaire != want {
			t.Errorf("after %+v: %+v, %v; want %+v", prev, s.Questionnaire, err, want)
		}
	}
}

// A walk that reuses what it read takes a questionnaire stored as the same
// bytes as the one before for that one, and reads any other anew: after
// a summary of another questionnaire, one with none (an earlier form),
// and one that encoding/json reads (an escape in its profile) between
// two questionnaires.
func TestSummaryWalkQuestionnaires(t *testing.T) {
	q := func(id string, v int) string {
		return fmt.Sprintf(`,"questionnaire":{"id":%q,"version":%d,"hash":"h%d"}`, id, v, v)
	}
	head := `{"taken_at":"2026-11-29T09:00:00Z","dimensions":null,"balance":null`
	walk := []struct {
		stored string
		want   assessment.QuestionnaireRef
	}{
		{head + q("a", 1) + `}`, assessment.QuestionnaireRef{ID: "a", Version: 1, Hash: "h1"}},
		{head + q("a", 1) + `}`, assessment.QuestionnaireRef{ID: "a", Version: 1, Hash: "h1"}},
		{head + q("a", 2) + `}`, assessment.QuestionnaireRef{ID: "a", Version: 2, Hash: "h2"}},
		{head + `}`, assessment.QuestionnaireRef{}},
		{head + q("a", 2) + `}`, assessment.QuestionnaireRef{ID: "a", Version: 2, Hash: "h2"}},
		{head + `,"profile":{"id":"p","name":"\u00e9"}` + q("b", 3) + `}`, assessment.QuestionnaireRef{ID: "b", Version: 3, Hash: "h3"}},
		{head + q("a", 2) + `}`, assessment.QuestionnaireRef{ID: "a", Version: 2, Hash: "h2"}},
		{head + q("a", 2) + `,"facets":{"x":1}}`, assessment.QuestionnaireRef{ID: "a", Version: 2, Hash: "h2"}},
	}
	for _, u := range []*summaryReuse{{}, {withFacets: true, noIDs: true}} {
		for i, w := range walk {
			sum, err := u.read(makeKey(date(1, 9, 0, i), 1), []byte(w.stored))
			if err != nil || sum.Questionnaire != w.want {
				t.Errorf("summary %d: %+v, %v; want %+v", i, sum.Questionnaire, err, w.want)
			}
		}
	}
}
