package assessment

import (
	"os"
	"slices"
	"testing"
)

func builtIn(t *testing.T) *Questionnaire {
	t.Helper()
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// A suggestion whose reason is one statement suggests a practice of that
// statement's facet, the one that matches it: every statement of the
// built-in questionnaire, so every facet, with the practice (by its place
// in the facet's list) read and judged by hand.
func TestStatementSuggestionFollowsItsFacet(t *testing.T) {
	q := builtIn(t)
	want := map[string]int{
		"trust-1": 0, "trust-2": 0, "trust-3": 1,
		"morale-1": 0, "morale-4": 1, "morale-5": 2,
		// growth-1 shares only "task" with the second and the third
		// practice; the earlier wins.
		"growth-1": 1, "growth-2": 1, "growth-3": 0,
		"recognition-1": 0, "recognition-2": 1, "recognition-3": 2,
		// objectives-5 shares no telling word with any: the first.
		"objectives-1": 0, "objectives-2": 1, "objectives-5": 0,
		"delivery-2": 0, "delivery-3": 2, "delivery-4": 1,
		"momentum-1": 0, "momentum-4": 1, "momentum-5": 2,
		"improvement-1": 0, "improvement-2": 0, "improvement-3": 1,
	}
	for _, it := range q.Items {
		t.Run(it.ID, func(t *testing.T) {
			// Every statement keyed at the top but it (keyed lowest) and
			// the statements of another facet (keyed at the middle), so
			// that facet is the weakest and it the reason of the second
			// suggestion.
			other := "trust"
			if it.Facet == other {
				other = "objectives"
			}
			a := Answers{}
			for _, x := range q.Items {
				keyed := q.Scale.Max
				switch {
				case x.ID == it.ID:
					keyed = q.Scale.Min
				case x.Facet == other:
					keyed = (q.Scale.Min + q.Scale.Max) / 2
				}
				if x.Reverse {
					keyed = q.Scale.Min + q.Scale.Max - keyed
				}
				a[x.ID] = keyed
			}
			got := Suggest(q, a, Evaluate(q, a, nil))
			i := slices.IndexFunc(got, func(s Suggestion) bool { return s.Item.ID == it.ID })
			if i < 0 {
				t.Fatalf("no suggestion for %s: %+v", it.ID, got)
			}
			s := got[i]
			f, _ := q.Facet(it.Facet)
			if s.Facet.ID != it.Facet || s.Practice != f.Practices[want[it.ID]] {
				t.Errorf("%s (%s) suggests %s: %q, want %q", it.ID, it.Text, s.Facet.ID, s.Practice, f.Practices[want[it.ID]])
			}
		})
	}
}

// The words every statement uses do not choose the practice: a statement
// on cancelled one-to-ones with team members suggests keeping one-to-ones,
// not telling a team member what they did well.
func TestPracticeForSkipsWordsEveryStatementUses(t *testing.T) {
	q := &Questionnaire{Items: []Item{
		{Text: "In the last four weeks, I cancelled one-to-ones with team members at short notice."},
		{Text: "In the last four weeks, I asked team members how they were doing."},
		{Text: "In the last four weeks, I told team members what they did well."},
		{Text: "In the last four weeks, I set targets with my team."},
	}}
	f := Facet{Practices: []string{
		"Each week, tell one team member exactly what they did well on a piece of work.",
		"Keep every one-to-one until the next check-in, and spend its first minutes on the person.",
	}}
	generic := genericWords(q)
	for _, w := range []string{"team", "member", "week", "last", "four"} {
		if !generic[w] {
			t.Errorf("%q is not generic: %v", w, generic)
		}
	}
	if got := practiceFor(f, q.Items[0], generic); got != f.Practices[1] {
		t.Errorf("practice = %q, want %q", got, f.Practices[1])
	}
}
