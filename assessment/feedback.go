package assessment

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Feedback from the team ("360"): the leader opens a round tied to a
// check-in, hands out a form, and collects the filled-in forms as
// anonymous responses. This file holds the round and the response; the
// form is in feedback_form.go and feedback_paper.go, reading a filled-in
// form in feedback_parse.go, and the report with its anonymity rules in
// feedback_report.go and feedback_anonymity.go.

// Role is the seat an observer answers from. Its value is the id written
// on the form and in JSON.
type Role string

// The roles a round may offer, in the order forms list them.
const (
	RoleDirectReport Role = "direct-report"
	RolePeer         Role = "peer"
	RoleManager      Role = "manager"
	RoleOther        Role = "other"
)

// Roles are every role, in form order.
var Roles = []Role{RoleDirectReport, RolePeer, RoleManager, RoleOther}

// Words is the role as a sentence says it: "direct report".
func (r Role) Words() string { return strings.ReplaceAll(string(r), "-", " ") }

// ParseRole reads a role as a person may write it on a form: the id
// ("direct-report") or the words ("Direct report"), in any case.
func ParseRole(s string) (Role, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.NewReplacer(" ", "-", "_", "-").Replace(s)
	if slices.Contains(Roles, Role(s)) {
		return Role(s), true
	}
	return "", false
}

// roleList writes roles as a form lists them: "direct-report, peer, other".
func roleList(roles []Role) string {
	parts := make([]string, len(roles))
	for i, r := range roles {
		parts[i] = string(r)
	}
	return strings.Join(parts, ", ")
}

// DefaultMinResponses is the fewest responses a round shows scores for,
// and the lowest minimum a round may have: with two observers each one
// can work out the other's answers from the average and their own.
const DefaultMinResponses = 3

// Round is one request for feedback. It is tied to a check-in, whose
// scores are the "self" the observers' are set against; CheckIn is empty
// while the round waits for the next check-in.
type Round struct {
	ID            string           `json:"id"`
	CheckIn       string           `json:"checkin,omitempty"`
	Questionnaire QuestionnaireRef `json:"questionnaire"`
	StartedAt     time.Time        `json:"started_at"`
	// Min is how many responses must arrive before any observer score is
	// shown; never below DefaultMinResponses.
	Min int `json:"min"`
	// ClosesOn is the last day responses are taken, as a date in the
	// leader's time zone; zero when the round stays open until closed.
	ClosesOn time.Time `json:"closes_on,omitzero"`
	Roles    []Role    `json:"roles"`
	// ManagerSeparate shows the manager's answers apart from the others'.
	// The form says so, so a manager knows before answering.
	ManagerSeparate bool `json:"manager_separate,omitempty"`
	// WindowDays is the period the statements ask about, fixed when the
	// round starts so every copy of the form reads the same.
	WindowDays int  `json:"window_days"`
	Closed     bool `json:"closed,omitempty"`
}

// RoundOptions are the choices made when a round starts; zero values take
// the defaults (minimum 3, no closing date, every role, the default
// cadence's window).
type RoundOptions struct {
	Min             int
	ClosesOn        time.Time
	Roles           []Role
	ManagerSeparate bool
	Window          Cadence
}

// roundID keeps a round id usable as a plain YAML value and in a file
// name (feedback-<round>.yaml).
var roundID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// IsRoundID reports whether s is written as a round id can be, so a
// command can tell a typing slip from a round the database does not hold.
func IsRoundID(s string) bool { return roundID.MatchString(s) }

// NewRound starts a round for the questionnaire q, tied to the check-in
// checkIn (empty for the next one). now is when it starts; a closing date
// before now's day is refused.
func NewRound(id, checkIn string, q *Questionnaire, o RoundOptions, now time.Time) (Round, error) {
	r := Round{
		ID: id, CheckIn: checkIn, Questionnaire: RefOf(q), StartedAt: now,
		Min: o.Min, ClosesOn: o.ClosesOn, ManagerSeparate: o.ManagerSeparate,
		WindowDays: o.Window.Days,
	}
	if r.Min == 0 {
		r.Min = DefaultMinResponses
	}
	if r.WindowDays == 0 {
		r.WindowDays = DefaultCadence.Days
	}
	r.Roles = Roles
	if len(o.Roles) > 0 {
		// Form order, each once, whatever order they were given in.
		r.Roles = slices.DeleteFunc(slices.Clone(Roles), func(x Role) bool { return !slices.Contains(o.Roles, x) })
		for _, x := range o.Roles {
			if !slices.Contains(Roles, x) {
				return Round{}, fmt.Errorf("unknown role %q; a round offers some of %s", x, roleList(Roles))
			}
		}
	}
	if !r.ClosesOn.IsZero() && r.PastClosing(now) {
		return Round{}, fmt.Errorf("the closing date %s has passed; pick today or a later day", r.ClosesOn.Format(time.DateOnly))
	}
	return r, r.Validate()
}

// Validate checks a round as it is stored, for rounds read back from a
// database or an import.
func (r Round) Validate() error {
	var errs []error
	if !roundID.MatchString(r.ID) {
		errs = append(errs, fmt.Errorf("round id %q must be 1 to 64 lowercase letters, digits and dashes, starting with a letter or digit", clip(r.ID, 70)))
	}
	if r.Questionnaire.ID == "" || r.Questionnaire.Hash == "" {
		errs = append(errs, fmt.Errorf("round %s does not say which questionnaire its form was written from", r.ID))
	}
	if r.Min < DefaultMinResponses {
		errs = append(errs, fmt.Errorf("round %s: the minimum of responses is %d; it must be at least %d, so no one's answers can be singled out", r.ID, r.Min, DefaultMinResponses))
	}
	if len(r.Roles) == 0 {
		errs = append(errs, fmt.Errorf("round %s offers no role; offer at least one of %s", r.ID, roleList(Roles)))
	}
	for i, x := range r.Roles {
		if !slices.Contains(Roles, x) || slices.Index(r.Roles, x) != i {
			errs = append(errs, fmt.Errorf("round %s: role %q is unknown or listed twice; a round offers some of %s, each once", r.ID, clip(string(x), 40), roleList(Roles)))
		}
	}
	if r.ManagerSeparate && !r.Offers(RoleManager) {
		errs = append(errs, fmt.Errorf("round %s shows the manager's response separately but does not offer the manager role; offer it, or show all responses together", r.ID))
	}
	if r.WindowDays < MinCadenceDays || r.WindowDays > MaxCadenceDays {
		errs = append(errs, fmt.Errorf("round %s asks about %d days; it must be between %d and %d", r.ID, r.WindowDays, MinCadenceDays, MaxCadenceDays))
	}
	return errors.Join(errs...)
}

// Offers reports whether the round takes responses from this role.
func (r Round) Offers(role Role) bool { return slices.Contains(r.Roles, role) }

// Window is the period the round's statements ask about.
func (r Round) Window() Cadence {
	if r.WindowDays == 0 {
		return DefaultCadence
	}
	return Cadence{Days: r.WindowDays}
}

// MinResponses is the round's minimum, never below the default, so a
// round stored without one still protects its observers.
func (r Round) MinResponses() int { return max(r.Min, DefaultMinResponses) }

// Reached reports whether a round with this many responses shows
// observer scores; below its minimum only the count is shown.
func (r Round) Reached(responses int) bool { return responses >= r.MinResponses() }

// IsOpen reports whether the round takes responses at now: it has not
// been closed, and its closing day (if any) has not passed.
func (r Round) IsOpen(now time.Time) bool { return !r.Closed && !r.PastClosing(now) }

// RoundStatus says whether a round takes responses, in the words the
// report, the list and the completion of round ids share: "open", "open
// until 2026-12-14" or "closed".
func RoundStatus(open bool, closesOn time.Time) string {
	switch {
	case !open:
		return "closed"
	case closesOn.IsZero():
		return "open"
	}
	return "open until " + closesOn.Format(time.DateOnly)
}

// PastClosing reports whether now is after the round's closing day. The
// closing day counts whole: a round closing on the 14th takes responses
// until midnight at the end of the 14th, in the time zone of the date.
func (r Round) PastClosing(now time.Time) bool {
	if r.ClosesOn.IsZero() {
		return false
	}
	y, m, d := r.ClosesOn.Date()
	end := time.Date(y, m, d+1, 0, 0, 0, 0, r.ClosesOn.Location())
	return !now.Before(end)
}

// clip shortens text that came from a file for a message, so a runaway
// value cannot fill the screen.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
