//go:build !linux

package cli

import "os"

// reopenPollable says to hold the whole output: only Linux opens a pipe
// or terminal again as a file of its own, and setting the shared one to
// non-blocking would change it for the shell too.
func reopenPollable(*os.File) (*os.File, bool) { return nil, true }
