package store

import (
	"strconv"

	"github.com/leadcheck/leadcheck/assessment"
)

// knownText holds what a walk over many summaries reads again and again:
// the ids of the scores and the numbers' texts, each with its value.
// Ten thousand summaries of ten scores each repeat a few hundred numbers
// and ten names, and parsing each number and copying each name anew was
// most of the time a table of scores took to read them.
type knownText struct {
	names   map[string]string
	numbers map[string]float64
}

// name is id as a string, the same string each time.
func (k *knownText) name(id []byte) string {
	if s, ok := k.names[string(id)]; ok {
		return s
	}
	if k.names == nil {
		k.names = map[string]string{}
	}
	s := string(id)
	k.names[s] = s
	return s
}

// number is the value of the number text b, parsed once; false when it
// does not parse.
func (k *knownText) number(b []byte) (float64, bool) {
	if v, ok := k.numbers[string(b)]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return 0, false
	}
	if k.numbers == nil {
		k.numbers = map[string]float64{}
	}
	if len(k.numbers) < maxKnownNumbers {
		k.numbers[string(b)] = v
	}
	return v, true
}

// maxKnownNumbers bounds what knownText keeps: imported check-ins may
// have scores of any value.
const maxKnownNumbers = 4096

// codeText is code as a string, without a copy when it is one of the
// codes leadcheck gives: a list of ten thousand mostly repeats them.
func codeText(code []byte) string {
	for _, c := range givenCodes {
		if string(code) == c {
			return c
		}
	}
	return string(code)
}

var givenCodes = []string{assessment.WarnTooFast, assessment.WarnStraightLining, assessment.WarnLowSpread,
	assessment.WarnAcquiescence, assessment.WarnNaySaying, assessment.WarnSelectiveSkipping}
