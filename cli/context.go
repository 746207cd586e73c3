package cli

import (
	"errors"
	"fmt"
	"os"

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
// warns about a chosen one in a directory others can write to.
func dbPath(env Env, g *globals) (string, error) {
	if g.db != "" {
		warnShared(env, g.db)
		return g.db, nil
	}
	if p := env.Getenv("LEADCHECK_DB"); p != "" {
		warnShared(env, p)
		return p, nil
	}
	return store.DefaultPath() // its directory is made 0700
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

func openStore(env Env, g *globals) (*store.Store, error) {
	path, err := dbPath(env, g)
	if err != nil {
		return nil, err
	}
	s, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	if up, ok := s.Upgraded(); ok {
		fmt.Fprintf(env.Stderr, "leadcheck: upgraded %s from an older leadcheck (schema %d to %d); the database as it was is saved as %s\n",
			path, up.From, up.To, up.Backup)
	}
	return s, nil
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
	switch g.theme {
	case "", "auto", "dark", "light", "none":
	default:
		return "", usagef("--theme must be auto, dark, light or none (got %q)", g.theme)
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
