package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/mattn/go-isatty"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// loadQuestionnaire reads --questions, then $LEADCHECK_QUESTIONS, then the
// embedded file.
func loadQuestionnaire(env Env, g *globals) (*assessment.Questionnaire, error) {
	path := g.questions
	if path == "" {
		path = env.Getenv("LEADCHECK_QUESTIONS")
	}
	if path == "" {
		return assessment.Parse("questions.yaml (built in)", env.Questions)
	}
	data, err := readQuestionnaire(path)
	var ve *assessment.ValidationError
	if errors.As(err, &ve) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("%w (check --questions or LEADCHECK_QUESTIONS)", err)
	}
	q, err := assessment.Parse(path, data)
	if err != nil {
		return nil, fmt.Errorf("questionnaire is not valid; fix these and run again (or drop --questions to use the built-in one):\n%w", err)
	}
	return q, nil
}

// readQuestionnaire reads a questionnaire file within its size limit.
func readQuestionnaire(path string) ([]byte, error) {
	data, _, err := readLimited(path, nil, assessment.MaxQuestionnaireBytes, "a questionnaire")
	var ve *assessment.ValidationError
	switch {
	case errors.As(err, &ve):
		return nil, fmt.Errorf("questionnaire not read:\n%w", err)
	case err != nil:
		return nil, fmt.Errorf("cannot read questionnaire: %w", err)
	}
	return data, nil
}

// dbPath resolves --db, then $LEADCHECK_DB, then the XDG default, and
// warns (once a run) about a chosen one in a directory others can write
// to. It is the one place a database path is worked out, so every command
// agrees on it.
func dbPath(env Env, g *globals) (string, error) {
	p, from := g.db, "--db"
	if p == "" {
		p, from = env.Getenv("LEADCHECK_DB"), "LEADCHECK_DB"
	}
	if p == "" {
		return store.DefaultPath() // its directory is made 0700
	}
	p, err := expandHome(env, p, from)
	if err != nil {
		return "", err
	}
	if !g.sharedWarned {
		g.sharedWarned = true
		warnShared(env, p)
	}
	return p, nil
}

// expandHome reads a leading "~" or "~/" as the home directory, as a shell
// would have (a quoted path or one set in a config file reaches us as
// typed). "~user" is refused rather than made into a directory named so.
func expandHome(env Env, p, from string) (string, error) {
	if p != "~" && !strings.HasPrefix(p, "~/") {
		if strings.HasPrefix(p, "~") {
			return "", usagef("%s %q: ~user paths are not supported; write the full path of that user's home", from, p)
		}
		return p, nil
	}
	home := env.Getenv("HOME")
	if home == "" {
		return "", usagef("%s %q starts with ~ but HOME is not set; write the full path", from, p)
	}
	return filepath.Join(home, strings.TrimPrefix(p, "~")), nil
}

// openBoth loads the questionnaire, then opens the store: the order means a
// broken questionnaire is reported without touching the database.
func openBoth(env Env, g *globals) (*assessment.Questionnaire, *store.Store, error) {
	q, err := loadQuestionnaire(env, g)
	if err != nil {
		return nil, nil, err
	}
	s, err := openStore(env, g)
	if err != nil {
		return nil, nil, err
	}
	return q, s, nil
}

// openBothToRead is openBoth for commands that only read: see
// openStoreToRead.
func openBothToRead(env Env, g *globals) (*assessment.Questionnaire, *store.Store, error) {
	q, err := loadQuestionnaire(env, g)
	if err != nil {
		return nil, nil, err
	}
	s, err := openStoreToRead(env, g)
	if err != nil {
		return nil, nil, err
	}
	return q, s, nil
}

// openStoreToRead opens the database read-only for a command that only
// reads: it creates no file or directory (a missing database reads as an
// empty history) and works on a read-only file system.
func openStoreToRead(env Env, g *globals) (*store.Store, error) {
	return openWith(env, g, store.OpenReadOnly)
}

func openStore(env Env, g *globals) (*store.Store, error) {
	return openWith(env, g, store.Open)
}

func openWith(env Env, g *globals, open func(string, ...store.Option) (*store.Store, error)) (*store.Store, error) {
	path, err := dbPath(env, g)
	if err != nil {
		return nil, advise(err)
	}
	return openAt(env, path, open)
}

// openAt opens the database at path, saying so when it was upgraded.
func openAt(env Env, path string, open func(string, ...store.Option) (*store.Store, error)) (*store.Store, error) {
	s, err := open(path, storeOptions(env)...)
	if err != nil {
		return nil, advise(err)
	}
	if up, ok := s.Upgraded(); ok {
		fmt.Fprintf(env.Stderr, "leadcheck: upgraded %s from an older leadcheck (schema %d to %d); the database as it was is saved as %s\n",
			path, up.From, up.To, up.Backup)
	}
	return s, nil
}

// storeOptions are the options every open of the database takes.
func storeOptions(env Env) []store.Option {
	if env.LockTimeout > 0 {
		return []store.Option{store.WithLockTimeout(env.LockTimeout)}
	}
	return nil
}

func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && (isatty.IsTerminal(file.Fd()) || isatty.IsCygwinTerminal(file.Fd()))
}

// colour decides whether printed output may use colour: only on a terminal,
// never under NO_COLOR, theme none or the accessible mode.
func colour(env Env, g *globals) bool {
	return env.IsTerminal(env.Stdout) && env.Getenv("NO_COLOR") == "" && !accessible(env, g) &&
		chosenTheme(env, g) != "none"
}

// theme is the theme the TUI should use: NO_COLOR, then --theme, then the
// saved preference (chosenTheme).
func theme(env Env, g *globals) (string, error) {
	if err := checkTheme(g.theme); err != nil {
		return "", err
	}
	if env.Getenv("NO_COLOR") != "" {
		return "none", nil
	}
	return chosenTheme(env, g), nil
}

// terminalWidth is the width of the terminal stdout goes to, or 80 when it
// goes elsewhere.
func terminalWidth(env Env) int {
	if f, ok := env.Stdout.(*os.File); ok && env.IsTerminal(f) {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w >= 40 {
			return w
		}
	}
	return printWidth
}

// checkTheme refuses a --theme that is not one of store.Themes; empty is
// "not given".
func checkTheme(t string) error {
	if store.ValidTheme(t) {
		return nil
	}
	n := len(store.Themes)
	return usagef("--theme must be %s or %s (got %q)", strings.Join(store.Themes[:n-1], ", "), store.Themes[n-1], t)
}
