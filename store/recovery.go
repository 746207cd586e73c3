package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// A recovery file keeps a finished check-in that could not be written to
// the database. It is an export (see ExportFile) of that one check-in and
// its questionnaire, so 'leadcheck import FILE' adds it as it is.
//
// The record needs an id before any database has given it one. Its key is
// its time, as Save makes it, and a sequence drawn at random from
// [recoverySeqMin, recoverySeqMin+recoverySeqSpan): Save's sequences count
// up from 1, so the two could meet only for check-ins taken in the same
// second, and then only by a one in nine million chance. Import raises the
// database's sequence past it, so check-ins saved afterwards get ids with
// seven-digit sequences; they stay unique and in time order.
const (
	recoverySeqMin  = 1_000_000
	recoverySeqSpan = 9_000_000
)

// Unwritable reports whether err means the database cannot be written
// where it is (no permission, a read-only file system, a full disk, a
// path through a file), as opposed to being in use, damaged or from a
// newer leadcheck. A check-in can still be taken then and kept in a
// recovery file.
func Unwritable(err error) bool {
	if err == nil || errors.Is(err, ErrInUse) || errors.Is(err, ErrNotDatabase) || errors.Is(err, ErrNewerSchema) {
		return false
	}
	for _, e := range []error{fs.ErrPermission, syscall.EROFS, syscall.ENOSPC, syscall.EDQUOT, syscall.ENOTDIR} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// WriteRecovery writes c, a finished check-in that was never saved, with
// q, the questionnaire it was answered with, to a new recovery file in
// dir, or in os.TempDir() when dir cannot be written, and returns its
// path. version is the leadcheck version recorded in the file. The file is
// 0600 and appears whole or not at all.
func WriteRecovery(dir string, c assessment.CheckIn, q *assessment.Questionnaire, version string) (string, error) {
	if q == nil {
		return "", errors.New("recovery file: the check-in has no questionnaire")
	}
	c.TakenAt = c.TakenAt.Truncate(time.Second)
	if err := checkTakenAt(c.TakenAt); err != nil {
		return "", fmt.Errorf("recovery file: %w", err)
	}
	c.ID = formatID(makeKey(c.TakenAt, recoverySeqMin+rand.Uint64N(recoverySeqSpan)))
	f := ExportFile{Format: ExportFormat, LeadcheckVersion: version, Schema: SchemaVersion,
		Questionnaires: []*assessment.Questionnaire{q}, CheckIns: []assessment.CheckIn{c}}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return "", err
	}
	name := "leadcheck-recovery-" + c.ID + ".json"
	var firstErr error
	for _, d := range []string{dir, os.TempDir()} {
		if d == "" {
			continue
		}
		path := filepath.Join(d, name)
		if err := WriteFile(path, append(data, '\n'), WriteOptions{Keep: true}); err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		return path, nil
	}
	return "", fmt.Errorf("cannot write a recovery file: %w", firstErr)
}
