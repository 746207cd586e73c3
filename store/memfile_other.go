//go:build !linux

package store

import "os"

// memoryFile is a temporary file whose name is removed at once, so it
// leaves nothing behind; systems without anonymous memory files get this.
func memoryFile() (*os.File, error) {
	f, err := os.CreateTemp("", "leadcheck-empty-*")
	if err != nil {
		return nil, err
	}
	_ = os.Remove(f.Name())
	return f, nil
}
