package cli

// blockList is a list kept in blocks of one size. A slice of thousands
// copied itself whole each time it grew, and left the copies behind: a
// report's lists of commitments, notes and days were most of what it
// allocated, and every page of memory a fresh process is given costs it
// time.
type blockList[T any] struct {
	blocks [][]T
	n      int
}

// listBlock is how many a block holds.
const listBlock = 512

func (l *blockList[T]) add(v T) {
	if l.n%listBlock == 0 {
		l.blocks = append(l.blocks, make([]T, 0, listBlock))
	}
	b := &l.blocks[len(l.blocks)-1]
	*b = append(*b, v)
	l.n++
}

// at is the i'th added.
func (l *blockList[T]) at(i int) *T { return &l.blocks[i/listBlock][i%listBlock] }

// all is every one added, in order.
func (l *blockList[T]) all(yield func(*T) bool) {
	for _, b := range l.blocks {
		for i := range b {
			if !yield(&b[i]) {
				return
			}
		}
	}
}
