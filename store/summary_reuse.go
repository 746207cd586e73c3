package store

import (
	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachSummary calls fn with the summary of every check-in, oldest first,
// as Summaries gives them, after count is told how many there are. The
// summary is valid only during the call: its scores and profile are
// reused for the next (see summaryReuse).
func (s *Store) EachSummary(count func(int), fn func(assessment.Summary) error) error {
	return s.guarded(func(tx *bbolt.Tx) error {
		b, err := summaries(tx)
		if err != nil {
			return err
		}
		count(b.Stats().KeyN)
		var sums summaryReuse
		return b.ForEach(func(k, v []byte) error {
			sum, err := sums.read(k, v)
			if err != nil {
				return err
			}
			return fn(sum)
		})
	})
}

// summaryReuse reads summaries one after another for a walk that hands
// each check-in to its caller only for the length of a call (EachNoted):
// the dimension scores go into one map, cleared for each, and a profile
// the same as the one before shares its strings. Ten thousand maps and
// twenty thousand names were a third of what reading the summaries
// allocated. Anything quickSummaryAfter would not take is read by
// decodeSummaryAfter, as a walk that keeps nothing reads it.
type summaryReuse struct {
	dims, facets map[string]assessment.Score
	codes        []string
	known        knownText
	profile      *assessment.ProfileRef
	prev         assessment.QuestionnaireRef
	// withFacets reads the facet scores, which are otherwise skipped.
	withFacets bool
	// keep makes the maps and codes of each summary anew, for a walk
	// that keeps every summary (Listing): only the texts are shared.
	keep bool
}

func (u *summaryReuse) read(k, v []byte) (assessment.Summary, error) {
	if u.dims == nil {
		u.dims = make(map[string]assessment.Score, 2)
	}
	clear(u.dims)
	if u.withFacets {
		if u.facets == nil {
			u.facets = make(map[string]assessment.Score, 8)
		}
		clear(u.facets)
	}
	s, ok := u.quick(v)
	if !ok {
		var err error
		if s, err = decodeSummaryAfter(k, v, u.prev, u.withFacets); err != nil {
			return s, err
		}
		u.prev = s.Questionnaire
		return s, nil
	}
	s.ID = formatID(k)
	u.prev = s.Questionnaire
	if s.WarningCodes != nil {
		u.codes = s.WarningCodes
	}
	return s, nil
}

// quick is quickSummaryInto writing into the reused maps and profile.
func (u *summaryReuse) quick(v []byte) (assessment.Summary, bool) {
	return quickSummaryInto(v, u.prev, u, u.withFacets)
}

// scores is the map for a summary's dimension scores: the reused one, or
// a new one when nothing is reused (u is nil).
func (u *summaryReuse) scores() map[string]assessment.Score {
	if u == nil || u.keep {
		return make(map[string]assessment.Score, 2)
	}
	return u.dims
}

// facetScores is the map for a summary's facet scores, as scores is for
// its dimensions.
func (u *summaryReuse) facetScores() map[string]assessment.Score {
	if u == nil || u.keep {
		return make(map[string]assessment.Score, 8)
	}
	return u.facets
}

// codeList is the list the warnings' codes are appended to: the reused
// one emptied, or none when nothing is reused.
func (u *summaryReuse) codeList() []string {
	if u == nil || u.keep {
		return nil
	}
	u.codes = u.codes[:0]
	return u.codes
}

// profileOf is the profile with this id and name: the one before when it
// is the same and u reuses, else a new one.
func (u *summaryReuse) profileOf(id, name []byte) *assessment.ProfileRef {
	if u == nil {
		return &assessment.ProfileRef{ID: string(id), Name: string(name)}
	}
	if p := u.profile; p == nil || p.ID != string(id) || p.Name != string(name) {
		u.profile = &assessment.ProfileRef{ID: string(id), Name: string(name)}
	}
	return u.profile
}
