package cli

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

// reopenPollable opens the pipe or terminal behind f again, as a new
// open file of its own, which the runtime polls; f's own (shared with
// the shell) stays as it is, blocking. It says to hold the whole output
// when that cannot be done; a device the poller refuses (/dev/null)
// never stalls and is written straight.
func reopenPollable(f *os.File) (polled *os.File, hold bool) {
	// O_NONBLOCK: opening a FIFO whose reader is gone fails at once
	// rather than waiting for a reader.
	g, err := os.OpenFile(fmt.Sprintf("/proc/self/fd/%d", f.Fd()), os.O_WRONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, true
	}
	if g.SetWriteDeadline(time.Time{}) != nil {
		g.Close()
		info, err := f.Stat()
		return nil, err != nil || info.Mode()&os.ModeCharDevice == 0
	}
	return g, false
}
