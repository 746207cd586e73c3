package cli

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/benchdata"
	"github.com/leadcheck/leadcheck/store"
)

// The report built as the check-ins come prints what writeReport prints
// of them all, in the corners of reviews: a commitment made twice in one
// check-in, reviewed twice by the same later one (the first review
// counts), reviewed by its own check-in and by an earlier one (neither
// counts), never reviewed, made at the latest; and for none, one or two
// check-ins.
func TestReportStreamPrintsWhatTheWholeReportPrints(t *testing.T) {
	q, f := sixCheckIns(t)
	recs := f.CheckIns
	c := assessment.Commitment{Facet: q.Facets[0].ID, Practice: "p", Objective: "o"}
	other := assessment.Commitment{Facet: "gone", Practice: "p2", Objective: ""}
	recs[1].Commitments = []assessment.Commitment{c, c, other}
	recs[1].Reviews = []assessment.Review{{CheckIn: recs[1].ID, Commitment: c, Progress: assessment.Done}}
	recs[0].Reviews = []assessment.Review{{CheckIn: recs[1].ID, Commitment: c, Progress: assessment.Done}}
	recs[3].Reviews = []assessment.Review{
		{CheckIn: recs[1].ID, Commitment: c, Progress: assessment.SomeProgress, Note: " first\n note "},
		{CheckIn: recs[1].ID, Commitment: c, Progress: assessment.Done, Note: "second"},
	}
	recs[4].Reviews = []assessment.Review{{CheckIn: recs[1].ID, Commitment: c, Progress: assessment.Done}}
	recs[5].Commitments = []assessment.Commitment{c}
	// Texts the pieces written as they are must not hold: escapes,
	// controls, odd spaces, a pipe, invalid UTF-8.
	odd := assessment.Commitment{Facet: q.Facets[1].ID, Practice: "tab\there", Objective: "esc \x1b[31mred"}
	recs[2].Commitments = []assessment.Commitment{odd, {Facet: "x", Practice: "bad \xff byte", Objective: "fine"}}
	recs[2].Note, recs[2].Reflection = "line one\r\n  two  \n\n\tthree \u00a0", "\x1b]8;;x\x07link"
	recs[2].Profile = &assessment.ProfileRef{ID: "p", Name: "a | b\x1b[1m  c"}
	recs[3].Note = "one\n\n  two\u2028three"
	// Two check-ins of one day, both with commitments: headed with their
	// times.
	recs[2].TakenAt = recs[1].TakenAt.Add(time.Hour)
	sameDay := []string{
		"### Made on " + headTime(day(recs[1]), recs[1].TakenAt) + "\n",
		"### Made on " + headTime(day(recs[2]), recs[2].TakenAt) + "\n",
		"### " + headTime(day(recs[2]), recs[2].TakenAt) + "\n",
	}
	recs[4].Reviews = append(recs[4].Reviews,
		assessment.Review{CheckIn: recs[2].ID, Commitment: odd, Progress: "odd\x1b[2J", Note: "  a  b\u00a0c "},
		assessment.Review{CheckIn: recs[2].ID, Commitment: recs[2].Commitments[1], Progress: assessment.Done, Note: "x\ty"})
	for _, n := range []int{0, 1, 2, len(recs)} {
		part := store.ExportFile{CheckIns: recs[:n], Questionnaires: f.Questionnaires}
		var whole, streamed bytes.Buffer
		if err := writeReport(&whole, q, part); err != nil {
			t.Fatal(err)
		}
		rs := newReportStream(q)
		for _, aq := range f.Questionnaires {
			rs.answer(aq)
		}
		e := store.ReportEnds{Any: n > 0, HasPrev: n > 1}
		if n > 0 {
			e.First, e.Last = recs[0], recs[n-1]
		}
		if n > 1 {
			e.Prev = recs[n-2]
		}
		rs.start(&streamed, e)
		for i, rec := range part.CheckIns {
			if i == n/2 && n > 0 {
				rs.counted(n) // rows before the count are held, then written
			}
			rs.add(rec)
		}
		if err := rs.end(); err != nil {
			t.Fatal(err)
		}
		if whole.String() != streamed.String() {
			t.Errorf("%d check-ins: the report as they come differs:\n%s\nfrom the whole one:\n%s", n, streamed.String(), whole.String())
		}
		for _, h := range sameDay {
			if n == len(recs) && !strings.Contains(streamed.String(), h) {
				t.Errorf("two check-ins of one day are not headed with their times (%q):\n%s", h, streamed.String())
			}
		}
		if n == len(recs) && !strings.Contains(streamed.String(), "“first note”") {
			t.Errorf("the first review of the commitment made twice is not the one shown:\n%s", streamed.String())
		}
	}
}

// Check-ins answered with another questionnaire, given as the first of
// them comes, name their facets as it does, however the questionnaires
// alternate.
func TestReportStreamNamesEachCheckInsQuestionnaire(t *testing.T) {
	q, f := sixCheckIns(t)
	older := *q
	older.Hash = "older"
	older.Facets = slices.Clone(q.Facets)
	older.Facets[0].Name = "Facet as it was named"
	recs := f.CheckIns
	c := assessment.Commitment{Facet: q.Facets[0].ID, Practice: "p", Objective: "o"}
	for i := range recs {
		recs[i].Commitments = []assessment.Commitment{c}
		if i == 1 || i == 2 || i == 4 {
			recs[i].Questionnaire.Hash = older.Hash
		}
	}
	var whole, streamed bytes.Buffer
	if err := writeReport(&whole, q, store.ExportFile{CheckIns: recs, Questionnaires: []*assessment.Questionnaire{&older}}); err != nil {
		t.Fatal(err)
	}
	rs := newReportStream(q)
	rs.start(&streamed, store.ReportEnds{Any: true, HasPrev: true, First: recs[0], Last: recs[5], Prev: recs[4]})
	rs.counted(len(recs))
	for i, rec := range recs {
		if i == 1 {
			rs.answer(&older)
		}
		rs.add(rec)
	}
	if err := rs.end(); err != nil {
		t.Fatal(err)
	}
	if whole.String() != streamed.String() {
		t.Errorf("the report as they come differs:\n%s\nfrom the whole one:\n%s", streamed.String(), whole.String())
	}
	if n := strings.Count(streamed.String(), "(Facet as it was named"); n != 3 {
		t.Errorf("%d commitments named by the older questionnaire, want 3:\n%s", n, streamed.String())
	}
}

// sixCheckIns is the export of six generated check-ins, and their
// questionnaire.
func sixCheckIns(t *testing.T) (*assessment.Questionnaire, store.ExportFile) {
	t.Helper()
	q, err := benchdata.Questionnaire()
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "history.db")
	if err := benchdata.Fill(db, q, 6); err != nil {
		t.Fatal(err)
	}
	s, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	f, err := s.Export(version())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	return q, f
}
