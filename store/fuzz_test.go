package store

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// FuzzDecodeExport feeds the import decoder arbitrary bytes: it must
// return an error or a file, never panic, and a file it accepts must be
// one Import can key and that decodes again once written back out.
// DecodeImport, which import uses, must say what it says.
func FuzzDecodeExport(f *testing.F) {
	// A real export (the practice loop: reflection, commitments, a
	// review), compact: a large seed slows the mutator to a crawl.
	s, err := Open(f.TempDir() + "/seed.db")
	if err != nil {
		f.Fatal(err)
	}
	first := newTestRecord(date(1, 9, 0, 0), "first")
	first.Reflection = "Two one-to-ones slipped."
	c := assessment.Commitment{Facet: "trust", Item: "t2", Practice: "Hold the conversation.", Objective: "I will talk to Sam."}
	first.Commitments = []assessment.Commitment{c}
	err = s.Save(&first, testQuestionnaire())
	second := newTestRecord(date(29, 9, 0, 0), "")
	second.Reviews = []assessment.Review{{CheckIn: first.ID, Commitment: c, Progress: assessment.SomeProgress, Note: "Talked once."}}
	if err == nil {
		err = s.Save(&second, testQuestionnaire())
	}
	ex, err2 := s.Export("v1.2.3")
	s.Close()
	if err != nil || err2 != nil {
		f.Fatalf("making the seed: %v %v", err, err2)
	}
	good, err := json.Marshal(ex)
	if err != nil {
		f.Fatal(err)
	}
	text := string(good)
	f.Add(good)
	f.Add(good[:len(good)/2])
	for _, edit := range [][2]string{
		{`"leadcheck-export"`, `"something-else"`},
		{fmt.Sprintf(`"schema":%d`, SchemaVersion), fmt.Sprintf(`"schema":%d`, SchemaVersion+1)},
		{`"id":"2026`, `"id":"x2026`},
		{`"t1":4`, `"t1":"four"`},
		{`"balance":25`, `"balance":null`},
		{`"progress":"some-progress"`, `"progress":"halfway"`},
		{`"checkins":[`, `"checkins":[{},`},
		{`"questionnaires":[`, `"questionnaires":[null,`},
		{`"checkins":[`, `"checkins":[],"checkins":[`},
	} {
		if !strings.Contains(text, edit[0]) {
			f.Fatalf("the seed has no %s", edit[0])
		}
		f.Add([]byte(strings.Replace(text, edit[0], edit[1], 1)))
	}
	for _, s := range []string{"", "null", "[]", "{}", `{"format":"leadcheck-export"}`,
		`{"format":"leadcheck-export","schema":2,"questionnaires":[],"checkins":[]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ex, err := DecodeExport("fuzz.json", data)
		sameAsImport(t, data, ex, err)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		for i, r := range ex.CheckIns {
			if _, err := keyOf(r); err != nil {
				t.Fatalf("accepted checkins[%d], which Import refuses: %v", i, err)
			}
		}
		again, err := json.Marshal(ex)
		if err != nil {
			t.Fatalf("accepted a file it cannot write back: %v", err)
		}
		if _, err := DecodeExport("again.json", again); err != nil {
			t.Fatalf("accepted a file that, written back, it refuses: %v\n%s", err, again)
		}
	})
}

// sameAsImport checks that DecodeImport says of data what DecodeExport
// (ex, err) and its CheckAnswers say.
func sameAsImport(t *testing.T, data []byte, ex ExportFile, err error) {
	t.Helper()
	_, _, leanErr := DecodeImport("fuzz.json", data, settleNone)
	if err == nil {
		_, err = ex.CheckAnswers(noneKnown, date(30, 0, 0, 0))
	}
	if fmt.Sprint(leanErr) != fmt.Sprint(err) {
		t.Fatalf("DecodeImport: %v\nDecodeExport and CheckAnswers: %v", leanErr, err)
	}
}
