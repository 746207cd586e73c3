package assessment

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// MaxPractices bounds a practices list: a leader picks from a few concrete
// things, not from a catalogue.
const MaxPractices = 5

func (v *validator) practices(path, kind, id string, ps []string) {
	if len(ps) > MaxPractices {
		v.add(path+".practices", "%s %q lists %d practices; give at most %d", kind, id, len(ps), MaxPractices)
	}
	for i, p := range ps {
		if strings.TrimSpace(p) == "" {
			v.add(fmt.Sprintf("%s.practices[%d]", path, i), "%s %q: practice %d is empty", kind, id, i+1)
		}
	}
}

// Suggestion is a focus area offered after a check-in: a facet to work on
// and one concrete practice for it, with the reason in words.
type Suggestion struct {
	Facet Facet
	// Item is the statement that prompted the suggestion; empty when the
	// facet as a whole scored lowest.
	Item     Item
	Why      string
	Practice string
}

// MaxSuggestions is how many focus areas are offered at most; a leader
// commits to one to three.
const MaxSuggestions = 3

// Suggest offers up to three focus areas, weakest first: the weakest facet,
// then the statements that scored lowest (at or below the middle of the
// scale) in other facets, then the next weakest facets. Each comes with a
// practice from its facet, for a statement the one that matches it best
// (see practiceFor); facets without practices are passed over.
func Suggest(q *Questionnaire, a Answers, r Result) []Suggestion {
	facets := q.facetsBy(r, func(f Facet) bool { return len(f.Practices) > 0 })
	var out []Suggestion
	used, generic := map[string]bool{}, genericWords(q)
	add := func(f Facet, it Item, why string) {
		out = append(out, Suggestion{Facet: f, Item: it, Why: why, Practice: practiceFor(f, it, generic)})
		used[f.ID] = true
	}
	if len(facets) > 0 {
		f := facets[0]
		add(f, Item{}, fmt.Sprintf("%s %s (%d).", f.Name, q.lowestWords(r, f), Whole(r.Facets[f.ID].Value)))
	}
	for _, it := range q.lowestItems(a) {
		f, _ := q.Facet(it.Facet)
		if len(out) == MaxSuggestions || used[f.ID] || len(f.Practices) == 0 {
			continue
		}
		add(f, it, fmt.Sprintf("You answered %q to: %s", strings.ToLower(q.Scale.Label(a[it.ID])), it.Text))
	}
	for _, f := range facets {
		if len(out) < MaxSuggestions && !used[f.ID] {
			add(f, Item{}, fmt.Sprintf("Next lowest facet: %s (%d).", f.Name, Whole(r.Facets[f.ID].Value)))
		}
	}
	return out
}

// facetsBy are the scored facets that keep accepts, lowest score first;
// ties keep questionnaire order.
func (q *Questionnaire) facetsBy(r Result, keep func(Facet) bool) []Facet {
	var fs []Facet
	for _, f := range q.Facets {
		if r.Facets[f.ID].Valid && keep(f) {
			fs = append(fs, f)
		}
	}
	slices.SortStableFunc(fs, func(a, b Facet) int {
		return cmp.Compare(r.Facets[a.ID].Value, r.Facets[b.ID].Value)
	})
	return fs
}

// lowestItems are the answered statements whose keyed answer is at or below
// the middle of the scale, lowest first; ties keep questionnaire order.
func (q *Questionnaire) lowestItems(a Answers) []Item {
	mid := float64(q.Scale.Min+q.Scale.Max) / 2
	var its []Item
	for _, it := range q.Items {
		if x, ok := a.OnScale(it.ID); ok && float64(q.Keyed(it, x)) <= mid {
			its = append(its, it)
		}
	}
	slices.SortStableFunc(its, func(x, y Item) int {
		return cmp.Compare(q.Keyed(x, a[x.ID]), q.Keyed(y, a[y.ID]))
	})
	return its
}

// ReflectionPrompts are the questions offered after the statements, drawn
// from the result: the weakest facet's prompt first, then the prompt of
// the side that scored lower, then the other side's. Empty prompts are
// skipped; at most three are returned.
func ReflectionPrompts(q *Questionnaire, r Result) []string {
	var out []string
	add := func(p string) {
		if strings.TrimSpace(p) != "" && !slices.Contains(out, p) && len(out) < 3 {
			out = append(out, p)
		}
	}
	if fs := q.facetsBy(r, func(f Facet) bool { return f.Prompt != "" }); len(fs) > 0 {
		add(fs[0].Prompt)
	}
	rel, res := q.RelationshipsDimension(), q.ResultsDimension()
	first, second := rel, res
	if r.Dimensions[res.ID].Valid && r.Dimensions[rel.ID].Valid && r.Dimensions[res.ID].Value < r.Dimensions[rel.ID].Value {
		first, second = res, rel
	}
	add(first.Prompt)
	add(second.Prompt)
	return out
}

// lowestWords says where f, the lowest facet with practices, stands: the
// lowest alone, as the result marks "weakest"; one of several shown at
// the same lowest score, where the result marks none; or above a facet
// that has no practice to suggest.
func (q *Questionnaire) lowestWords(r Result, f Facet) string {
	if w, ok := WeakestFacet(q, r.Facets); ok && w.ID == f.ID {
		return "is your lowest facet"
	}
	low := WholeFloat(r.Facets[f.ID].Value)
	for _, g := range q.Facets {
		if s := r.Facets[g.ID]; s.Valid && WholeFloat(s.Value) < low {
			return "is your lowest facet with a practice to suggest"
		}
	}
	return "is one of your lowest facets"
}
