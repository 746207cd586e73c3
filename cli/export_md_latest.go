package cli

// latestMade are the commitments of the latest check-in that made any,
// still waiting for a review, apart from the map of all that wait: the
// next check-in reviews them nearly always, and finding them in a short
// list is cheaper than hashing each commitment's texts into a map twice.
type latestMade struct {
	keys    []reviewed
	waiting []waiting
}

// add keeps the commitment k, owed at place i.
func (l *latestMade) add(k reviewed, i int) {
	for j := range l.keys {
		if l.keys[j] == k {
			l.waiting[j].more = append(l.waiting[j].more, i)
			return
		}
	}
	l.keys = append(l.keys, k)
	l.waiting = append(l.waiting, waiting{first: i})
}

// take gives and forgets the commitments that k settles, if they are here.
func (l *latestMade) take(k reviewed) (waiting, bool) {
	for j := range l.keys {
		if l.keys[j] == k {
			w := l.waiting[j]
			n := len(l.keys) - 1
			l.keys[j], l.waiting[j] = l.keys[n], l.waiting[n]
			l.keys, l.waiting = l.keys[:n], l.waiting[:n]
			return w, true
		}
	}
	return waiting{}, false
}

// moveTo leaves the commitments still here to the map of all that wait,
// as a check-in that makes commitments of its own takes their place.
func (l *latestMade) moveTo(pending map[reviewed]waiting) {
	for j, k := range l.keys {
		w, ok := pending[k]
		if !ok {
			pending[k] = l.waiting[j]
			continue
		}
		// A check-in's id is its own, so this is a history read twice
		// over: every one waiting still gets the outcome.
		w.more = append(append(w.more, l.waiting[j].first), l.waiting[j].more...)
		pending[k] = w
	}
	clear(l.keys)
	l.keys, l.waiting = l.keys[:0], l.waiting[:0]
}
