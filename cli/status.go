package cli

import (
	"errors"
	"fmt"
)

// exitStatus ends a command with a status and no message: 'due' answers
// with its status, for shells and cron.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// statusError is an error printed as any other but ending with its own
// status: 'due' keeps 1 for "not due", so its errors need another.
type statusError struct {
	code int
	err  error
}

func (e statusError) Error() string { return e.err.Error() }
func (e statusError) Unwrap() error { return e.err }

// dueErrorStatus is the status of 'due' for any error but a usage error,
// so a prompt or cron job never reads a broken database as "not due".
const dueErrorStatus = 3

// withStatus gives err the status code, unless it is a usage error, which
// keeps status 2 whatever the command.
func withStatus(code int, err error) error {
	var ue UsageError
	if err == nil || errors.As(err, &ue) {
		return err
	}
	return statusError{code, err}
}
