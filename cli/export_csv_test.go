package cli

import (
	"bytes"
	"encoding/csv"
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

// csvByEncoding is what encoding/csv's Writer with CRLF line ends writes
// for one record.
func csvByEncoding(t testing.TB, cells ...string) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	if err := w.Write(cells); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	return b.String()
}

// A cell is written as encoding/csv writes it: plain, quoted for a comma,
// a quote, a line break, \. or a leading space of any kind.
func TestCSVCellIsEncodingCSV(t *testing.T) {
	for _, s := range []string{"", "plain", "a,b", `say "hi"`, "two\nlines", "cr\ronly", "crlf\r\n", `\.`, `\.x`,
		" lead", "\tlead", "\u00a0nbsp", "\u2003em", "trail ", "é", "'=1", `"`, "\r", "\n"} {
		if got, want := string(appendCSVCell(nil, s))+"\r\n", csvByEncoding(t, s); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

func FuzzCSVCell(f *testing.F) {
	for _, s := range []string{"", "a,b", `"q"`, "x\r\ny", " s", `\.`, "\u0085next"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendCSVCell(nil, s))+"\r\n", csvByEncoding(t, s); got != want {
			t.Fatalf("%q: %q, want %q", s, got, want)
		}
	})
}

// The table's rows are what encoding/csv writes for their cells, with
// profiles and warnings that need quoting and with scores missing.
func TestCSVTableIsEncodingCSV(t *testing.T) {
	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.FixedZone("", -5*3600))
	sums := []assessment.Summary{
		{ID: "20261129-140000-1", TakenAt: at, Dimensions: map[string]assessment.Score{"rel": assessment.Scored(58.333333333333336)},
			Balance: assessment.Scored(-12.5), Facets: map[string]assessment.Score{"trust": assessment.Scored(0)},
			Profile: &assessment.ProfileRef{Name: `Lead, "care"`}, WarningCodes: []string{"too-fast", "a,b"}},
		{ID: "20261129-140000-2", TakenAt: at, Profile: &assessment.ProfileRef{Name: " =sum"}},
		{ID: "20261129-140000-3", TakenAt: at.UTC(), Dimensions: map[string]assessment.Score{"res": assessment.Scored(100)}},
	}
	var got bytes.Buffer
	tab := newCSVTable(&got, []string{"rel", "res"}, []string{"trust"})
	want := csvByEncoding(t, "id", "date", "rel", "res", "balance", "trust", "profile", "warnings")
	for _, s := range sums {
		tab.row(s)
		profile := ""
		if s.Profile != nil {
			profile = textCell(s.Profile.Name)
		}
		want += csvByEncoding(t, textCell(s.ID), s.TakenAt.Format(time.RFC3339), number(s.Dimensions["rel"]), number(s.Dimensions["res"]),
			number(s.Balance), number(s.Facets["trust"]), profile, textCell(codeList(s.WarningCodes, ";")))
	}
	if err := tab.flush(); err != nil || got.String() != want {
		t.Errorf("table (%v):\n%q\nwant\n%q", err, got.String(), want)
	}
}
