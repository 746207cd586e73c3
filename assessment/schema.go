package assessment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxSourceLength bounds a reference's source: one line naming a sample
// ("calibrated on 42 people, 2026-11-30"), not a report.
const MaxSourceLength = 120

// referenceSource checks a dimension's reference source: missing or
// "assumed", or one line describing a calibration sample. Calibrated
// values must be written out, since the defaults were never measured.
func (v *validator) referenceSource(path string, d Dimension) {
	s := d.Reference.Source
	switch {
	case s == "" || s == SourceAssumed:
		return
	case strings.EqualFold(strings.TrimSpace(s), SourceAssumed):
		v.add(path+".reference.source", "dimension %q: write the reference source as %q, in lowercase, or describe the calibration sample", d.ID, SourceAssumed)
	case strings.TrimSpace(s) == "":
		v.add(path+".reference.source", "dimension %q: reference source is blank; write %q or describe the calibration sample, e.g. \"calibrated on 42 people, 2026-11-30\"", d.ID, SourceAssumed)
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		v.add(path+".reference.source", "dimension %q: reference source must be one line of plain text", d.ID)
	case utf8.RuneCountInString(s) > MaxSourceLength:
		v.add(path+".reference.source", "dimension %q: reference source is %d characters; keep it to %d, e.g. \"calibrated on 42 people, 2026-11-30\"", d.ID, utf8.RuneCountInString(s), MaxSourceLength)
	case d.Reference.SD == 0 || d.Reference.Reliability == 0:
		v.add(path+".reference", "dimension %q: the reference says it was %s, so give the sd and reliability measured there; without them the assumed defaults would pass as calibrated", d.ID, s)
	}
}

// notApplicable checks the scale's optional "did not come up" label.
func (v *validator) notApplicable(s Scale) {
	if s.NotApplicable != "" && strings.TrimSpace(s.NotApplicable) == "" {
		v.add("$.scale.not_applicable", "scale not_applicable is blank; give the label of the answer that is not scored, e.g. \"Did not come up\", or leave the key out")
	}
}
