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
	"time"

	"github.com/adrg/xdg"

	"github.com/leadcheck/leadcheck/assessment"
)

// DraftFormat marks a draft file, so a stray JSON file is not taken for one.
const DraftFormat = "leadcheck-draft"

// Draft is a check-in left unfinished: everything typed so far, kept in
// its own small file beside the database's history (never in it), so it
// never shows in the history or the statistics. The app rewrites it after
// every change and deletes it once the check-in is saved.
type Draft struct {
	Format        string           `json:"format"`
	Questionnaire QuestionnaireRef `json:"questionnaire"`
	// Items is how many statements the questionnaire had, for "7 of 24".
	Items   int                `json:"items"`
	Answers assessment.Answers `json:"answers"`
	Skipped []string           `json:"skipped,omitempty"`
	Timings assessment.Timings `json:"timings,omitempty"`
	// Position is the index of the statement on view when last changed.
	Position int `json:"position"`
	// Step is the step of the check-in on view when last changed, one of
	// the Step constants; empty in drafts written before steps were kept,
	// which resume in the statements.
	Step string `json:"step,omitempty"`
	// ReviewOf is the check-in whose commitments Reviews answer.
	ReviewOf   string    `json:"review_of,omitempty"`
	Reviews    []Review  `json:"reviews,omitempty"`
	Reflection string    `json:"reflection,omitempty"`
	Note       string    `json:"note,omitempty"`
	StartedAt  time.Time `json:"started_at"`
	// UpdatedAt is the last change; SpentSeconds the time spent on the
	// check-in until then, over every sitting.
	UpdatedAt    time.Time `json:"updated_at"`
	SpentSeconds float64   `json:"spent_seconds"`
	// TakenAt is the back-filled date of the check-in, zero for "now".
	TakenAt time.Time `json:"taken_at,omitzero"`
}

// The steps a draft can be left in, in the order a check-in takes them.
const (
	StepReview     = "review"
	StepStatements = "statements"
	StepReflection = "reflection"
	StepNote       = "note"
)

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
func LoadDraft(path string) (d Draft, ok bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Draft{}, false, nil
	}
	if err != nil {
		return Draft{}, false, fmt.Errorf("cannot read the unfinished check-in %s: %w", path, err)
	}
	if err := json.Unmarshal(data, &d); err != nil || d.Format != DraftFormat {
		if err == nil {
			err = fmt.Errorf("format %q is not %q", d.Format, DraftFormat)
		}
		return Draft{}, true, fmt.Errorf("the unfinished check-in %s is damaged (%v)", path, err)
	}
	return d, true, nil
}

// SaveDraft writes d to path (directory 0700, file 0600), through a
// temporary file and a rename, so the file is always a whole draft: the
// one before or this one. It does not sync to disk: it runs on every key
// press, and the page cache survives the process being killed, which is
// what a draft is for; a power cut may lose the last few keys.
func SaveDraft(path string, d Draft) error {
	d.Format = DraftFormat
	data, err := json.Marshal(d)
	if err != nil {
		return err
	}
	return writeAtomic(path, data, false)
}

// DeleteDraft removes the draft at path; a missing one is not an error.
func DeleteDraft(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot delete the unfinished check-in %s: %w", path, err)
	}
	return nil
}

// writeAtomic writes data to path through a temporary file in the same
// directory and a rename, making the directory (0700) if needed. The file
// is 0600 from the start, as os.CreateTemp makes it.
func writeAtomic(path string, data []byte, sync bool) error {
	dir := filepath.Dir(path)
	if err := ensureDir(dir); err != nil {
		return fmt.Errorf("cannot create directory %s: %w", dir, reason(err))
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, reason(err))
	}
	defer os.Remove(tmp.Name()) // after the rename there is nothing to remove
	_, err = tmp.Write(data)
	if err == nil && sync {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, reason(err))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, reason(err))
	}
	return nil
}
