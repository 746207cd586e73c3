package cli

import (
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/practice"
	"github.com/leadcheck/leadcheck/store"
)

// Every command that takes, finishes or keeps a check-in, or changes a
// preference, goes through the use cases (package practice), built here
// over what the command has opened, so that the app and the commands
// share them rather than each having its own.

// serviceOver builds the use cases over s (nil runs without a database;
// storeErr says why), keeping drafts in the file draft ("" keeps none)
// and recovery files in the state directory. A settings file that cannot
// be located leaves the settings out; the commands that need them say so
// themselves.
func serviceOver(env Env, q *assessment.Questionnaire, s *store.Store, storeErr error, draft string) *practice.Service {
	settings, _ := settingsPath(env)
	return practice.New(practice.Config{
		Questionnaire: q, Store: s, StoreErr: storeErr,
		SettingsPath: settings, DraftPath: draft, RecoveryDir: recoveryDir(env), Version: version(),
		Now: env.Now, Advise: advise,
	})
}

// serviceForApp makes the database ready for the app (see openForApp)
// and builds the use cases over it.
func serviceForApp(env Env, g *globals, q *assessment.Questionnaire, take bool) (*practice.Service, error) {
	h, path, storeErr, err := openForApp(env, g, take)
	if err != nil {
		return nil, err
	}
	if _, err := settingsPath(env); err != nil {
		return nil, err
	}
	return serviceOn(env, q, h, storeErr, draftPath(env, path)), nil
}

// serviceOn is serviceOver for a program that stays open: the use cases
// open the database through h for each operation (nil runs without a
// database; storeErr says why).
func serviceOn(env Env, q *assessment.Questionnaire, h *store.Handle, storeErr error, draft string) *practice.Service {
	settings, _ := settingsPath(env)
	return practice.New(practice.Config{
		Questionnaire: q, Handle: h, StoreErr: storeErr,
		SettingsPath: settings, DraftPath: draft, RecoveryDir: recoveryDir(env), Version: version(),
		Now: env.Now, Advise: advise,
	})
}

// settingsService is the use cases of the settings file alone, for the
// commands that read or set a preference.
func settingsService(env Env) (*practice.Service, error) {
	path, err := settingsPath(env)
	if err != nil {
		return nil, err
	}
	return practice.New(practice.Config{SettingsPath: path, Now: env.Now}), nil
}

// loadCadence returns the chosen cadence, whether it was chosen (rather
// than the default), and any error reading the settings.
func loadCadence(env Env) (assessment.Cadence, bool, error) {
	svc, err := settingsService(env)
	if err != nil {
		return assessment.Cadence{}, false, err
	}
	return svc.Cadence()
}
