package store

import (
	"encoding/json"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachNoted gives, newest first, the summary of every check-in without
// its facet scores, whether there is a note and the warnings' codes
// included: from summaries of the current form, and from the records
// beside summaries of an earlier form, which a read-only open leaves as
// they are. The check-ins have a note, a reflection only, no words, one
// warning, two, or none, and one is stored in a form the field walk does
// not take.
func TestEachNotedGivesSummariesWithNotesAndCodes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	saveLoop(t, s)
	quiet := newTestRecord(date(27, 9, 0, 0), "")
	quiet.Warnings = nil
	thinking := newTestRecord(date(27, 10, 0, 0), " ")
	thinking.Reflection = "Only a reflection."
	thinking.Warnings = append(thinking.Warnings, assessment.Warning{Code: "straight-lining", Message: "m"})
	for _, r := range []*assessment.CheckIn{&quiet, &thinking} {
		if err := s.Save(r, testQuestionnaire()); err != nil {
			t.Fatal(err)
		}
	}
	odd := newTestRecord(date(28, 9, 0, 0), "odd")
	if err := s.Save(&odd, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	k, _ := parseID(odd.ID)
	err = s.db.Update(func(tx *bbolt.Tx) error {
		// The same check-in with its fields in another order.
		v, err := json.Marshal(map[string]any{"note": "odd", "schema": SchemaVersion, "warnings": odd.Warnings,
			"taken_at": odd.TakenAt, "questionnaire": odd.Questionnaire, "scores": odd.Scores, "profile": odd.Profile,
			"answers": odd.Answers, "id": odd.ID})
		if err != nil {
			return err
		}
		return tx.Bucket(bucketCheckins).Put(k, v)
	})
	if err != nil {
		t.Fatal(err)
	}
	recs, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var want []assessment.Summary
	for _, r := range slices.Backward(recs) {
		sum := assessment.SummaryOf(r)
		sum.Facets = nil
		want = append(want, sum)
	}
	if !want[0].NoteWritten || want[1].NoteWritten || !want[1].HasNote || len(want[1].WarningCodes) != 2 || want[2].Flagged {
		t.Fatalf("the check-ins are not what the test needs: %+v", want[:3])
	}
	check := func(form string, s *Store) {
		t.Helper()
		var got []assessment.Summary
		err := s.EachNoted(func(sum assessment.Summary) error {
			// Valid only during the call: keep a copy.
			sum.Dimensions = maps.Clone(sum.Dimensions)
			sum.WarningCodes = slices.Clone(sum.WarningCodes)
			if sum.Profile != nil {
				p := *sum.Profile
				sum.Profile = &p
			}
			got = append(got, sum)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: EachNoted gave %d check-ins, want %d", form, len(got), len(want))
		}
		for i := range want {
			if !sameSummary(got[i], want[i]) {
				t.Errorf("%s: check-in %d:\n got %+v\nwant %+v", form, i, got[i], want[i])
			}
		}
	}
	check("current form", s)

	// Put back summaries of format 2: no facets, codes or note bit.
	err = s.db.Update(func(tx *bbolt.Tx) error {
		if err := tx.Bucket(bucketMeta).Put(keySummaryFormat, []byte("2")); err != nil {
			return err
		}
		b := tx.Bucket(bucketSummaries)
		for _, r := range recs {
			st := storedOf(assessment.SummaryOf(r))
			st.Facets, st.Warnings, st.NoteWritten = nil, nil, false
			v, err := json.Marshal(st)
			if err != nil {
				return err
			}
			k, _ := parseID(r.ID)
			if err := b.Put(k, v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	check("earlier form", ro)
}
