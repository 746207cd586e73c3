package store

import (
	"fmt"
	"os"

	"go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the database to path, which must not
// exist yet, while the store stays open.
func (s *Store) Backup(path string) error {
	// O_EXCL rather than tx.CopyFile's O_TRUNC: a backup never overwrites
	// anything, least of all the live database under another name.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("back up %s: %w; choose a new backup file", s.path, err)
	}
	err = s.db.View(func(tx *bbolt.Tx) error {
		_, err := tx.WriteTo(f)
		return err
	})
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path) // a partial copy would pass for a backup
		return fmt.Errorf("back up %s to %s: %w; the database itself is unchanged", s.path, path, err)
	}
	return nil
}
