package store

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// chunkSize is how many check-ins an import reads at a time: enough to
// keep every processor busy, few enough that a file whose first
// check-ins are broken stops after a chunk, not after the whole file.
const chunkSize = 256

// inParallel calls work(w, i) for each i from 0 to n-1, on up to
// GOMAXPROCS goroutines, and returns once every call has. w, from 0, says
// which goroutine runs the call, for state a goroutine keeps to itself.
// Decoding, checking and encoding the check-ins of a file took nearly all
// of an import, on one processor while the others sat idle.
func inParallel(n int, work func(w, i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			work(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				work(w, i)
			}
		}()
	}
	wg.Wait()
}
