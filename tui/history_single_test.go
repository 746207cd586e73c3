package tui

import "testing"

// With a single check-in there is nothing to compare it with: the keys
// line leaves out compare and mark, and c says why rather than point to
// another check-in that does not exist.
func TestHistoryWithOneCheckInOffersNoComparison(t *testing.T) {
	q := testQuestionnaire(t)
	for _, tc := range []struct {
		n               int
		footer, unshown []string
		afterC          string
	}{
		{1, []string{"enter open • d delete • q back • ? more keys"}, []string{"compare", "mark"},
			"A comparison needs two check-ins, and this is the only one so far."},
		{2, []string{"enter open • c compare • space mark • d delete • q back • ? more keys"}, nil,
			"Check-ins 1 and 2 of 2"},
	} {
		s := openStore(t)
		dashSave(t, s, trendsRecords(q, tc.n))
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 80, 24)
		d.press("h")
		mustContain(t, d.view(), tc.footer...)
		d.press("?")
		mustNotContain(t, d.view(), tc.unshown...)
		d.press("?", "c")
		mustContain(t, d.view(), tc.afterC)
		mustNotContain(t, d.view(), "mark another")
		if tc.n == 1 {
			d.press(" ")
			mustContain(t, d.view(), tc.afterC)
			mustNotContain(t, d.view(), "marked:")
		}
	}
}

// With no check-in at all, the full key list holds only what works: no
// row to move to, open, compare, mark or delete.
func TestHistoryEmptyListsOnlyKeysThatWork(t *testing.T) {
	q := testQuestionnaire(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Now: newClock().now}, 80, 24)
	d.press("h", "?")
	v := d.view()
	mustContain(t, v, "No check-ins yet.", "t take a check-in", "q back", "? fewer keys")
	mustNotContain(t, v, "up", "down", "page", "newest", "oldest", "open", "compare", "mark", "delete")
}
