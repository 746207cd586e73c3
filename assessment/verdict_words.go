package assessment

import "strings"

// Words for a change's verdict and a data-quality warning, kept in one
// place so the compare screen, the accessible sentences, the history and
// the Markdown report name each the same way. JSON and the CSV keep the
// codes, which scripts match on.

// Words is the verdict as a person reads it: "reliable improvement",
// "within noise" or "reliable decline".
func (v Verdict) Words() string {
	switch v {
	case Improved:
		return "reliable improvement"
	case Declined:
		return "reliable decline"
	}
	return "within noise"
}

// warningNames are the short names of the data-quality warnings, the
// words the README uses for them.
var warningNames = map[string]string{
	WarnStraightLining:    "same answer in a row",
	WarnLowSpread:         "answers barely vary",
	WarnAcquiescence:      "agreeing with opposites",
	WarnNaySaying:         "disagreeing with opposites",
	WarnTooFast:           "answered fast",
	WarnSelectiveSkipping: "selective skipping",
}

// WarningName is a data-quality warning's code in words: "same answer in
// a row" for straight-lining. A code this version does not know (from a
// newer leadcheck) is given as it is.
func WarningName(code string) string {
	if n, ok := warningNames[code]; ok {
		return n
	}
	return code
}

// WarningNames are the names of codes, in their order.
func WarningNames(codes []string) []string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = WarningName(c)
	}
	return names
}

// FlaggedWords warns, in the one sentence the compare screen and the
// accessible comparison share, when either of two check-ins carries a
// data-quality warning: a change measured against careless answers says
// little. It is empty when neither does.
func FlaggedWords(from, to CheckIn) string {
	var which []string
	for _, c := range []struct {
		rec  CheckIn
		name string
	}{{from, "the earlier"}, {to, "the later"}} {
		if c.rec.Flagged() {
			names := WarningNames(WarningCodes(c.rec.Warnings))
			which = append(which, c.name+" one ("+strings.Join(names, ", ")+")")
		}
	}
	switch len(which) {
	case 0:
		return ""
	case 1:
		return "Data quality: " + which[0] + " was flagged, so read these changes with care."
	}
	return "Data quality: " + strings.Join(which, " and ") + " were flagged, so read these changes with care."
}
