package practice

import (
	"errors"
	"sync"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// ErrNoStore is what a read says when the Service runs without a database.
var ErrNoStore = errors.New("no database is open, so nothing will be saved")

// Config is what a Service works with. Questionnaire is required by
// everything but the settings; the rest may be left out.
type Config struct {
	// Questionnaire is the one check-ins are taken with now.
	Questionnaire *assessment.Questionnaire
	// Store holds the history. Nil runs without one: check-ins go to
	// recovery files and reads fail with ErrNoStore (or StoreErr).
	Store *store.Store
	// StoreErr says why Store is nil, when it could not be opened.
	StoreErr error
	// SettingsPath is the settings file; "" keeps the defaults and saves
	// nothing.
	SettingsPath string
	// DraftPath is the file an unfinished check-in is kept in; "" keeps
	// no drafts.
	DraftPath string
	// RecoveryDir receives a finished check-in the database could not
	// take (the temporary directory when it cannot be written); ""
	// writes none. Version is recorded in the file.
	RecoveryDir, Version string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Advise adds to an error of the store what a person can do about it
	// (see store.Remedy); nil leaves errors as they are.
	Advise func(error) error
}

// Service runs the use cases. The app calls it from its background
// commands as well as from its screens: the store is safe for concurrent
// use, and the one thing a Service keeps itself (the recovery files it
// wrote) is guarded.
type Service struct {
	cfg Config
	// recovered are the recovery files written by this Service; a save
	// runs in the app's background, so they are guarded.
	mu        sync.Mutex
	recovered []string
}

// New makes a Service.
func New(cfg Config) *Service {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Advise == nil {
		cfg.Advise = func(err error) error { return err }
	}
	return &Service{cfg: cfg}
}

// Questionnaire is the questionnaire check-ins are taken with now.
func (s *Service) Questionnaire() *assessment.Questionnaire { return s.cfg.Questionnaire }

// Now is the Service's clock.
func (s *Service) Now() time.Time { return s.cfg.Now() }

// HasStore reports whether there is a database to read and save to.
func (s *Service) HasStore() bool { return s.cfg.Store != nil }

// DatabasePath is the file of the open database, or "".
func (s *Service) DatabasePath() string {
	if s.cfg.Store == nil {
		return ""
	}
	return s.cfg.Store.Path()
}

// err is err with the store's remedy put into words.
func (s *Service) err(err error) error {
	if err == nil {
		return nil
	}
	return s.cfg.Advise(err)
}

// noStore is the error of a read without a database.
func (s *Service) noStore() error {
	if s.cfg.StoreErr != nil {
		return s.cfg.StoreErr
	}
	return ErrNoStore
}
