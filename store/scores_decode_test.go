package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// quickScores reads what json.Marshal writes as encoding/json reads it,
// and leaves any other form to encoding/json.
func TestQuickScores(t *testing.T) {
	sc := assessment.Scored
	for _, s := range []assessment.Scores{
		{},
		{Dimensions: map[string]assessment.Score{"relationships": sc(62.5), "results": {}}, Balance: sc(-12.5),
			Facets: map[string]assessment.Score{"trust": sc(100.0 / 3), "goals": sc(0)}},
		{Dimensions: map[string]assessment.Score{"a": sc(1e-7)}, Balance: assessment.Score{}, Facets: map[string]assessment.Score{},
			Margins: map[string]float64{"a": 13.148, "balance": 14.5}, FacetMargins: map[string]float64{"f": 18.594}},
	} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var want assessment.Scores
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		got, ok := quickScores(b)
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("quickScores(%s) = %+v, %v; want %+v", b, got, ok, want)
		}
	}
	for _, in := range []string{
		``, `{}`, `{"balance":1,"dimensions":null,"facets":null}`,
		`{"dimensions":{"a\u0041":1},"balance":null,"facets":null}`,
		`{"dimensions":null,"balance":"1","facets":null}`,
		`{"dimensions":null,"balance":null,"facets":null} `,
		`{"dimensions":null,"balance":null,"facets":null,"other":1}`,
		`{"dimensions":{"a":01},"balance":null,"facets":null}`,
	} {
		if got, ok := quickScores([]byte(in)); ok {
			t.Errorf("quickScores(%s) = %+v, true; want it left to encoding/json", in, got)
		}
	}
}

// decodeWithout gives what decode gives, less the fields left out.
func TestDecodeWithout(t *testing.T) {
	s := openTemp(t)
	ids := saveLoop(t, s)
	for _, id := range ids {
		k, _ := parseID(id)
		var v []byte
		if err := s.view(func(b *bbolt.Bucket) error { v = append(v, b.Get(k)...); return nil }); err != nil {
			t.Fatal(err)
		}
		whole, err := decodeJSON(k, v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeWithout(k, v, "answers", "commitments")
		want := whole
		want.Answers, want.Commitments = nil, nil
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("decodeWithout(%s) =\n%+v, %v\nwant\n%+v", id, got, err, want)
		}
	}
}

func FuzzQuickScores(f *testing.F) {
	for _, s := range []string{
		`{"dimensions":{"relationships":62.5,"results":null},"balance":-12.5,"facets":{"trust":33.333333333333336},"margins":{"balance":14.5},"facet_margins":{"trust":18.5}}`,
		`{"dimensions":null,"balance":null,"facets":null}`,
		`{"dimensions":{"a":1,"a":2},"balance":1e2,"facets":{}}`,
		`{"dimensions":{"a":-0.5E+3},"balance":0,"facets":{},"margins":null}`,
		`{"dimensions":{},"balance":0,"facets":{},"facet_margins":{"f":1},"margins":{"m":1}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		quick, ok := quickScores(v)
		if !ok {
			return
		}
		var slow assessment.Scores
		if err := json.Unmarshal(v, &slow); err != nil {
			t.Fatalf("quickScores read %s, which encoding/json refuses: %v", v, err)
		}
		if !reflect.DeepEqual(quick, slow) {
			t.Fatalf("%s:\nquick %+v\n json %+v", v, quick, slow)
		}
	})
}

func FuzzQuickString(f *testing.F) {
	for _, s := range []string{`"plain"`, `"a \"quoted\" note\nline two"`, `"\u00e9\ud83d\ude00"`, `"\/"`, `"\x41"`, `"tab\there"`, `"\ud800"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		quick, ok := quickString(v)
		if !ok {
			return
		}
		var slow string
		if err := json.Unmarshal(v, &slow); err != nil {
			t.Fatalf("quickString read %s, which encoding/json refuses: %v", v, err)
		}
		if quick != slow {
			t.Fatalf("%s: quick %q, json %q", v, quick, slow)
		}
	})
}
