package assessment

import (
	"strings"
	"unicode"
)

// practiceFor picks, among the practices of f (the facet of the
// statement it, when there is one), the one that matches the statement:
// the one sharing the most of its telling words. Words that many of the
// questionnaire's statements use ("team", "members", "work") tell nothing
// and are left out; otherwise "I cancelled one-to-ones with team members"
// would pick a practice about praising a team member over the one about
// keeping one-to-ones. Without a statement, or on a tie, the facet's
// first practice wins, so a coach controls the default by the order of
// the list.
func practiceFor(f Facet, it Item, generic map[string]bool) string {
	best, score := f.Practices[0], 0
	words := contentWords(it.Text)
	for _, p := range f.Practices {
		n := 0
		for w := range contentWords(p) {
			if words[w] && !generic[w] {
				n++
			}
		}
		if n > score {
			best, score = p, n
		}
	}
	return best
}

// genericWords are the content words used by more than a quarter of q's
// statements, and by at least three: they say what every statement is
// about rather than what one asks.
func genericWords(q *Questionnaire) map[string]bool {
	uses := map[string]int{}
	for _, it := range q.Items {
		for w := range contentWords(it.Text) {
			uses[w]++
		}
	}
	out := map[string]bool{}
	for w, n := range uses {
		if n >= 3 && 4*n > len(q.Items) {
			out[w] = true
		}
	}
	return out
}

// contentWords are a text's lower-cased words of three letters or more
// that carry meaning: hyphenated words stay whole ("one-to-one"), a
// possessive or plural s is dropped so "members" meets "member", and
// words that only join a sentence together are left out.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-'
	}) {
		w = strings.Trim(w, "-'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if len(w) < 3 || joiningWords[w] {
			continue
		}
		if len(w) > 3 {
			w = strings.TrimSuffix(w, "s")
		}
		out[w] = true
	}
	return out
}

// joiningWords are English words that hold a sentence together without
// saying what it is about.
var joiningWords = wordSet(`the and you your yours our ours for was were are not but all any one two its
	his her has had have did does who whom how why what when where with that this these those they them
	their then than from into about before after which could would should will just only even own can
	off out each every some more most much very also been being there here made make`)

func wordSet(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}
