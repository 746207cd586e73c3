package cli

import (
	"io"

	"github.com/leadcheck/leadcheck/store"
)

// printOpen runs print with standard output as a heldOut while s is
// open, then closes s and writes whatever a stalled reader left held:
// the output streams, yet a reader that stops never keeps the database
// locked. s is closed in every case.
func printOpen(env Env, s *store.Store, print func(w io.Writer) error) error {
	out := newHeldOut(env.Stdout)
	err := print(out)
	s.Close()
	if rerr := out.release(); err == nil {
		err = rerr
	}
	return err
}
