package store

import "sync"

// Handle is a database that is opened for each operation and closed right
// after it, for a program that stays open while a person browses (the
// app). Holding a Store open would hold bbolt's lock on the file all that
// time, so every other leadcheck would wait and then refuse; a Handle
// holds the shared lock only while it reads and the exclusive lock only
// while it writes, so other processes can read, and write, whenever the
// holder is idle.
//
// Each open is the ordinary one: Read opens as OpenReadOnly does (a
// missing database reads as empty and nothing is created) and Write as
// Open does (the first write creates the database). So a restore that
// replaced the file, or a damaged file, is noticed by the next operation,
// not hidden behind a file opened earlier. A Handle keeps no data between
// operations: each read sees what is in the file then.
//
// A Handle is safe for concurrent use. Its own operations take turns
// with a reader-writer lock, so a write never waits for the same
// program's read to let go of the file.
type Handle struct {
	path string
	opts []Option
	mu   sync.RWMutex
}

// NewHandle is a Handle on the database at path, opened each time with
// opts (say, a lock timeout).
func NewHandle(path string, opts ...Option) *Handle {
	return &Handle{path: path, opts: opts}
}

// Path is the database file the Handle opens.
func (h *Handle) Path() string { return h.path }

// Read opens the database read-only, runs fn on it and closes it. The
// wait for another process's write lock is the Handle's lock timeout;
// past it, Read fails with ErrInUse and fn is not run.
func (h *Handle) Read(fn func(*Store) error) error {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return use(OpenReadOnly, h.path, h.opts, fn)
}

// Write opens the database for writing (creating it when there is none
// yet), runs fn on it and closes it. Past the lock timeout it fails with
// ErrInUse and fn is not run.
func (h *Handle) Write(fn func(*Store) error) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return use(Open, h.path, h.opts, fn)
}

// use opens, runs fn and closes. An error closing is not reported: every
// write transaction is on disk when it returns, so a close that fails
// afterwards has lost nothing, and reporting it would make a caller keep
// a second copy (a recovery file) of a check-in already saved.
func use(open func(string, ...Option) (*Store, error), path string, opts []Option, fn func(*Store) error) error {
	s, err := open(path, opts...)
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}
