package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
)

// owed is a commitment of the report's section on commitments, kept as
// the pieces of its line (its texts are the check-in's, not copies), the
// check-in it was made in and whether it is the first made there, and,
// once a later one reviewed it, the pieces of its outcome. Held to the
// end of the walk, whole commitments, and then their lines as text, were
// the most of the report's memory.
type owed struct {
	obj, facet, suggested string // suggested is empty when not shown
	// revDay is the day of the check-in that reviewed it, revNote the
	// review's note, trimmed, and outcome what the review said: see
	// outcomeOf.
	revDay, revNote string
	at              int32
	outcome         uint8
	// first says it is the first made at its check-in, whose day is the
	// next of madeDays.
	first, rawPrefix bool
}

// What an owed commitment's outcome is: not reviewed (yet), one of the
// progresses leadcheck writes, or a text kept apart (outcomeText) for a
// review whose words need making safe.
const (
	notReviewed uint8 = iota
	outcomeText       = uint8(len(progresses) + 1)
)

// progresses are the progresses an outcome names by their place.
var progresses = [...]assessment.Progress{assessment.Done, assessment.SomeProgress, assessment.NotStarted}

// outcomeOf is the place of p in progresses, counted from one; zero when
// it is none of them.
func outcomeOf(p assessment.Progress) uint8 {
	for i, known := range progresses {
		if p == known {
			return uint8(i + 1)
		}
	}
	return notReviewed
}

// rawLine is a commitment's line whose text making it safe changed: it is
// made safe whole when written, with its outcome, as writeReport does, for
// an escape left open in it would reach into the outcome.
type rawLine struct{ prefix, outcome string }

// commit writes rec's commitments up to their outcomes and keeps them
// waiting for a review. A line whose pieces need no making safe is
// written piece by piece, as the whole would be written unchanged.
func (s *reportStream) commit(rec assessment.CheckIn, d string) {
	q := s.questionnaire(rec)
	s.latest.moveTo(s.pending)
	for j, c := range rec.Commitments {
		o := owed{at: int32(s.n - 1), obj: objective(c), facet: facetName(q, c), suggested: inline(c.Practice)}
		if j == 0 {
			o.first = true
			s.madeDays.add(d) // a date, which needs no making safe
		}
		if o.suggested == o.obj {
			o.suggested = ""
		}
		if !plain(o.obj) || !plain(o.facet) || !plain(o.suggested) {
			o.rawPrefix = true
			s.raw[s.owed.n] = &rawLine{prefix: "- " + o.obj + " (" + source(q, c) + ")\n  "}
		}
		s.latest.add(reviewed{rec.ID, c}, s.owed.n)
		s.owed.add(o)
	}
}

// waiting are the commitments, by their place in owed, that one review
// would settle: nearly always one.
type waiting struct {
	first int
	more  []int
}

// settle gives the outcome of the review rv, at a check-in of day d, to
// the commitments waiting for it: its pieces when they need no making
// safe, else its text made safe.
func (s *reportStream) settle(w waiting, d string, rv assessment.Review) {
	var whole string // the outcome, made only when it is needed whole
	note := strings.TrimSpace(rv.Note)
	kind := outcomeOf(rv.Progress)
	if kind == notReviewed || !oneSpaced(note) || !plain(note) {
		kind = outcomeText
	}
	for n := -1; n < len(w.more); n++ {
		i := w.first
		if n >= 0 {
			i = w.more[n]
		}
		o := s.owed.at(i)
		if o.rawPrefix {
			if whole == "" {
				whole = reviewOutcome(d, rv)
			}
			s.raw[i].outcome = whole
			continue
		}
		o.outcome = kind
		if kind == outcomeText {
			s.outcomes[i] = safetext.Text(reviewOutcome(d, rv) + "\n")
			continue
		}
		o.revDay, o.revNote = d, note
	}
}

// writeOutcome writes the outcome of o, the i'th owed, and a newline to
// out, as reviewOutcome words it, made safe.
func (s *reportStream) writeOutcome(out io.Writer, o *owed, i int) {
	if o.outcome == outcomeText {
		io.WriteString(out, s.outcomes[i])
		return
	}
	io.WriteString(out, "Reviewed on ")
	io.WriteString(out, o.revDay)
	io.WriteString(out, ": ")
	io.WriteString(out, progresses[o.outcome-1].Words())
	io.WriteString(out, ".")
	if o.revNote != "" {
		io.WriteString(out, " “")
		io.WriteString(out, o.revNote)
		io.WriteString(out, "”")
	}
	io.WriteString(out, "\n")
}

// plain reports whether safetext.Text leaves s as it is: then s written
// beside other such text is the whole made safe. Printable ASCII, nearly
// every text, is known so without safetext's walk rune by rune.
func plain(s string) bool {
	if printableASCII(s) {
		return true
	}
	return safetext.Text(s) == s
}

// printableASCII reports whether every byte of s is from space to '~',
// eight bytes at a time: thousands of commitments' texts are checked.
func printableASCII(s string) bool {
	const ones, highs, space = 0x0101010101010101, 0x8080808080808080, 0x20 * 0x0101010101010101
	i := 0
	for ; i+8 <= len(s); i += 8 {
		_ = s[i+7]
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// With no high bit set, adding one to each byte carries into no
		// other, and sets a high bit only where the byte was DEL; a byte
		// below space borrows into its own high bit alone.
		if x&highs != 0 || (x+ones)&highs != 0 || (x-space)&^x&highs != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// oneSpaced reports whether s, of ASCII, is as strings.Fields and a
// join with single spaces would leave it; false leaves it to them.
func oneSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// commitments is report.commitments of the check-ins added. A line whose
// pieces need no making safe is written piece by piece, as the whole
// would be written unchanged.
func (s *reportStream) commitments(out io.Writer) error {
	w := safeWriter{out}
	fmt.Fprint(w, "\n## Commitments and how they went\n")
	made := 0
	for i := range s.owed.n {
		o := s.owed.at(i)
		if o.first {
			io.WriteString(out, "\n### Made on ")
			io.WriteString(out, *s.madeDays.at(made))
			io.WriteString(out, "\n\n")
			made++
		}
		if !o.rawPrefix {
			io.WriteString(out, "- ")
			io.WriteString(out, o.obj)
			io.WriteString(out, " (")
			io.WriteString(out, o.facet)
			if o.suggested != "" {
				io.WriteString(out, "; suggested: ")
				io.WriteString(out, o.suggested)
			}
			io.WriteString(out, ")\n  ")
		}
		outcome := ""
		if o.rawPrefix {
			outcome = s.raw[i].outcome
		} else if o.outcome != notReviewed {
			s.writeOutcome(out, o, i)
			continue
		}
		switch {
		case outcome != "":
		case int(o.at) == s.n-1:
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
	if s.owed.n == 0 {
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
