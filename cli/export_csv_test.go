package cli

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// A check-in scored on a facet the current questionnaire lacks gets its
// column: the CSV read one check-in at a time starts again from whole
// records, and prints what they print.
func TestCSVWithAColumnOfItsOwn(t *testing.T) {
	db := yearDB(t)
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	last, err := s.Get(store.LatestRef)
	if err != nil {
		t.Fatal(err)
	}
	rec := assessment.NewCheckIn(q, last.Answers, assessment.Evaluate(q, last.Answers, nil), time.Date(2026, 11, 28, 17, 0, 0, 0, time.UTC), "")
	rec.Scores.Facets["candour"] = assessment.Scored(50)
	err = s.Save(&rec, q)
	var recs []assessment.CheckIn
	if err == nil {
		recs, err = s.List()
	}
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := writeCSV(&want, q, recs); err != nil {
		t.Fatal(err)
	}
	got := leadcheck(t, db, "", "export", "--format", "csv")
	header, _, _ := strings.Cut(got.stdout, "\r\n")
	if got.code != 0 || got.stdout != want.String() || !strings.Contains(header, ",candour,") {
		t.Errorf("exit %d, header %q; %d bytes, whole records give %d (first difference at byte %d)",
			got.code, header, len(got.stdout), want.Len(), firstDifference(got.stdout, want.String()))
	}
}

// The cells kept of numbers already written are those number writes:
// -0 and 0 apart, each value as often as it comes.
func TestCSVNumbersKeptAsWritten(t *testing.T) {
	tbl := newCSVTable(&bytes.Buffer{}, nil, nil)
	for _, v := range []float64{0, math.Copysign(0, -1), 66.66666666666666, 0, 66.66666666666666, -12.5} {
		s := assessment.Score{Value: v, Valid: true}
		if got, want := tbl.number(s), number(s); got != want {
			t.Errorf("%v: got %q, want %q", v, got, want)
		}
	}
	if got := tbl.number(assessment.Score{}); got != "" {
		t.Errorf("not scored: got %q, want an empty cell", got)
	}
}
