package assessment

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
