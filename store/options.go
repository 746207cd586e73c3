package store

import "time"

// DefaultLockTimeout bounds the wait for another process's lock, so a
// second leadcheck reports the conflict instead of hanging.
const DefaultLockTimeout = time.Second

// Option changes how a database is opened.
type Option func(*options)

type options struct {
	lockTimeout time.Duration
	room        int64
}

// WithRoom maps the file with room to grow by about n bytes, for a write
// known to be large (an import): bbolt maps the file again each time it
// outgrows the map, copying everything the write has put in memory so
// far, several times over for a long import.
func WithRoom(n int64) Option {
	return func(o *options) { o.room = max(n, 0) }
}

// WithLockTimeout waits at most d for another process to let go of the
// file before giving up with ErrInUse (DefaultLockTimeout otherwise).
// Tests that expect the wait to fail use a short one.
func WithLockTimeout(d time.Duration) Option {
	return func(o *options) { o.lockTimeout = d }
}

func optionsOf(opts []Option) options {
	o := options{lockTimeout: DefaultLockTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}
