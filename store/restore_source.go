package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	"go.etcd.io/bbolt"
)

// stage checks that from is a leadcheck database this build can read,
// every check-in of it readable, and copies it to a new file beside the
// database, which it returns. from is opened read-only and never changed.
func stage(dbPath, from string, info *RestoreInfo, o options) (tmp string, err error) {
	fail := func(why string) error {
		return fmt.Errorf("cannot restore from %s: %s; nothing was changed", from, why)
	}
	st, err := os.Stat(from)
	switch {
	case err != nil:
		return "", fail(reason(err).Error())
	case st.IsDir():
		return "", fail("it is a directory; name a backup file")
	case !st.Mode().IsRegular():
		return "", fail("it is not a regular file (a device, a pipe or a socket); name a backup file")
	case st.Size() == 0:
		return "", fail("the file is empty")
	}
	src, err := openBolt(from, true, o)
	switch {
	case errors.Is(err, ErrInUse):
		return "", fail("it is open in a running leadcheck; quit that first")
	case errors.Is(err, ErrNotDatabase) && isExport(from):
		return "", fail(fmt.Sprintf("it is an export, not a backup; add its check-ins with 'leadcheck import %s'", from))
	case errors.Is(err, ErrNotDatabase):
		return "", fail("it is not a leadcheck database (not a bbolt file, or damaged); name a file 'leadcheck backup' wrote")
	case err != nil:
		var errno syscall.Errno
		if errors.As(err, &errno) {
			return "", fail(errno.Error())
		}
		return "", fail(err.Error())
	}
	defer src.Close()
	err = guard(func() error {
		return src.View(func(tx *bbolt.Tx) error {
			if err := checkSource(tx, from, info); err != nil {
				return fail(err.Error())
			}
			f, err := os.CreateTemp(filepath.Dir(dbPath), "."+filepath.Base(dbPath)+".restore-*")
			if err != nil {
				return fmt.Errorf("cannot restore into %s: %w; nothing was changed", filepath.Dir(dbPath), reason(err))
			}
			tmp = f.Name()
			if err := finish(f, writeTx(tx)); err != nil {
				return fmt.Errorf("cannot copy %s beside %s: %w; nothing was changed", from, dbPath, err)
			}
			return nil
		})
	}, func(cause error) error { return fail(fmt.Sprintf("it is damaged (%v)", cause)) })
	if err != nil {
		return "", err
	}
	return tmp, nil
}

// checkSource checks the layout and reads every check-in and summary, so
// that a damaged file is refused rather than restored.
func checkSource(tx *bbolt.Tx, from string, info *RestoreInfo) error {
	fresh, err := checkLayout(tx, from)
	switch {
	case errors.Is(err, ErrNewerSchema):
		return fmt.Errorf("it was written by a newer leadcheck (schema %d); upgrade leadcheck to restore it", schemaOf(tx))
	case err != nil:
		return errors.New("it is not a leadcheck database")
	case fresh:
		return errors.New("it holds no leadcheck data")
	}
	info.Schema = schemaOf(tx)
	err = tx.Bucket(bucketCheckins).ForEach(func(k, v []byte) error {
		info.CheckIns++
		if _, err := decode(k, v); err != nil {
			return fmt.Errorf("it is damaged: check-in %s cannot be read", formatID(k))
		}
		return nil
	})
	if err != nil || info.Schema < 2 {
		return err
	}
	return tx.Bucket(bucketSummaries).ForEach(func(k, v []byte) error {
		if _, err := decodeSummary(k, v); err != nil {
			return fmt.Errorf("it is damaged: the summary of check-in %s cannot be read", formatID(k))
		}
		return nil
	})
}
