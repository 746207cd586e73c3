package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteOptions change how WriteFile puts a file in place.
type WriteOptions struct {
	// Keep refuses to replace a file already at the path, even one that
	// appears while the new one is written: the write then fails with an
	// error that wraps fs.ErrExist.
	Keep bool
	// Check, when set, runs just before the file is put in place, so a
	// path that changed while the data was written (into a link, say) is
	// refused then and not only before; its error stops the write.
	Check func() error
	// Temp, when set, is told the temporary file's name as soon as it
	// exists, so that a program stopped by a signal, which ends before
	// the write's own cleanup runs, can remove it.
	Temp func(path string)
}

// WriteFile writes data to path so that path holds either what it held
// before or all of data, whatever happens meanwhile: a temporary file in
// the same directory is written and synced, then renamed (or, with Keep,
// linked) into place, and the directory is synced so the new name
// survives a power cut. The directory is made (0700) when missing; the
// file is 0600 from the start, as os.CreateTemp makes it. Every small file
// leadcheck writes goes through here: settings, drafts, recovery files and
// exports.
func WriteFile(path string, data []byte, opts WriteOptions) error {
	return WriteFileFrom(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, opts)
}

// WriteFileFrom is WriteFile for what fill writes, piece by piece, into
// the temporary file: a long export is never held whole. An error of
// fill's own (not one of writing the file) stops the write and is
// returned as it is.
func WriteFileFrom(path string, fill func(w io.Writer) error, opts WriteOptions) error {
	dir := filepath.Dir(path)
	if err := ensureDir(dir); err != nil {
		return fmt.Errorf("cannot create directory %s: %w", dir, reason(err))
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, reason(err))
	}
	defer os.Remove(tmp.Name()) // gone already once renamed; otherwise not wanted
	if opts.Temp != nil {
		opts.Temp(tmp.Name())
	}
	w := &tempWriter{f: tmp}
	if err = fill(w); err != nil && w.err == nil {
		tmp.Close()
		return err
	}
	err = w.err
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil && opts.Check != nil {
		if err = opts.Check(); err != nil {
			return err
		}
	}
	if err == nil {
		err = place(tmp.Name(), path, opts.Keep)
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, reason(err))
	}
	syncDir(dir)
	return nil
}

// tempWriter keeps the first error writing the temporary file, so that
// WriteFileFrom tells it from an error of fill's own.
type tempWriter struct {
	f   *os.File
	err error
}

func (w *tempWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.f.Write(p)
	w.err = err
	return n, err
}

// place puts the written file tmp at path. With keep, a hard link puts it
// there only if nothing is; a file system without hard links gets a
// check and a rename instead.
func place(tmp, path string, keep bool) error {
	if !keep {
		return os.Rename(tmp, path)
	}
	err := os.Link(tmp, path)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, err := os.Lstat(path); err == nil {
		return fs.ErrExist
	}
	return os.Rename(tmp, path)
}
