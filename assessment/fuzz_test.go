package assessment

import (
	"os"
	"path/filepath"
	"testing"
)

// seedFiles adds every file matching pattern to the fuzz corpus.
func seedFiles(f *testing.F, pattern string) {
	f.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzParse feeds the questionnaire parser arbitrary bytes: it must return
// a questionnaire or an error, never panic, and an accepted questionnaire
// must be one that scoring can use.
func FuzzParse(f *testing.F) {
	// The built-in questionnaire is left out: a 15 KB seed slows the
	// mutator to a crawl; the seeds cover the same constructs in less.
	seedFiles(f, "testdata/*.yaml")
	seedFiles(f, "testdata/fuzz-seeds/questions/*")
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := Parse("fuzz.yaml", data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if len(q.Dimensions) != 2 || len(q.Items) == 0 || q.Scale.Min >= q.Scale.Max {
			t.Fatalf("accepted an unusable questionnaire: %+v", q)
		}
		a := Answers{}
		for _, it := range q.Items {
			a[it.ID] = q.Scale.Max
		}
		Evaluate(q, a, nil)
	})
}

// FuzzParseAnswers feeds the answers-file parser arbitrary bytes against
// the mini questionnaire: an accepted sheet holds only known statements
// with answers on the scale, or "did not come up" where the scale has it.
func FuzzParseAnswers(f *testing.F) {
	q := mustMini(f)
	seedFiles(f, "testdata/fuzz-seeds/answers/*")
	f.Add([]byte("answers: {trust-1: 4, goals-2: 1}\nnote: hi\n"))
	f.Add([]byte(`{"answers": {"pace-1": 5}, "taken_at": "2026-01-02T03:04:05Z"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sheet, err := ParseAnswers("fuzz.yaml", data, q)
		if err != nil {
			return
		}
		for id, x := range sheet.Answers {
			na := x == NotApplicable && q.Scale.NotApplicable != ""
			if _, ok := q.Item(id); !ok || !na && (x < q.Scale.Min || x > q.Scale.Max) {
				t.Fatalf("accepted answer %s = %d", id, x)
			}
		}
		Evaluate(q, sheet.Answers, nil)
	})
}

func mustMini(tb testing.TB) *Questionnaire {
	data, err := os.ReadFile("testdata/mini.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	q, err := Parse("mini.yaml", data)
	if err != nil {
		tb.Fatal(err)
	}
	return q
}
