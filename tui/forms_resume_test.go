package tui

import (
	"errors"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestResumeWords(t *testing.T) {
	d := assessment.Draft{Items: 24, Answers: assessment.Answers{"a": 4, "b": 2},
		StartedAt:     time.Date(2026, 11, 29, 9, 5, 0, 0, time.Local),
		Questionnaire: assessment.QuestionnaireRef{ID: "leadcheck-\x1b[31m", Version: 2}}
	backfilled := d
	backfilled.TakenAt = time.Date(2026, 10, 5, 12, 0, 0, 0, time.Local)
	one := d
	one.Answers = assessment.Answers{"a": 4}
	for _, tc := range []struct {
		name, got, want string
	}{
		{"question", ResumeQuestion(d, nil), "You have an unfinished check-in from Sun 29 Nov, 09:05 (2 of 24 answered)."},
		{"question, unreadable", ResumeQuestion(d, errors.New("bad")), "You have an unfinished check-in, but it cannot be read."},
		{"note, resumable", ResumeNote(d, nil, true), ""},
		{"note, back-filled", ResumeNote(backfilled, nil, true), "It is recorded for Mon 5 Oct 2026."},
		{"note, unreadable", ResumeNote(d, errors.New("draft.json is not JSON"), false),
			"draft.json is not JSON. Discard it to start a new check-in."},
		{"note, another questionnaire", ResumeNote(d, nil, false),
			"It was answered with the questionnaire leadcheck- version 2 as it was then, and the one in use now differs, so it cannot be resumed here. " +
				"To finish it, run leadcheck with that questionnaire (--questions FILE); or discard it to start a new check-in."},
		{"discard", DiscardQuestion(d), "Discard the unfinished check-in? Its 2 answers will be deleted."},
		{"discard one", DiscardQuestion(one), "Discard the unfinished check-in? Its 1 answer will be deleted."},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}
