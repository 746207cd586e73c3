package store

import (
	"fmt"
	"slices"
	"strings"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// Feedback in an export carries only what the report would show: the
// rounds, and a round's responses only once it has reached its minimum,
// each without its role unless the report shows that role's scores and
// at least assessment.GroupFloor responses share it: with 3 direct
// reports named, the one response without a role would be plainly the
// peer's. A response without a role is imported as it is and counts for
// no role.

// exportFeedback adds the rounds, the responses that may be shown, and
// the snapshots of the rounds' questionnaires to f.
func (s *Store) exportFeedback(f *ExportFile) error {
	rounds, err := s.Rounds()
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	have := map[string]bool{}
	for _, q := range f.Questionnaires {
		have[q.Hash] = true
	}
	for _, r := range rounds {
		f.Rounds = append(f.Rounds, r)
		if ref := r.Questionnaire; !have[ref.Hash] {
			have[ref.Hash] = true
			if q, ok, err := s.Questionnaire(ref.Hash); err != nil {
				return fmt.Errorf("export: %w", err)
			} else if ok {
				f.Questionnaires = append(f.Questionnaires, q)
			}
		}
		rs, err := s.Responses(r.ID)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		f.Responses = append(f.Responses, shownResponses(r, rs)...)
	}
	return nil
}

// shownResponses are a round's responses as an export may carry them.
func shownResponses(r assessment.Round, rs []assessment.Response) []assessment.Response {
	if !r.Reached(len(rs)) {
		return nil
	}
	counts, named := assessment.RoleCounts(rs), assessment.ShownRoles(r, rs)
	out := slices.Clone(rs)
	for i := range out {
		if counts[out[i].Role] < assessment.GroupFloor || !slices.Contains(named, out[i].Role) {
			out[i].Role = ""
		}
	}
	// In the order of the hashes of what goes out, as a database that
	// imports the file holds them (by hash): an export of that database
	// is then the same file, byte for byte, whatever roles were dropped.
	type hashed struct {
		hash string
		resp assessment.Response
	}
	byHash := make([]hashed, len(out))
	for i, r := range out {
		byHash[i] = hashed{r.Hash(), r}
	}
	slices.SortStableFunc(byHash, func(a, b hashed) int { return strings.Compare(a.hash, b.hash) })
	for i, h := range byHash {
		out[i] = h.resp
	}
	return out
}

// CheckFeedback checks the rounds and responses of the file as 'feedback
// add' checks a form: each round is valid and its questionnaire known
// (the file's snapshot, else what known returns), and each response is
// for a round of the file, with the same questionnaire, a role it offers
// (or none), answers on the scale and something filled in.
func (f ExportFile) CheckFeedback(known func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error)) error {
	qs := map[string]*assessment.Questionnaire{}
	for _, q := range f.Questionnaires {
		qs[q.Hash] = q
	}
	rounds := map[string]assessment.Round{}
	var ps []problem
	for i, r := range f.Rounds {
		path := fmt.Sprintf("rounds[%d]", i)
		if err := r.Validate(); err != nil {
			ps = append(ps, problem{path, err.Error()})
		}
		if _, dup := rounds[r.ID]; dup {
			ps = append(ps, problem{path + ".id", "the same round id as an earlier round"})
		}
		if qs[r.Questionnaire.Hash] == nil {
			q, err := known(r.Questionnaire)
			if err != nil {
				return err
			}
			if q == nil {
				ps = append(ps, problem{path + ".questionnaire", "is neither in the file nor in the database; import the export it came with"})
			}
			qs[r.Questionnaire.Hash] = q
		}
		rounds[r.ID] = r
	}
	for i, resp := range f.Responses {
		r, ok := rounds[resp.Round]
		q := qs[r.Questionnaire.Hash]
		path := fmt.Sprintf("responses[%d]", i)
		switch {
		case !ok:
			ps = append(ps, problem{path + ".round", fmt.Sprintf("%q is not a round of the file", resp.Round)})
		case q != nil:
			if err := assessment.CheckResponse(withSomeRole(resp, r), r, q); err != nil {
				ps = append(ps, problem{path, err.Error()})
			}
		}
	}
	if len(ps) > 0 {
		return f.report(ps, nil)
	}
	return nil
}

// withSomeRole gives a response whose role was left out of an export a
// role its round offers, for the checks that need one.
func withSomeRole(resp assessment.Response, r assessment.Round) assessment.Response {
	if resp.Role == "" && len(r.Roles) > 0 {
		resp.Role = r.Roles[0]
	}
	return resp
}

// ImportFeedback adds the rounds and responses not in the database yet,
// in one transaction; on any error nothing is added. A round whose id is
// there is kept as it is; a response is skipped when the same one is
// there, or the same one with its role, for a response an export carried
// without it. qs are the snapshots of the rounds' questionnaires.
func (s *Store) ImportFeedback(newRounds []assessment.Round, rs []assessment.Response, qs []*assessment.Questionnaire) (added, skipped int, err error) {
	err = s.update(func(tx *bbolt.Tx) error {
		added, skipped = 0, 0
		b, err := rounds(tx)
		if err != nil {
			return err
		}
		for _, r := range newRounds {
			if b.Get([]byte(r.ID)) == nil {
				if err := putRound(b, r); err != nil {
					return err
				}
			}
		}
		for _, q := range qs {
			if err := keepQuestionnaire(tx, q); err != nil {
				return err
			}
		}
		for _, resp := range rs {
			ok, err := importResponse(tx, resp)
			if err != nil {
				return err
			}
			if ok {
				added++
			} else {
				skipped++
			}
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("import feedback into %s: %w; no feedback was imported", s.path, err)
	}
	return added, skipped, nil
}

// importResponse adds resp unless it is there, with or without its role.
func importResponse(tx *bbolt.Tx, resp assessment.Response) (bool, error) {
	if resp.Role == "" {
		stored, err := responsesOf(tx, resp.Round)
		if err != nil {
			return false, err
		}
		for _, x := range stored {
			x.Role = ""
			if x.Hash() == resp.Hash() {
				return false, nil
			}
		}
	}
	return putResponse(tx, resp)
}
