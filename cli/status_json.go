package cli

import (
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// The JSON shapes of 'due --json', 'cadence --json' and 'doctor --json'
// (documented in the README). Exit statuses are the same as without
// --json, so a script may read either.
type (
	dueOut struct {
		Due bool `json:"due"`
		// DueOn is the day the next check-in is due (YYYY-MM-DD); null
		// before the first check-in, which is due at once.
		DueOn *string `json:"due_on"`
		// Last is the latest check-in's id, null when there is none.
		Last        *string     `json:"last"`
		LastTakenAt *string     `json:"last_taken_at"`
		Cadence     cadenceJSON `json:"cadence"`
		// Exactly one of DaysOverdue (when due: 0 is today) and DaysLeft
		// (when not) is set, except before the first check-in.
		DaysOverdue *int `json:"days_overdue,omitempty"`
		DaysLeft    *int `json:"days_left,omitempty"`
	}
	cadenceJSON struct {
		Days  int    `json:"days"`
		Short string `json:"short"`
		Words string `json:"words"`
		// Chosen is false when the default is in use.
		Chosen bool `json:"chosen"`
	}
	doctorOut struct {
		Path           string        `json:"path"`
		Healthy        bool          `json:"healthy"`
		Schema         int           `json:"schema"`
		CheckIns       int           `json:"check_ins"`
		Questionnaires int           `json:"questionnaires"`
		FeedbackRounds int           `json:"feedback_rounds"`
		Responses      int           `json:"responses"`
		Checks         []doctorCheck `json:"checks"`
		Problems       []string      `json:"problems"`
		Notes          []string      `json:"notes"`
	}
	doctorCheck struct {
		Name   string `json:"name"`
		Passed bool   `json:"passed"`
	}
)

func cadenceOf(c assessment.Cadence, chosen bool) cadenceJSON {
	return cadenceJSON{Days: c.Days, Short: c.String(), Words: c.Words(), Chosen: chosen}
}

func dueJSON(d dueState) dueOut {
	out := dueOut{Due: d.due.Now, Cadence: cadenceOf(d.cadence, d.chosen)}
	if d.due.First {
		return out
	}
	on, id, at := d.due.At.Format("2006-01-02"), d.last.ID, d.last.TakenAt.Format("2006-01-02T15:04:05Z07:00")
	out.DueOn, out.Last, out.LastTakenAt = &on, &id, &at
	n := d.due.Days
	if d.due.Now {
		out.DaysOverdue = &n
	} else {
		out.DaysLeft = &n
	}
	return out
}

func doctorJSON(rep store.Report) doctorOut {
	return doctorOut{
		Path: rep.Path, Healthy: rep.Healthy(), Schema: rep.Schema,
		CheckIns: rep.CheckIns, Questionnaires: rep.Questionnaires,
		FeedbackRounds: rep.Rounds, Responses: rep.Responses,
		Checks: []doctorCheck{
			{"consistency of every page", rep.Consistent},
			{"every check-in readable", rep.Readable},
			{"no problems found", len(rep.Problems) == 0},
		},
		Problems: nonNil(rep.Problems), Notes: nonNil(rep.Notes),
	}
}

// nonNil makes an empty list print as [] rather than null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
