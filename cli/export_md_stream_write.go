package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// write writes the report of the check-ins added, as writeReport writes
// it of them; last is the latest whole (with its facets).
func (s *reportStream) write(out io.Writer, last assessment.CheckIn) error {
	w := safeWriter{out}
	q := s.current
	r := report{w: w, current: q, answered: s.answered}
	fmt.Fprint(w, "# Leadership check-ins\n\n")
	if s.n == 0 {
		fmt.Fprint(w, "No check-ins yet.\n")
		return nil
	}
	rel, res := q.RelationshipsDimension(), q.ResultsDimension()
	when := fmt.Sprintf("%s from %s to %s", checkIns(s.n), day(s.first), day(last))
	if s.n == 1 {
		when = "One check-in, on " + day(s.first)
	}
	fmt.Fprintf(w, "%s. Each scores %s and %s from 0 to 100; the balance is %s minus %s, from −100 to +100.\n",
		when, rel.Name, res.Name, res.ID, rel.ID)
	var prev *assessment.CheckIn
	if s.n > 1 {
		prev = &s.prev
	}
	r.latestOf(last, prev)
	fmt.Fprintf(w, "\n## All check-ins\n\n| Date | %s | %s | Balance | Profile | Data quality |\n| --- | ---: | ---: | --- | --- | --- |\n",
		cell(rel.Name), cell(res.Name))
	// The rows and notes were made safe as they were written.
	if _, err := s.rows.WriteTo(out); err != nil {
		return err
	}
	if len(s.trapDays) > 0 {
		fmt.Fprintf(w, "\nThe trap of this stage (results ahead by more than the margin while relationships are low or reliably falling) shows on %s.\n",
			strings.Join(s.trapDays, ", "))
	}
	s.trend(r)
	if err := s.commitments(out); err != nil {
		return err
	}
	fmt.Fprint(w, "\n## Notes and reflections\n")
	if !s.notesWritten {
		fmt.Fprint(w, "\nNo notes or reflections recorded yet.\n")
		return nil
	}
	_, err := s.notes.WriteTo(out)
	return err
}

// trend is report.trend of the points gathered.
func (s *reportStream) trend(r report) {
	rel, res := s.current.RelationshipsDimension(), s.current.ResultsDimension()
	trends := []assessment.Trend{assessment.FitTrend(s.points[0]), assessment.FitTrend(s.points[1])}
	sentence := assessment.TrendSentence(rel.ID, trends[0], res.ID, trends[1])
	fmt.Fprint(r.w, "\n## Trend\n\n")
	if s.leftOut > 0 {
		fmt.Fprintf(r.w, "%s with data-quality warnings left out of the slopes.\n\n", checkIns(s.leftOut))
	}
	if !trends[0].Valid && !trends[1].Valid {
		fmt.Fprintln(r.w, sentence)
		return
	}
	fmt.Fprint(r.w, "How each side moved (the least-squares slope in points per 30 days, with its 95% interval):\n\n")
	for i, d := range []assessment.Dimension{rel, res} {
		if tr := trends[i]; tr.Valid {
			fmt.Fprintf(r.w, "- %s: %s points per 30 days, %s\n", d.Name, assessment.SignedTenths(tr.Slope), tr.Claim())
		} else {
			fmt.Fprintf(r.w, "- %s: %s\n", d.Name, tr.Claim())
		}
	}
	fmt.Fprintf(r.w, "\n%s\n", sentence)
}
