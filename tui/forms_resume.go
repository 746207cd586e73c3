package tui

import (
	"fmt"

	"github.com/leadcheck/leadcheck/assessment"
)

// The words around ResumeForm, for the resume screen and the accessible
// mode alike: the question, what else to know about the draft, and the
// question before it is deleted.

// ResumeQuestion says what is unfinished, for ResumeForm's title; err is
// why the draft cannot be read, nil when it can.
func ResumeQuestion(d assessment.Draft, err error) string {
	if err != nil {
		return "You have an unfinished check-in, but it cannot be read."
	}
	started := d.StartedAt.Local().Format("Mon 2 Jan, 15:04")
	return fmt.Sprintf("You have an unfinished check-in from %s (%d of %d answered).", started, len(d.Answers), d.Items)
}

// ResumeNote is what else to know before choosing: why the draft cannot
// be resumed, or the date it is recorded for; "" when there is nothing.
// resumable is false for a draft answered with another questionnaire.
func ResumeNote(d assessment.Draft, err error, resumable bool) string {
	switch {
	case err != nil:
		return safe(err.Error()) + ". Discard it to start a new check-in."
	case !resumable:
		// The hash tells them apart, not the version: an edited
		// questionnaire may keep its version, and "another version" would
		// then name the one in use.
		return fmt.Sprintf("It was answered with the questionnaire %s version %d as it was then, and the one in use now differs, so it cannot be resumed here. "+
			"To finish it, run leadcheck with that questionnaire (--questions FILE); or discard it to start a new check-in.",
			safe(d.Questionnaire.ID), d.Questionnaire.Version)
	case !d.TakenAt.IsZero():
		return "It is recorded for " + d.TakenAt.Format("Mon 2 Jan 2006") + "."
	}
	return ""
}

// DiscardQuestion asks before draft d is deleted, for ConfirmForm.
func DiscardQuestion(d assessment.Draft) string {
	n := len(d.Answers)
	return fmt.Sprintf("Discard the unfinished check-in? Its %d %s will be deleted.", n, plural(n, "answer", "answers"))
}
