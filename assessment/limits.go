package assessment

import "fmt"

// Input limits. Every file leadcheck reads from a user has a size and a
// depth, so a wrong or hostile file costs a message, never the machine.
// The README's "Limits" section lists these figures; keep it in step.
const (
	// MaxAnswersBytes bounds an answers file. A full check-in with a long
	// note and reflection is a few kilobytes; 512 KiB leaves room for
	// pages of prose and still reads in a blink.
	MaxAnswersBytes = 512 << 10

	// MaxQuestionnaireBytes bounds a questionnaire file. The built-in one
	// is about 15 KB; 1 MiB allows a questionnaire many times larger,
	// with long descriptions, in several languages' worth of text.
	MaxQuestionnaireBytes = 1 << 20

	// MaxSettingsBytes bounds the settings file, which holds a couple of
	// short lines (the cadence, the theme).
	MaxSettingsBytes = 64 << 10

	// MaxNesting is how deep lists and mappings may sit inside each other,
	// counting bracket levels and indentation levels together. The
	// formats need about five (questionnaire, items, item, practices);
	// twenty leaves room for JSON written with indentation, which counts
	// each level twice, while the YAML reader's cost, which grows with
	// the square of the depth, stays negligible.
	MaxNesting = 20

	// MaxAliases bounds YAML aliases (*name). Each alias repeats its
	// anchored value when the file is decoded, so unbounded aliases can
	// make a small file expand without limit ("billion laughs"); neither
	// format needs more than a handful.
	MaxAliases = 16
)

// SizeText writes a byte count the way the README does: 512 KiB, 1 MiB.
func SizeText(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
