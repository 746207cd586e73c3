package cli

import (
	"io"
	"strings"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// The report heads each check-in's commitments and notes with its date;
// two check-ins of one day would have the same heading, so those get
// their time too, as the history does.

// headTime is the date of a heading with its time.
func headTime(d string, at time.Time) string { return d + " " + at.Format("15:04") }

// headLabels are report.commitments' and report.notes' headings of recs,
// in time order.
func headLabels(recs []assessment.CheckIn) []string {
	days := make([]string, len(recs))
	for i, rec := range recs {
		days[i] = day(rec)
	}
	out := make([]string, len(recs))
	for i, d := range days {
		out[i] = d
		if i > 0 && days[i-1] == d || i+1 < len(days) && days[i+1] == d {
			out[i] = headTime(d, recs[i].TakenAt)
		}
	}
	return out
}

// heads gives the stream's headings as headLabels does, though a
// check-in comes before the one after it is known: its note is held
// until then, and the heading of its commitments, kept as a string
// until the end, is changed if need be.
type heads struct {
	prevDay  string
	prevAt   time.Time
	prevMade int // index in madeDays of the heading of the one before, or -1
	held     bool
	d, note  string
	refl     string
}

// label is rec's heading, d its date; the one before gets its time
// when rec shares its day. The note held is written.
func (h *heads) label(s *reportStream, rec assessment.CheckIn, d string) string {
	label := d
	if h.prevDay != "" && d == h.prevDay {
		label = headTime(d, rec.TakenAt)
		if h.prevMade >= 0 {
			*s.madeDays.at(h.prevMade) = headTime(d, h.prevAt)
		}
		h.d = headTime(d, h.prevAt)
	}
	h.flush(s)
	h.prevDay, h.prevAt, h.prevMade = d, rec.TakenAt, -1
	if len(rec.Commitments) > 0 {
		h.prevMade = s.madeDays.n // where commit puts it
	}
	return label
}

// hold keeps rec's note and reflection until the next check-in.
func (h *heads) hold(rec assessment.CheckIn, label string) {
	h.held, h.d = true, label
	h.note, h.refl = strings.TrimSpace(rec.Note), strings.TrimSpace(rec.Reflection)
}

// flush writes the note held.
func (h *heads) flush(s *reportStream) {
	if h.held {
		s.note(h.d, h.note, h.refl)
		h.held, h.note, h.refl = false, "", ""
	}
}

// note keeps a check-in's note and reflection, trimmed, under d, for
// the end of the report. Their texts are the records' own, not copies
// (see store.ReportWalk): the report writes them within its read.
func (s *reportStream) note(d, note, refl string) {
	if note == "" && refl == "" {
		return
	}
	s.notesWritten = true
	s.notes.add(heldNote{d, note, refl})
}

// heldNote is a check-in's note and reflection and their heading.
type heldNote struct{ d, note, refl string }

// writeNotes writes the section's notes to w, made safe.
func (s *reportStream) writeNotes(w io.Writer) error {
	for n := range s.notes.all {
		io.WriteString(w, "\n### ")
		io.WriteString(w, n.d) // a date, which needs no making safe
		io.WriteString(w, "\n")
		if n.note != "" {
			quote(w, "Note", n.note)
		}
		if n.refl != "" {
			quote(w, "Reflection", n.refl)
		}
	}
	// The writer's first error sticks (a bufio.Writer's does): an empty
	// write tells it.
	_, err := w.Write(nil)
	return err
}
