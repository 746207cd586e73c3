package cli

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// removeOnStop removes the temporary file of a write under way when the
// program is stopped by a signal (ctrl+c during a long export, SIGTERM, a
// closed terminal). The process would end before the write's own cleanup
// runs and leave the file, as large as the export, hidden beside the
// target. The signal is then raised again, so the program ends as it
// would have.
type removeOnStop struct {
	mu   sync.Mutex
	path string
	ch   chan os.Signal
	done chan struct{}
	end  func(os.Signal) // raises the signal again; a test records it
}

// stopRemoves starts listening for the signals that stop leadcheck.
func stopRemoves() *removeOnStop {
	r := &removeOnStop{ch: make(chan os.Signal, 1), done: make(chan struct{}), end: raiseAgain}
	signal.Notify(r.ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		select {
		case sig := <-r.ch:
			r.stopped(sig)
		case <-r.done:
		}
	}()
	return r
}

// temp is told the temporary file's name (store.WriteOptions.Temp).
func (r *removeOnStop) temp(path string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.path = path
}

// stopped removes the temporary file and ends the program with sig.
func (r *removeOnStop) stopped(sig os.Signal) {
	r.mu.Lock()
	if r.path != "" {
		_ = os.Remove(r.path)
	}
	r.mu.Unlock()
	r.end(sig)
}

// stop stops listening, once the write is over.
func (r *removeOnStop) stop() {
	signal.Stop(r.ch)
	close(r.done)
}

// raiseAgain ends the program with sig as if it had not been caught.
func raiseAgain(sig os.Signal) {
	signal.Reset(sig)
	if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(sig) == nil {
		time.Sleep(time.Second) // the signal ends the program meanwhile
	}
	os.Exit(130)
}
