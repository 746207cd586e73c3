package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/adrg/xdg"

	"github.com/leadcheck/leadcheck/assessment"
)

// DraftFormat marks a draft file, so a stray JSON file is not taken for one.
const DraftFormat = "leadcheck-draft"

// draftFile is a draft as its file holds it: the format marker first,
// then the draft.
type draftFile struct {
	Format string `json:"format"`
	assessment.Draft
}

// StateDir is $XDG_STATE_HOME/leadcheck, where drafts and recovery files
// live: state that outlives a run but is not history or a preference.
func StateDir() (string, error) {
	if xdg.StateHome == "" {
		return "", errors.New("cannot find a state directory; set XDG_STATE_HOME or HOME")
	}
	return filepath.Join(xdg.StateHome, "leadcheck"), nil
}

// DraftPath is the draft file of the database at dbPath, in stateDir. The
// name is a hash of the database's absolute path, so each database has
// its own draft and a draft is never resumed into another history.
func DraftPath(stateDir, dbPath string) (string, error) {
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		return "", fmt.Errorf("draft for %s: %w", dbPath, err)
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(stateDir, "drafts", hex.EncodeToString(sum[:8])+".json"), nil
}

// LoadDraft reads the draft at path; ok is false when there is none.
func LoadDraft(path string) (d assessment.Draft, ok bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return assessment.Draft{}, false, nil
	}
	if err != nil {
		return assessment.Draft{}, false, fmt.Errorf("cannot read the unfinished check-in %s: %w", path, err)
	}
	var f draftFile
	if err := json.Unmarshal(data, &f); err != nil || f.Format != DraftFormat {
		if err == nil {
			err = fmt.Errorf("format %q is not %q", f.Format, DraftFormat)
		}
		return assessment.Draft{}, true, fmt.Errorf("the unfinished check-in %s is damaged (%v)", path, err)
	}
	return f.Draft, true, nil
}

// SaveDraft writes d to path (directory 0700, file 0600) through
// WriteFile, so the file is always a whole draft: the one before or this
// one.
func SaveDraft(path string, d assessment.Draft) error {
	data, err := json.Marshal(draftFile{Format: DraftFormat, Draft: d})
	if err != nil {
		return err
	}
	return WriteFile(path, data, WriteOptions{})
}

// DeleteDraft removes the draft at path; a missing one is not an error.
func DeleteDraft(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot delete the unfinished check-in %s: %w", path, err)
	}
	return nil
}
