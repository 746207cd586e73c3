package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
)

// owed is a commitment of the report's section on commitments, kept as
// the offset in made where its outcome goes, the check-in it was made in
// and, once a later one reviewed it, where in said that outcome is. Its
// text is written as it comes rather than kept as the commitment: held
// to the end of the walk, those were the most of the report's memory.
type owed struct {
	end, at   int
	from, to  int // to is 0 until it is reviewed
	rawPrefix bool
}

// rawLine is a commitment's line whose text making it safe changed: it is
// made safe whole when written, with its outcome, as writeReport does, for
// an escape left open in it would reach into the outcome.
type rawLine struct{ prefix, outcome string }

// commit writes rec's commitments up to their outcomes and keeps them
// waiting for a review.
func (s *reportStream) commit(rec assessment.CheckIn, d string) {
	q := s.questionnaire(rec)
	s.made.WriteString(safetext.Text("\n### Made on " + d + "\n\n"))
	for _, c := range rec.Commitments {
		o := owed{at: s.n - 1}
		if p := "- " + objective(c) + " (" + source(q, c) + ")\n  "; safetext.Text(p) == p {
			s.made.WriteString(p)
		} else {
			o.rawPrefix = true
			s.raw[len(s.owed)] = &rawLine{prefix: p}
		}
		o.end = s.made.Len()
		k := reviewed{rec.ID, c}
		s.pending[k] = append(s.pending[k], len(s.owed))
		s.owed = append(s.owed, o)
	}
}

// settle gives the outcome o to the commitments waiting at i.
func (s *reportStream) settle(waiting []int, o string) {
	for _, i := range waiting {
		if s.owed[i].rawPrefix {
			s.raw[i].outcome = o
			continue
		}
		s.owed[i].from = s.said.Len()
		s.said.WriteString(safetext.Text(o + "\n"))
		s.owed[i].to = s.said.Len()
	}
}

// commitments is report.commitments of the check-ins added.
func (s *reportStream) commitments(out io.Writer) error {
	w := safeWriter{out}
	fmt.Fprint(w, "\n## Commitments and how they went\n")
	pos := 0
	for i, o := range s.owed {
		if err := s.made.writeRange(out, pos, o.end); err != nil {
			return err
		}
		pos = o.end
		outcome := ""
		if o.rawPrefix {
			outcome = s.raw[i].outcome
		} else if o.to > 0 {
			if err := s.said.writeRange(out, o.from, o.to); err != nil {
				return err
			}
			continue
		}
		switch {
		case outcome != "":
		case o.at == s.n-1:
			outcome = "To be reviewed at the next check-in."
		default:
			outcome = "Not reviewed at a later check-in."
		}
		if o.rawPrefix {
			outcome = s.raw[i].prefix + outcome
		}
		if _, err := io.WriteString(w, outcome+"\n"); err != nil {
			return err
		}
	}
	if len(s.owed) == 0 {
		fmt.Fprint(w, "\nNo commitments recorded yet.\n")
	}
	return nil
}

// reviewOutcome is how a review at a check-in of day d says a
// commitment went.
func reviewOutcome(d string, rv assessment.Review) string {
	o := "Reviewed on " + d + ": " + rv.Progress.Words() + "."
	if note := strings.TrimSpace(rv.Note); note != "" {
		o += " “" + strings.Join(strings.Fields(note), " ") + "”"
	}
	return o
}
