package cli

import "testing"

// A block list gives back what was added, in order, across blocks.
func TestBlockList(t *testing.T) {
	var l blockList[int]
	n := listBlock*2 + 3
	for i := range n {
		l.add(i * 7)
	}
	if l.n != n {
		t.Fatalf("n %d, added %d", l.n, n)
	}
	i := 0
	for v := range l.all {
		if *v != i*7 || *l.at(i) != i*7 {
			t.Fatalf("%d: all gives %d, at %d; want %d", i, *v, *l.at(i), i*7)
		}
		i++
	}
	if i != n {
		t.Errorf("all gave %d, want %d", i, n)
	}
}
