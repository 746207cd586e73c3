package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// The forms of a check-in's steps: the review of a commitment, the
// reflection, the note, and picking and writing what to work on. Like
// forms.go, each is defined once for the screens and the accessible mode;
// the caller shows the context (the commitment, the questions drawn from
// the answers, the suggestions' reasons) around it.

// Limits of the text fields, in characters.
const (
	reflectionMaxChars = 2000
	noteMaxChars       = 1000
	reviewNoteMaxChars = 300
	// objectiveMaxChars is one sentence, with room to spare.
	objectiveMaxChars = 300
)

// ReviewAnswer is how one commitment went: its progress, empty when it is
// skipped (it is reviewed again next time), and an optional line.
type ReviewAnswer struct {
	Progress assessment.Progress
	Note     string
}

// reviewOptions are the answers to "how did it go?", numbered as their
// keys, then the skip.
var reviewOptions = []huh.Option[assessment.Progress]{
	huh.NewOption("1  Not started", assessment.NotStarted),
	huh.NewOption("2  Some progress", assessment.SomeProgress),
	huh.NewOption("3  Done", assessment.Done),
	huh.NewOption("Skip: review it next time", assessment.Progress("")),
}

// ReviewForm asks how one commitment went, then, unless it was skipped,
// for a line about it.
func ReviewForm(a *ReviewAnswer) *huh.Form {
	return huh.NewForm(
		huh.NewGroup(newSelect(reviewOptions, &a.Progress).Key("progress").Title("How did it go?")),
		huh.NewGroup(inputField(huh.NewInput().Key("review-note").Title("Anything to add?").
			Description("One line, optional; enter goes on.").
			Placeholder("e.g. did it twice, then the release took over").
			CharLimit(reviewNoteMaxChars), &a.Note)).
			WithHideFunc(func() bool { return a.Progress == "" }),
	)
}

// ReflectionForm asks what the person notices about how they led, with
// prompts drawn from their answers listed under the question.
func ReflectionForm(prompts []string, text *string) *huh.Form {
	return reflectionForm(prompts, text, reflectLines, 0)
}

// reflectionForm is ReflectionForm with a field the given lines high, for
// a screen short of room, and the prompts wrapped at spaces under their
// bullets to fit a form of width (none when 0).
func reflectionForm(prompts []string, text *string, height, width int) *huh.Form {
	var lines []string
	for _, p := range prompts {
		bullet := "• " + safe(p)
		if width > 0 {
			bullet = hanging("• ", p, lipgloss.NewStyle(), width-formFrame)
		}
		lines = append(lines, bullet)
	}
	if len(lines) > 0 {
		lines = append(lines, "") // a blank line sets the field apart
	}
	return huh.NewForm(huh.NewGroup(textField(huh.NewText().Key("reflection").
		Title("Looking back: what do you notice about how you led? (optional)").
		Description(strings.Join(lines, "\n")).
		Placeholder("e.g. I kept the one-to-ones but cut them short when the release slipped").
		CharLimit(reflectionMaxChars).Lines(height), text)))
}

// NoteForm asks for an optional note about the circumstances.
func NoteForm(text *string) *huh.Form { return noteForm(text, noteLines) }

// noteForm is NoteForm with a field the given lines high.
func noteForm(text *string, height int) *huh.Form {
	return huh.NewForm(huh.NewGroup(textField(huh.NewText().Key("note").
		Title("Anything to remember about this period? (optional)").
		Description("A line on what was going on helps when you look back.").
		Placeholder("e.g. a reorganisation, a new hire, a hard quarter").
		CharLimit(noteMaxChars).Lines(height), text)))
}

// FocusPickForm asks which suggestions to work on, one to three; picked
// holds their indexes. Each is numbered, as its key picks it.
func FocusPickForm(sugs []assessment.Suggestion, picked *[]int) *huh.Form {
	var options []huh.Option[int]
	for i, s := range sugs {
		options = append(options, huh.NewOption(fmt.Sprintf("%d  %s", i+1, safe(s.Facet.Name)), i))
	}
	return huh.NewForm(huh.NewGroup(huh.NewMultiSelect[int]().Key("pick").
		Title("Pick one to three things to work on until your next check-in.").
		Options(options...).Limit(assessment.MaxSuggestions).Filterable(false).Value(picked)))
}

// objectiveStem starts every objective, so the person finishes a sentence
// about something they will have done rather than restate the practice.
const objectiveStem = "By the next check-in I will "

// NewObjectives are the objectives' starting text, one per suggestion:
// the stem, for the person to finish.
func NewObjectives(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = objectiveStem
	}
	return out
}

// FocusWriteForm asks for an objective in the person's own words for
// each picked suggestion; objectives has one per suggestion.
func FocusWriteForm(sugs []assessment.Suggestion, picked []int, objectives []string) *huh.Form {
	return focusWriteForm(sugs, picked, objectives, 0)
}

// focusWriteForm is FocusWriteForm for a screen of width: each suggestion
// is broken at spaces beforehand, or huh would leave "check-" at the end
// of a line and "in" on the next. Width 0 leaves it whole, for the
// accessible mode, which has no lines to fit.
func focusWriteForm(sugs []assessment.Suggestion, picked []int, objectives []string, width int) *huh.Form {
	var fields []huh.Field
	for _, i := range picked {
		s := sugs[i]
		suggested := "Suggested: " + safe(s.Practice)
		if width > 0 {
			suggested = prewrap(suggested, width)
		}
		fields = append(fields, inputField(huh.NewInput().Key(objectiveKey(i)).Title(safe(s.Facet.Name)).
			Description(suggested).
			Placeholder(objectiveStem+lowerFirst(safe(s.Practice))).
			CharLimit(objectiveMaxChars), &objectives[i]))
	}
	return huh.NewForm(huh.NewGroup(fields...))
}

func objectiveKey(i int) string { return fmt.Sprintf("objective-%d", i) }

// Commitments are the picked suggestions with their objectives. An
// objective left empty, or as the stem alone, keeps the practice.
func Commitments(sugs []assessment.Suggestion, picked []int, objectives []string) []assessment.Commitment {
	var out []assessment.Commitment
	for _, i := range picked {
		s := sugs[i]
		// The field starts with the stem and its space, so a space typed
		// after it doubles; lists that show the objective unwrapped
		// would show both.
		obj := singleSpaced(objectives[i])
		if obj == "" || obj == strings.TrimSpace(objectiveStem) {
			obj = s.Practice
		}
		out = append(out, assessment.Commitment{Facet: s.Facet.ID, Item: s.Item.ID, Practice: s.Practice, Objective: obj})
	}
	return out
}

// singleSpaced is a one-line field's text with single spaces: a line
// field turns each pasted line break into a space, so a blank line
// between two pasted lines would leave two.
func singleSpaced(s string) string { return strings.Join(strings.Fields(s), " ") }
