package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/leadcheck/leadcheck/assessment"
)

// readLimited reads a file a user handed to leadcheck, or stdin for "-"
// when stdin is not nil, refusing more than limit bytes. It never reads
// more than limit+1 bytes, so a device such as /dev/zero or a pipe that
// never ends is refused with the same message as a file that is too large,
// instead of filling the memory. what names the kind of file, with its
// article ("an answers file"). Errors from opening or reading are returned
// as they are, for the caller to put in context.
func readLimited(path string, stdin io.Reader, limit int, what string) ([]byte, string, error) {
	source, r := path, stdin
	if path != "-" || stdin == nil {
		f, err := os.Open(path)
		if err != nil {
			return nil, path, err
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return nil, path, err
		}
		if info.IsDir() {
			return nil, path, fmt.Errorf("%s is a directory; give the path of %s", path, what)
		}
		if info.Mode().IsRegular() && info.Size() > int64(limit) {
			return nil, path, tooLarge(path, what, limit, info.Size())
		}
		r = f
	} else {
		source = "<stdin>"
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, source, err
	}
	if len(data) > limit {
		return nil, source, tooLarge(source, what, limit, -1)
	}
	return data, source, nil
}

// tooLarge says which limit a file broke; size is -1 for a stream (a
// device, a pipe, standard input), whose size is unknown.
func tooLarge(source, what string, limit int, size int64) error {
	msg := fmt.Sprintf("the file is %s, more than the %s that %s may hold; check that this is the right file",
		sizeText(size), assessment.SizeText(limit), what)
	if size < 0 {
		msg = fmt.Sprintf("more than %s came from it, the most that %s may hold; give a regular file (a device or a pipe that never ends is refused)",
			assessment.SizeText(limit), what)
	}
	return &assessment.ValidationError{Source: source, Problems: []assessment.Problem{{Message: msg}}}
}

// sizeText rounds a file size to a tenth of the unit a person would use.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
