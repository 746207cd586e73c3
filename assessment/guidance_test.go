package assessment

import (
	"strings"
	"testing"
)

// guided is the mini questionnaire with practices and prompts on every
// facet but pace, which has neither.
func guided(t *testing.T) *Questionnaire {
	q := mini(t)
	for i := range q.Facets {
		f := &q.Facets[i]
		if f.ID != "pace" {
			f.Practices = []string{"Practise " + f.ID + " A.", "Practise " + f.ID + " B."}
			f.Prompt = "What about " + f.ID + "?"
		}
	}
	q.Dimensions[0].Prompt = "How were people?"
	q.Dimensions[1].Prompt = "What moved results?"
	return q
}

func TestSuggest(t *testing.T) {
	q := guided(t)
	// Keyed: trust 4, 4 -> 75; morale 5, 5 -> 100; goals 2 (goals-1), 3
	// (goals-2 raw 3) -> 37.5; pace 1, 1 -> 0 but has no practices.
	a := Answers{"trust-1": 4, "trust-2": 2, "morale-1": 5, "morale-2": 5,
		"goals-1": 2, "goals-2": 3, "pace-1": 1, "pace-2": 1}
	got := Suggest(q, a, Evaluate(q, a, nil))
	// 1. goals, the weakest facet with practices. 2. lowest statements at or
	// below the middle (3): pace-1, pace-2 (1, no practices), goals-1 (2,
	// goals used), goals-2 (3, used): none left. 3. next weakest facets:
	// trust (75), then morale (100).
	var ids []string
	for _, s := range got {
		ids = append(ids, s.Facet.ID+"/"+s.Item.ID)
	}
	if strings.Join(ids, " ") != "goals/ trust/ morale/" {
		t.Fatalf("suggestions = %v", ids)
	}
	// Pace (0) is lower, with no practice: goals is not called the lowest.
	if got[0].Practice != "Practise goals A." || got[0].Why != "Goals is your lowest facet with a practice to suggest (38)." {
		t.Errorf("first suggestion = %+v", got[0])
	}
}

// The first suggestion's reason says "lowest" only where the result
// marks the facet weakest: alone at its lowest whole score.
func TestSuggestLowestWords(t *testing.T) {
	q := guided(t)
	tests := []struct {
		name string
		a    Answers
		want string
	}{
		// goals 2, 2 keyed -> 25; every other facet 75.
		{"alone", Answers{"trust-1": 4, "trust-2": 2, "morale-1": 4, "morale-2": 4,
			"goals-1": 2, "goals-2": 4, "pace-1": 4, "pace-2": 4}, "Goals is your lowest facet (25)."},
		// Every facet 75: none is the weakest.
		{"tied", Answers{"trust-1": 4, "trust-2": 2, "morale-1": 4, "morale-2": 4,
			"goals-1": 4, "goals-2": 2, "pace-1": 4, "pace-2": 4}, "Trust is one of your lowest facets (75)."},
	}
	for _, tt := range tests {
		got := Suggest(q, tt.a, Evaluate(q, tt.a, nil))
		if len(got) == 0 || got[0].Why != tt.want {
			t.Errorf("%s: first suggestion = %+v, want why %q", tt.name, got, tt.want)
		}
	}
}

func TestSuggestPrefersLowStatementsInOtherFacets(t *testing.T) {
	q := guided(t)
	// goals weakest (keyed 2, 2 -> 25); trust-2 answered 5 (reversed: keyed
	// 1) is the lowest statement outside goals; morale-1 raw 3 is at the
	// middle.
	a := Answers{"trust-1": 5, "trust-2": 5, "morale-1": 3, "morale-2": 5,
		"goals-1": 2, "goals-2": 4, "pace-1": 4, "pace-2": 4}
	got := Suggest(q, a, Evaluate(q, a, nil))
	if len(got) != 3 || got[0].Facet.ID != "goals" || got[1].Item.ID != "trust-2" || got[2].Item.ID != "morale-1" {
		t.Fatalf("suggestions = %+v", got)
	}
	if !strings.Contains(got[1].Why, `"strongly agree"`) || !strings.Contains(got[1].Why, "I interrupted.") {
		t.Errorf("why = %q", got[1].Why)
	}
}

func TestReflectionPrompts(t *testing.T) {
	q := guided(t)
	// Results (goals 25, pace 100 -> 62.5) above relationships (trust 50,
	// morale 50 -> 50): weakest facet with a prompt is goals (25), then the
	// lower side first.
	a := Answers{"trust-1": 3, "trust-2": 3, "morale-1": 3, "morale-2": 3,
		"goals-1": 2, "goals-2": 4, "pace-1": 5, "pace-2": 5}
	got := ReflectionPrompts(q, Evaluate(q, a, nil))
	want := []string{"What about goals?", "How were people?", "What moved results?"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("prompts = %q, want %q", got, want)
	}
}

func TestPracticesValidated(t *testing.T) {
	data := `id: g
version: 1
scale: {min: 1, max: 2, labels: [no, yes]}
dimensions: [{id: a, name: A}, {id: b, name: B}]
facets:
  - {id: f, dimension: a, name: F, practices: ["Do one thing.", "  "]}
  - {id: g, dimension: b, name: G}
items:
  - {id: i1, facet: f, text: One.}
  - {id: i2, facet: g, text: Two.}
`
	_, err := Parse("g.yaml", []byte(data))
	if err == nil || err.Error() != `g.yaml:6:65: facet "f": practice 2 is empty` {
		t.Errorf("error = %v", err)
	}
}

func TestBestPractice(t *testing.T) {
	f := Facet{Practices: []string{
		"In each weekly team meeting, ask what is blocking work.",
		"Answer any decision your team is waiting on within a day.",
		"After each finished piece of work, spend 30 minutes with the team on how it went.",
	}}
	tests := []struct{ text, want string }{
		// Shares finished, piece, work, team, went with the third.
		{"In the last four weeks, I set aside time with my team to review how a finished piece of work went.", f.Practices[2]},
		// Shares decision, team, waiting with the second (and only team with the first).
		{"In the last four weeks, I left my team waiting days for a decision.", f.Practices[1]},
		// No statement: the first practice.
		{"", f.Practices[0]},
	}
	for _, tt := range tests {
		if got := practiceFor(f, Item{Text: tt.text}, nil); got != tt.want {
			t.Errorf("practiceFor(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
