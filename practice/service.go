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
	// Store holds the history, open for the Service's whole life: what a
	// command that runs and ends uses.
	Store *store.Store
	// Handle holds the history for a program that stays open (the app):
	// the database is opened for each use case and closed after it, so
	// other processes may read and write it in between. Store, when
	// given, is used instead. With neither, check-ins go to recovery
	// files and reads fail with ErrNoStore (or StoreErr).
	Handle *store.Handle
	// StoreErr says why there is no database, when it could not be
	// opened.
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
// commands as well as from its screens: the store and the handle are safe
// for concurrent use, and the one thing a Service keeps itself (the
// recovery files it wrote) is guarded. It keeps no check-ins: every use
// case reads the database afresh.
type Service struct {
	cfg Config
	// recovered are the recovery files written by this Service; a save
	// runs in the app's background, so they are guarded.
	mu        sync.Mutex
	recovered []string
	// savedDraft is the check-in a draft left after its save was (see
	// Draft).
	savedDraft string
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
func (s *Service) HasStore() bool { return s.cfg.Store != nil || s.cfg.Handle != nil }

// DatabasePath is the file of the database, or "".
func (s *Service) DatabasePath() string {
	switch {
	case s.cfg.Store != nil:
		return s.cfg.Store.Path()
	case s.cfg.Handle != nil:
		return s.cfg.Handle.Path()
	}
	return ""
}

// read runs fn on the database for reading: the Store held open, or one
// the Handle opens read-only for fn alone. Without either it is the
// error of having no database, and fn is not run.
func (s *Service) read(fn func(*store.Store) error) error {
	switch {
	case s.cfg.Store != nil:
		return s.err(fn(s.cfg.Store))
	case s.cfg.Handle != nil:
		return s.err(s.cfg.Handle.Read(fn))
	}
	return s.noStore()
}

// write is read for a use case that writes: the Handle opens the
// database with the write lock, for fn alone.
func (s *Service) write(fn func(*store.Store) error) error {
	switch {
	case s.cfg.Store != nil:
		return s.err(fn(s.cfg.Store))
	case s.cfg.Handle != nil:
		return s.err(s.cfg.Handle.Write(fn))
	}
	return s.noStore()
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
