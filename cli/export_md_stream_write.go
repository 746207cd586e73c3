package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// started reports whether start has run.
func (s *reportStream) started() bool { return s.out != nil }

// start takes the ends of the history and where the report goes. With
// no check-ins the report is whole at once; else its head waits for the
// count (counted), and the rows that come before it are held.
func (s *reportStream) start(out io.Writer, e store.ReportEnds) {
	s.out, s.direct, s.ends = safeWriter{out}, out, e
	if !e.Any {
		fmt.Fprint(s.out, "# Leadership check-ins\n\nNo check-ins yet.\n")
		s.counted(0)
	}
}

// counted writes what the report says before its rows, as writeReport
// writes it, now that it knows how many check-ins there are, then the
// rows held until now; later rows go straight out.
func (s *reportStream) counted(n int) {
	s.begun = true
	if n == 0 {
		return
	}
	for i := range s.points {
		s.points[i].Grow(n - s.points[i].Len())
	}
	w, e, q := s.out, s.ends, s.current
	rel, res := q.RelationshipsDimension(), q.ResultsDimension()
	when := fmt.Sprintf("%s from %s to %s", checkIns(n), day(e.First), day(e.Last))
	if n == 1 {
		when = "One check-in, on " + day(e.First)
	}
	fmt.Fprintf(w, "# Leadership check-ins\n\n%s. Each scores %s and %s from 0 to 100; the balance is %s minus %s, from −100 to +100.\n",
		when, inline(rel.Name), inline(res.Name), res.ID, rel.ID)
	var prev *assessment.CheckIn
	if e.HasPrev {
		prev = &e.Prev
	}
	r := report{w: w, current: q, answered: s.answered}
	r.latestOf(e.Last, prev)
	fmt.Fprintf(w, "\n## All check-ins\n\n| Date | %s | %s | Balance | Profile | Data quality |\n| --- | ---: | ---: | --- | --- | --- |\n",
		cell(rel.Name), cell(res.Name))
	s.held.WriteTo(s.direct) // made safe as they were written
	s.held = chunks{}
}

// end writes what follows the rows: the days of the trap, the trend, the
// commitments and the notes. Nothing follows when there were no
// check-ins.
func (s *reportStream) end() error {
	if s.n == 0 {
		return nil
	}
	w, out := s.out, s.direct // the text held was made safe as it was written
	s.heads.flush(s)
	if s.trapDays.n > 0 {
		days := make([]string, 0, s.trapDays.n)
		for d := range s.trapDays.all {
			days = append(days, *d)
		}
		fmt.Fprintf(w, "\nThe trap of this stage (results ahead by more than the margin while relationships are low or reliably falling) shows on %s.\n",
			strings.Join(days, ", "))
	}
	s.trend(w)
	if err := s.commitments(out); err != nil {
		return err
	}
	fmt.Fprint(w, "\n## Notes and reflections\n")
	if !s.notesWritten {
		fmt.Fprint(w, "\nNo notes or reflections recorded yet.\n")
		return nil
	}
	return s.writeNotes(out)
}

// trend is report.trend of the points gathered.
func (s *reportStream) trend(w io.Writer) {
	rel, res := s.current.RelationshipsDimension(), s.current.ResultsDimension()
	trends := []assessment.Trend{s.points[0].Fit(), s.points[1].Fit()}
	sentence := assessment.TrendSentence(rel.ID, trends[0], res.ID, trends[1])
	fmt.Fprint(w, "\n## Trend\n\n")
	if s.leftOut > 0 {
		fmt.Fprintf(w, "%s with data-quality warnings left out of the slopes.\n\n", checkIns(s.leftOut))
	}
	if !trends[0].Valid && !trends[1].Valid {
		fmt.Fprintln(w, sentence)
		return
	}
	fmt.Fprint(w, "How each side moved (the least-squares slope in points per 30 days, with its 95% interval):\n\n")
	for i, d := range []assessment.Dimension{rel, res} {
		if tr := trends[i]; tr.Valid {
			fmt.Fprintf(w, "- %s: %s points per 30 days, %s\n", inline(d.Name), assessment.SignedTenths(tr.Slope), tr.Claim())
		} else {
			fmt.Fprintf(w, "- %s: %s\n", inline(d.Name), tr.Claim())
		}
	}
	fmt.Fprintf(w, "\n%s\n", sentence)
}
