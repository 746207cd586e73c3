package cli

import (
	"fmt"
	"os"
	"runtime"
)

func dbgHeap(stage string) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Fprintf(os.Stderr, "%s: live %d MB\n", stage, m.HeapAlloc>>20)
}
