package cli

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// boltMagic is the number bbolt writes into the meta page at the start of
// every database file, after the 16-byte page header.
const boltMagic = 0xED0CDAED

// regularTarget refuses an export target that is anything but a regular
// file that is not a database: writing over a device, a FIFO or a
// directory does nothing useful or hangs, and replacing a bbolt file (the
// open database, a backup, another program's) loses data. A symbolic link
// is refused too, whatever it points to, so the file replaced is the one
// named. --force changes none of this; a missing target is fine.
func regularTarget(path string) error {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w; choose another file", path, err)
	}
	what := ""
	switch m := info.Mode(); {
	case m&fs.ModeSymlink != 0:
		what = "a symbolic link; name the file itself"
	case m.IsDir():
		what = "a directory; name a file inside it"
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		what = "a device, not a regular file"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO), not a regular file; write to standard output with -o - instead"
	case m&fs.ModeSocket != 0:
		what = "a socket, not a regular file"
	case !m.IsRegular():
		what = "not a regular file"
	case isBolt(path):
		what = "a database file (leadcheck's, a backup, or another program's); --force does not replace one"
	}
	if what != "" {
		return fmt.Errorf("will not export to %s: it is %s; choose a new file name", path, what)
	}
	return nil
}

// isBolt reports whether the regular file at path starts like a bbolt
// database. Either byte order is taken, so a file from another machine is
// recognised too.
func isBolt(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 20)
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	magic := head[16:20]
	var le, be [4]byte
	binary.LittleEndian.PutUint32(le[:], boltMagic)
	binary.BigEndian.PutUint32(be[:], boltMagic)
	return bytes.Equal(magic, le[:]) || bytes.Equal(magic, be[:])
}

// notTheDatabase refuses the database's own path as an export target,
// also while no database is there yet: an export written there would
// stand where the first check-in is to be saved. The path is compared
// however it is spelled (relative, through a linked directory).
func notTheDatabase(path, db string) error {
	if samePath(path, db) {
		return fmt.Errorf("will not export to %s: it is where the database is kept (%s); choose a new file name", path, db)
	}
	return nil
}

// samePath reports whether a and b name the same file: the same file on
// disk when both exist, else the same name in the same directory once
// links in the directories are followed.
func samePath(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(ia, ib)
	}
	return resolved(a) == resolved(b)
}

func resolved(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	dir := filepath.Dir(p)
	if r, err := filepath.EvalSymlinks(dir); err == nil {
		dir = r
	}
	return filepath.Join(dir, filepath.Base(p))
}
