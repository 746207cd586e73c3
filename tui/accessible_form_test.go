package tui

import (
	"bufio"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/huh"
	"github.com/leadcheck/leadcheck/assessment"
)

// piped is input as a pipe gives it: one buffered reader for the run.
func piped(s string) *bufio.Reader { return bufio.NewReader(strings.NewReader(s)) }

// Several forms and several fields in a row over one input: every line
// reaches the prompt it was meant for, and what is left stays for the
// next prompt of the run.
func TestAccessibleFormsShareOneInput(t *testing.T) {
	in := piped("3\nRan two demos\n7\n10d\ny\nleft for the statements\n")
	var out strings.Builder
	review, cadence, leave := ReviewAnswer{}, CadenceAnswer{Days: 28}, false
	for _, f := range []*huh.Form{ReviewForm(&review), CadenceForm(&cadence), ConfirmForm("Leave?", "Leave", "Stay", &leave)} {
		if err := RunFormAccessible(f, in, &out); err != nil {
			t.Fatalf("%v; output:\n%s", err, out.String())
		}
	}
	if want := (ReviewAnswer{Progress: assessment.Done, Note: "Ran two demos"}); review != want {
		t.Errorf("review = %+v, want %+v", review, want)
	}
	if c, err := cadence.Cadence(); err != nil || c.Days != 10 {
		t.Errorf("cadence = %+v (%v), want 10 days", c, err)
	}
	if !leave {
		t.Error("leave = false, want the y typed")
	}
	if rest, _ := in.ReadString('\n'); rest != "left for the statements\n" {
		t.Errorf("input left = %q", rest)
	}
	for _, want := range []string{"How did it go?", "1. 1  Not started", "4. Skip: review it next time",
		"Anything to add?", "7. other: a number of days or weeks", "Every how many days or weeks?", "Leave? [y/N]"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// A group that an answer hides is not asked: a quick cadence needs no
// number of days, and a skipped commitment no note.
func TestAccessibleFormsPassOverHiddenGroups(t *testing.T) {
	for _, tc := range []struct {
		name, input, left string
		run               func(*bufio.Reader) (any, error)
		want              any
	}{
		{"cadence", "2\nnext\n", "next\n", func(in *bufio.Reader) (any, error) {
			a := CadenceAnswer{}
			return a, RunFormAccessible(CadenceForm(&a), in, io.Discard)
		}, CadenceAnswer{Days: 14}},
		{"skipped commitment", "4\nnext\n", "next\n", func(in *bufio.Reader) (any, error) {
			a := ReviewAnswer{}
			err := RunFormAccessible(ReviewForm(&a), in, io.Discard)
			return a, err
		}, ReviewAnswer{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := piped(tc.input)
			got, err := tc.run(in)
			if err != nil || got != tc.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tc.want)
			}
			if rest, _ := in.ReadString('\n'); rest != tc.left {
				t.Errorf("input left = %q, want %q", rest, tc.left)
			}
		})
	}
}

// An answer that does not fit asks again, reading the next line.
func TestAccessibleFormsAskAgainOnTheNextLine(t *testing.T) {
	var out strings.Builder
	a := CadenceAnswer{}
	if err := RunFormAccessible(CadenceForm(&a), piped("9\n7\n3x\n10d\n"), &out); err != nil {
		t.Fatal(err)
	}
	if a != (CadenceAnswer{Other: "10d"}) {
		t.Errorf("answer = %+v, want 10d typed", a)
	}
	for _, want := range []string{"Invalid: must be a number between 1 and 7", `cadence "3x": unknown unit "x"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// The end of input is an error wherever it comes: never the first option,
// the default, or a loop asking again.
func TestAccessibleFormsStopAtTheEndOfInput(t *testing.T) {
	sugs := []assessment.Suggestion{{Facet: assessment.Facet{Name: "Trust"}}, {Facet: assessment.Facet{Name: "Growth"}}}
	for _, tc := range []struct {
		name, input string
		form        func() *huh.Form
	}{
		{"nothing at all", "", func() *huh.Form { return ReviewForm(&ReviewAnswer{}) }},
		{"between two fields", "3\n", func() *huh.Form { return ReviewForm(&ReviewAnswer{}) }},
		{"after a bad answer", "x\n", func() *huh.Form { return ReviewForm(&ReviewAnswer{}) }},
		{"a question with a default", "", func() *huh.Form { return ConfirmForm("Leave?", "Leave", "Stay", new(bool)) }},
		{"a pick not confirmed", "1\n", func() *huh.Form { return FocusPickForm(sugs, new([]int)) }},
		{"a text", "", func() *huh.Form { return NoteForm(new(string)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			if err := RunFormAccessible(tc.form(), piped(tc.input), &out); !errors.Is(err, ErrInputEnded) {
				t.Errorf("err = %v, want ErrInputEnded; output:\n%s", err, out.String())
			}
		})
	}
}

func TestAccessibleFormsLastLineWithoutNewline(t *testing.T) {
	a := ReviewAnswer{}
	if err := RunFormAccessible(ReviewForm(&a), piped("2\nhalf done"), io.Discard); err != nil {
		t.Fatal(err)
	}
	if a != (ReviewAnswer{Progress: assessment.SomeProgress, Note: "half done"}) {
		t.Errorf("answer = %+v", a)
	}
}

func TestAccessibleFormsEchoAnswers(t *testing.T) {
	var out strings.Builder
	run := AccessibleRunner{In: piped("3\nRan two \x1b[31mdemos\n"), Out: &out, Echo: true}
	if err := run.Run(ReviewForm(&ReviewAnswer{})); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Enter a number between 1 and 4: 3\n", "Anything to add? Ran two demos\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%q", want, out.String())
		}
	}
}

func TestAccessibleFormsRefuseAnOverlongLine(t *testing.T) {
	err := RunFormAccessible(NoteForm(new(string)), piped(strings.Repeat("a", MaxInputLine)+"\n"), io.Discard)
	if err == nil || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("err = %v, want the line refused", err)
	}
}

// lineReader never hands out the start of the next line, however large
// the buffer it is asked to fill, and stops the prompt at the end.
func TestLineReaderOneLinePerRead(t *testing.T) {
	r := &lineReader{in: piped("first\nsecond line\nthird")}
	var got []string
	buf := make([]byte, 6)
	for range 4 {
		n, _ := r.Read(buf)
		got = append(got, string(buf[:n]))
	}
	if want := []string{"first\n", "second", " line\n", "third\n"}; !reflect.DeepEqual(got, want) {
		t.Errorf("reads = %q, want %q", got, want)
	}
	defer func() {
		if p := recover(); p != (inputEnded{}) {
			t.Errorf("read at the end: %v, want inputEnded", p)
		}
	}()
	_, _ = r.Read(buf)
}

// One definition, two ways to fill it in: keys on the screen and lines in
// the accessible mode give the same answer.
func TestFormDefinitionRunsBothWays(t *testing.T) {
	c := &common{styles: DefaultStyles("none"), width: 80, height: 24}
	for _, tc := range []struct {
		name  string
		keys  []string
		lines string
		build func() (*huh.Form, func() any)
	}{
		{"review", []string{"home", "down", "down", "enter", "D", "o", "n", "e", "enter"}, "3\nDone\n", func() (*huh.Form, func() any) {
			a := &ReviewAnswer{}
			return ReviewForm(a), func() any { return *a }
		}},
		{"cadence", []string{"end", "enter", "3", "w", "enter"}, "7\n3w\n", func() (*huh.Form, func() any) {
			a := &CadenceAnswer{Days: 28}
			return CadenceForm(a), func() any { return *a }
		}},
		{"focus picks", []string{"x", "down", "down", "x", "enter"}, "1\n3\n0\n", func() (*huh.Form, func() any) {
			picked := new([]int)
			sugs := make([]assessment.Suggestion, 3)
			return FocusPickForm(sugs, picked), func() any { return *picked }
		}},
		{"first run", []string{"right", "enter", "right", "enter", "enter"}, "4\n2\n1\n", func() (*huh.Form, func() any) {
			a := &FirstRunAnswer{Days: 28, Theme: "auto", StartNow: true}
			return FirstRunForm(a), func() any { return *a }
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			onScreen, screenAnswer := tc.build()
			f := newForm(c, onScreen, 60)
			f.keys(tc.keys...)
			byLines, linesAnswer := tc.build()
			if err := RunFormAccessible(byLines, piped(tc.lines), io.Discard); err != nil {
				t.Fatal(err)
			}
			if got, want := linesAnswer(), screenAnswer(); !reflect.DeepEqual(got, want) {
				t.Errorf("lines give %+v, keys %+v", got, want)
			}
		})
	}
}
