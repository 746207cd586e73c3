package cli

import (
	"fmt"
	"os"
	"path/filepath"
)

// warnShared warns, in one line, when the database at path sits in a
// directory anyone can write to. It warns with the sticky bit too (/tmp):
// the bit stops others deleting or renaming the file, but not creating it
// first under that name (leadcheck would then keep your check-ins in a
// file they own and can read), nor planting the backups and copies
// leadcheck writes beside the database. A directory leadcheck creates is
// 0700, so this is about a --db or LEADCHECK_DB the user chose.
func warnShared(env Env, path string) {
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() || info.Mode().Perm()&0o002 == 0 {
		return
	}
	mode := uint32(info.Mode().Perm())
	if info.Mode()&os.ModeSticky != 0 {
		mode |= 0o1000
	}
	fmt.Fprintf(env.Stderr, "leadcheck: warning: %s is in %s, which anyone on this computer can write to (mode %#o); keep your history in a directory only you can write to\n",
		path, dir, mode)
}
