package store

import (
	"reflect"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// scoresSeeds are the stored forms of scores, and near misses, in an
// order where each reuses maps the one before filled, and margins the
// one before read.
var scoresSeeds = []string{
	`{"dimensions":{"relationships":62.5,"results":null},"balance":-12.5,"facets":{"trust":33.333333333333336},"margins":{"balance":14.5},"facet_margins":{"trust":18.5}}`,
	`{"dimensions":null,"balance":null,"facets":null}`,
	`{"dimensions":{"a":1,"a":2},"balance":1e2,"facets":{}}`,
	`{"dimensions":{"a":-0.5E+3},"balance":0,"facets":{},"margins":null}`,
	`{"dimensions":{},"balance":0,"facets":{},"facet_margins":{"f":1},"margins":{"m":1}}`,
	`{"dimensions":{"relationships":62.5},"balance":1,"facets":{"trust":1},"margins":{"balance":14.5}}`,
	`{"dimensions":{"a\u0041":1},"balance":null,"facets":null}`,
	`{"dimensions":{"a":01},"balance":null,"facets":null}`,
	`{"dimensions":{"a":1},"balance":null,"facets":null} `,
	`{"dimensions":{"a":1},"balance":null,"facets":{"b":1e999}}`,
	`{"dimensions":{"relationships":62.5},"balance":1,"facets":{"trust":1},"margins":{"balance":"x"}}`,
	`{"dimensions":{},"balance":0,"facets":{},"margins":{"balance":14.5},"facet_margins":{"f":1}}`,
	`{"dimensions":{},"balance":0,"facets":{},"margins":{"balance":14.5},"facet_margins":{"f":x}}`,
	`{"dimensions":{},"balance":0,"facets":{},"margins":{"balance":14.5},"facet_margins":{"f":1}}`,
	`{"dimensions":{},"balance":0,"facets":{},"margins":{"balance":14.5}},"facet_margins":{"f":1}}`,
	`{"dimensions":{},"balance":0,"facets":{},"margins":null,"facet_margins":{"f":1}}`,
	`{"dimensions":{},"balance":0,"facets":{},"margins":{"balance":14.5},"facet_margins":{"f":1,"g":2}}`,
}

// The scores doctor reads into maps it keeps are what quickScores reads
// into new ones, whatever was read before.
func TestDoctorScoresReadWhatQuickScoresReads(t *testing.T) {
	var ar answersReader
	for range 2 {
		for _, in := range scoresSeeds {
			sameScoresRead(t, &ar, []byte(in))
		}
	}
}

func FuzzDoctorScores(f *testing.F) {
	for _, s := range scoresSeeds {
		f.Add([]byte(s))
	}
	var ar answersReader // one for every input, as one goroutine of doctor reads them
	f.Fuzz(func(t *testing.T, v []byte) { sameScoresRead(t, &ar, v) })
}

func sameScoresRead(t *testing.T, ar *answersReader, v []byte) {
	t.Helper()
	want, wantOK := quickScores(v)
	var got assessment.Scores
	if ok := ar.scores(v, &got); ok != wantOK || ok && !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\nkept maps %+v, %v\nnew maps  %+v, %v", v, got, ok, want, wantOK)
	}
}
