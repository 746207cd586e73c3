package tui

import (
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestPicksLines(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string // nil: the line does not fit
	}{
		{"1 3", []string{"1", "3", "0"}},
		{"3,1", []string{"3", "1", "0"}},
		{" 2 ,  5 ", []string{"2", "5", "0"}},
		{"1 1", []string{"1", "0"}},
		{"", []string{"0"}},
		{"0", []string{"0"}},
		{"1 2 3", []string{"1", "2", "3", "0"}},
		{"1 2 3 4", nil}, // more than the limit of 3
		{"6", nil},       // 5 options
		{"0 1", nil},
		{"one", nil},
		{"-1", nil},
	} {
		got, ok := picks(tc.line, 5, 3)
		if ok != (tc.want != nil) || ok && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("picks(%q) = %q, %v; want %q", tc.line, got, ok, tc.want)
		}
	}
}

// Every pick on one line, as the README promises; a line that does not
// fit says how to write one, asks again and reads the next; huh's list
// is shown once.
func TestAccessiblePicksOnOneLine(t *testing.T) {
	sugs := []assessment.Suggestion{{Facet: assessment.Facet{Name: "Trust"}},
		{Facet: assessment.Facet{Name: "Growth"}}, {Facet: assessment.Facet{Name: "Focus"}}}
	var out strings.Builder
	in := piped("7\n1 3\nnext\n")
	var picked []int
	run := AccessibleRunner{In: in, Out: &out, Rules: []AccessibleRule{PicksOnOneLine(len(sugs), assessment.MaxSuggestions)}}
	if err := run.Run(FocusPickForm(sugs, &picked)); err != nil {
		t.Fatalf("%v; output:\n%s", err, out.String())
	}
	if want := []int{0, 2}; !reflect.DeepEqual(picked, want) {
		t.Errorf("picked %v, want %v", picked, want)
	}
	if rest, _ := in.ReadString('\n'); rest != "next\n" {
		t.Errorf("input left = %q", rest)
	}
	hint := "Please type up to 3 numbers from 1 to 3 on one line, e.g. 1 3, or 0 (or Enter) for none.\n"
	// huh's own prompt asks for one number and lists "0. Confirm
	// selection"; a line of picks is asked for instead, again after the hint.
	ask := "Your picks (numbers on one line, 0 or Enter for none): "
	for want, n := range map[string]int{hint: 1, "✓": 0, "Confirm selection": 0, "Select up to": 0,
		"Enter a number between": 0, ask: 2, hint + ask: 1} {
		if got := strings.Count(out.String(), want); got != n {
			t.Errorf("%q shown %d times, want %d:\n%s", want, got, n, out.String())
		}
	}
}

func TestAccessibleResumeLetters(t *testing.T) {
	for _, tc := range []struct {
		line      string
		canResume bool
		want      string
	}{
		{"r", true, ResumeDraft},
		{"R", true, ResumeDraft},
		{"d", true, DiscardDraft},
		{"3", true, KeepDraft},
		{"", true, ResumeDraft},
		{"d", false, DiscardDraft},
		{"", false, KeepDraft},
		{"r\n2", false, KeepDraft}, // r resumes nothing here: asked again
	} {
		choice := KeepDraft
		if tc.canResume {
			choice = ResumeDraft
		}
		run := AccessibleRunner{In: piped(tc.line + "\n"), Out: io.Discard, Rules: []AccessibleRule{ResumeLetters(tc.canResume)}}
		if err := run.Run(ResumeForm("Unfinished.", tc.canResume, &choice)); err != nil || choice != tc.want {
			t.Errorf("%q (can resume %v): %q, %v; want %q", tc.line, tc.canResume, choice, err, tc.want)
		}
	}
}
