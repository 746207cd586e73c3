package tui

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// The forms outside a check-in: a yes-or-no question, the cadence, the
// first run and what to do with an unfinished check-in. Each is defined
// once, bound to plain values, for the screens and for the accessible mode
// (RunFormAccessible). The field keys name the fields for the screens,
// which add shortcuts to some of them. Text from outside the program is
// made safe here, as huh's accessible prompts print it as it is.

// ConfirmForm asks a yes-or-no question: yes and no name the two answers
// ("Leave", "Stay"), and answer is true for yes. It starts on what answer
// holds, so enter alone keeps it.
func ConfirmForm(question, yes, no string, answer *bool) *huh.Form {
	return huh.NewForm(huh.NewGroup(
		huh.NewConfirm().Key("confirm").Title(question).Affirmative(yes).Negative(no).
			WithButtonAlignment(lipgloss.Left).Value(answer),
	))
}

// cadenceChoices are the quick choices: weekly to quarterly, the rhythms
// people plan in. Anything else between a week and a year is typed.
var cadenceChoices = []assessment.Cadence{{Days: 7}, {Days: 14}, {Days: 28}, {Days: 42}, {Days: 56}, {Days: 84}}

// CadenceAnswer is what the cadence form fills in: a quick choice in
// days, or 0 and another cadence typed in Other ("10d", "3w").
type CadenceAnswer struct {
	Days  int
	Other string
}

// NewCadenceAnswer starts the form on the cadence in use.
func NewCadenceAnswer(current assessment.Cadence) CadenceAnswer {
	if slices.Contains(cadenceChoices, current) {
		return CadenceAnswer{Days: current.Days}
	}
	return CadenceAnswer{Other: current.String()}
}

// Cadence is the cadence chosen; an Other that does not read as one is an
// error saying how to write it.
func (a CadenceAnswer) Cadence() (assessment.Cadence, error) {
	if a.Days > 0 {
		return assessment.Cadence{Days: a.Days}, nil
	}
	return assessment.ParseCadence(a.Other)
}

// CadenceForm asks how often to check in: a quick choice, or "other",
// which then asks for the number of days or weeks and checks it.
func CadenceForm(a *CadenceAnswer) *huh.Form {
	options := cadenceOptions()
	options = append(options, huh.NewOption("other: a number of days or weeks", 0))
	return huh.NewForm(
		huh.NewGroup(newSelect(options, &a.Days).Key("cadence").Title("How often do you want to check in?")),
		huh.NewGroup(inputField(huh.NewInput().Key("other").Title("Every how many days or weeks?").
			Description(fmt.Sprintf("Days or weeks, e.g. 10d or 3w (%d days to a year).", assessment.MinCadenceDays)).
			Placeholder("e.g. 10d or 3w").CharLimit(16).Validate(func(s string) error {
			_, err := assessment.ParseCadence(s)
			return err
		}), &a.Other)).WithHideFunc(func() bool { return a.Days != 0 }),
	)
}

// newSelect is a list of options bound to value. The options are set
// while a stand-in holding the first is bound: huh scrolls the list to the
// option bound when the options are set, which would hide the top of a
// list shown whole.
func newSelect[T comparable](options []huh.Option[T], value *T) *huh.Select[T] {
	first := options[0].Value
	return huh.NewSelect[T]().Value(&first).Options(options...).Value(value)
}

func cadenceOptions() []huh.Option[int] {
	var out []huh.Option[int]
	for _, c := range cadenceChoices {
		words := c.Words()
		if c == assessment.DefaultCadence {
			words += " (default)"
		}
		out = append(out, huh.NewOption(words, c.Days))
	}
	return out
}

// FirstRunAnswer is what the first-run form fills in: the cadence in
// days, the theme, and whether to take the first check-in now.
type FirstRunAnswer struct {
	Days     int
	Theme    string
	StartNow bool
}

// themeChoices are the themes, in the words the first run offers them.
var themeChoices = []huh.Option[string]{
	huh.NewOption("auto: follow the terminal", "auto"),
	huh.NewOption("dark", "dark"),
	huh.NewOption("light", "light"),
	huh.NewOption("none: no colour", "none"),
}

// startChoices are when to take the first check-in.
var startChoices = []huh.Option[bool]{
	huh.NewOption("now", true),
	huh.NewOption("later: show the home screen first", false),
}

// FirstRunForm asks what a new user should choose before the first
// check-in, each choice on one line: how often to check in, the colour
// theme, and whether to start now. All of them can be changed later.
func FirstRunForm(a *FirstRunAnswer) *huh.Form {
	return huh.NewForm(huh.NewGroup(
		newSelect(cadenceOptions(), &a.Days).Key("cadence").Title("Check in").Inline(true),
		newSelect(themeChoices, &a.Theme).Key("theme").Title("Colours").Inline(true),
		newSelect(startChoices, &a.StartNow).Key("start").Title("First check-in").Inline(true),
	))
}

// What to do with an unfinished check-in (ResumeForm).
const (
	ResumeDraft  = "resume"
	DiscardDraft = "discard"
	KeepDraft    = "back"
)

// ResumeForm asks what to do with an unfinished check-in, described by
// question ("You have an unfinished check-in from ..."): resume it (when
// it can be), discard it, or leave it for now. choice is one of
// ResumeDraft, DiscardDraft or KeepDraft.
func ResumeForm(question string, canResume bool, choice *string) *huh.Form {
	var options []huh.Option[string]
	if canResume {
		options = append(options, huh.NewOption("Resume where you left off", ResumeDraft))
	}
	options = append(options,
		huh.NewOption("Discard it and start afresh", DiscardDraft),
		huh.NewOption("Not now", KeepDraft))
	return huh.NewForm(huh.NewGroup(
		newSelect(options, choice).Key("resume").Title(safe(question)),
	))
}
