package store

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// brief is what Listing promises of a whole record where the summaries
// are of an earlier form: the warnings and words read from the record.
func brief(c assessment.CheckIn) assessment.CheckIn {
	out := assessment.CheckIn{ID: c.ID, TakenAt: c.TakenAt, Questionnaire: c.Questionnaire,
		Scores:  assessment.Scores{Dimensions: c.Scores.Dimensions, Balance: c.Scores.Balance},
		Profile: c.Profile, Warnings: c.Warnings, Note: c.Note, Reflection: c.Reflection}
	if len(out.Warnings) == 0 {
		out.Warnings = nil // saved as [], read back as null or []
	}
	return out
}

// briefNow is brief where the summaries are of the current form: the
// warnings' codes without their messages, as the summary gives them, and
// the reflection only when there is no note.
func briefNow(c assessment.CheckIn) assessment.CheckIn {
	out := brief(c)
	out.Warnings = codesOnly(out.Warnings)
	if strings.TrimSpace(out.Note) != "" {
		out.Reflection = ""
	}
	return out
}

func codesOnly(ws []assessment.Warning) []assessment.Warning {
	if len(ws) == 0 {
		return nil
	}
	out := make([]assessment.Warning, len(ws))
	for i, w := range ws {
		out[i].Code = w.Code
	}
	return out
}

// Listing gives of each check-in what brief keeps of it, for records with
// and without words, warnings and a met commitment, with notes that need
// escapes, and for one stored in a form the field walk does not take;
// with summaries of the current form and of an earlier one.
func TestListingIsTheBriefOfList(t *testing.T) {
	for _, current := range []bool{true, false} {
		t.Run(fmt.Sprintf("current=%v", current), func(t *testing.T) {
			testListingIsTheBriefOfList(t, current)
		})
	}
}

func testListingIsTheBriefOfList(t *testing.T, current bool) {
	s := openTemp(t)
	ids := saveLoop(t, s) // a reflection, a review in progress, notes
	quiet := newTestRecord(date(27, 9, 0, 0), "")
	quiet.Warnings = nil
	if err := s.Save(&quiet, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	met := newTestRecord(date(28, 9, 0, 0), `a "quoted" note, with {braces} and \ slashes`)
	met.Reviews = []assessment.Review{{CheckIn: ids[0], Progress: assessment.Done, Note: "Done, at last."}}
	met.Reflection = "Line one\nline \u00e9 two"
	if err := s.Save(&met, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	// Text that reads like the note's place, inside strings before it.
	tricky := newTestRecord(date(29, 9, 0, 0), `the real note],"note":"not this`)
	tricky.Warnings = []assessment.Warning{{Code: "too-fast", Message: `x],"note":"fake`}}
	tricky.Profile = &assessment.ProfileRef{ID: "p", Name: `],"note":"profile`}
	if err := s.Save(&tricky, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	// Keys in another order: decoded whole instead.
	k, _ := parseID(ids[2])
	err := s.db.Update(func(tx *bbolt.Tx) error {
		if !current {
			if err := tx.Bucket(bucketMeta).Put(keySummaryFormat, []byte("2")); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketCheckins).Put(k, []byte(`{"note":"moved","schema":3,"warnings":[{"code":"c","message":"m"}],"taken_at":"2026-11-26T09:00:00Z"}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Listing()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(all) {
		t.Fatalf("Listing gave %d check-ins, List %d", len(got), len(all))
	}
	scores, err := s.Scores()
	if err != nil || len(scores) != len(got) {
		t.Fatalf("Scores gave %d check-ins, %v; want %d", len(scores), err, len(got))
	}
	for i := range got {
		want := got[i]
		want.Note, want.Reflection = "", ""
		if all[i].MetCommitment() {
			want.Reviews = all[i].Reviews
		}
		if len(scores[i].Warnings) == 0 {
			scores[i].Warnings = nil
		}
		if len(want.Warnings) == 0 {
			want.Warnings = nil
		}
		if current {
			scores[i].Warnings = codesOnly(scores[i].Warnings)
		}
		if i == 2 && current {
			// The summary's codes; Scores reads the record's.
			scores[i].Warnings = want.Warnings
		}
		if !reflect.DeepEqual(scores[i], want) {
			t.Errorf("Scores()[%d] =\n%+v\nwant Listing's with reviews, without words\n%+v", i, scores[i], want)
		}
		if sum := assessment.SummaryOf(all[i]); i != 2 && assessment.SummaryOf(scores[i]).MetCommitment != sum.MetCommitment {
			t.Errorf("SummaryOf(Scores()[%d]) says met %v, the record %v", i, !sum.MetCommitment, sum.MetCommitment)
		}
	}
	for i, c := range all {
		want := brief(c)
		if current {
			want = briefNow(c)
		}
		if i == 2 {
			// The summary stays the one saved; the words come from the record.
			want = brief(s.mustGet(t, ids[1]))
			want.ID, want.TakenAt = ids[2], date(26, 9, 0, 0)
			want.Scores, want.Profile, want.Questionnaire = got[i].Scores, got[i].Profile, got[i].Questionnaire
			want.Note, want.Warnings, want.Reflection = "moved", []assessment.Warning{{Code: "c", Message: "m"}}, ""
			if current {
				// The warnings are the summary's, of the record once saved.
				want.Warnings = codesOnly(s.mustGet(t, ids[1]).Warnings)
			}
		}
		if len(got[i].Warnings) == 0 {
			got[i].Warnings = nil
		}
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("Listing()[%d] =\n%+v\nwant\n%+v", i, got[i], want)
		}
	}
}

func (s *Store) mustGet(t *testing.T, id string) assessment.CheckIn {
	t.Helper()
	c, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestEachField(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // name=value pairs
		ok   bool
	}{
		{`{}`, nil, true},
		{`{"a":1,"b":"x,\"}","c":{"d":[1,{"e":"]"}]},"f":null,"g":-1.5e3}`,
			[]string{`a=1`, `b="x,\"}"`, `c={"d":[1,{"e":"]"}]}`, `f=null`, `g=-1.5e3`}, true},
		{`{"a":[1,2],"b":true}`, []string{`a=[1,2]`, `b=true`}, true},
		{`{"a":"x\\","b":"\\\"}"}`, []string{`a="x\\"`, `b="\\\"}"`}, true},
		{`[1]`, nil, false},
		{`{"a":"open`, nil, false},
		{`{"a":{"b":1}`, []string{`a={"b":1}`}, false},
		{`{"a":,"b":1}`, nil, false},
		{`{"a" : 1}`, nil, false}, // not compact: left to encoding/json
		{`{"a":1}x`, []string{`a=1`}, false},
		{`{"n\u006fte":"x"}`, nil, false},
	} {
		var got []string
		ok := eachField([]byte(tc.in), func(name, value, _ []byte) bool {
			got = append(got, string(name)+"="+string(value))
			return true
		})
		if ok != tc.ok || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("eachField(%s) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// Decoding stops at the field fn refuses.
func TestEachFieldStops(t *testing.T) {
	var got []string
	ok := eachField([]byte(`{"a":1,"b":2,"c":3}`), func(name, _, _ []byte) bool {
		got = append(got, string(name))
		return string(name) != "b"
	})
	if !ok || !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("eachField stopped after %v, %v; want [a b], true", got, ok)
	}
}
