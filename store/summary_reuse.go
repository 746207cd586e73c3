package store

import (
	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachSummary calls fn with the summary of every check-in, oldest first,
// as Summaries gives them but without the id (a chart has no use for it,
// and formatting ten thousand was a tenth of the walk), after count is
// told how many there are. The summary is valid only during the call:
// its scores and profile are reused for the next (see summaryReuse).
func (s *Store) EachSummary(count func(int), fn func(assessment.Summary) error) error {
	return s.guarded(func(tx *bbolt.Tx) error {
		b, err := summaries(tx)
		if err != nil {
			return err
		}
		// Counted by the keys: bbolt's Stats checks every page, and took
		// twice as long.
		n := 0
		c := b.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			n++
		}
		count(n)
		sums := summaryReuse{noIDs: true}
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
// met before is given again. Ten thousand maps and twenty thousand names
// were a third of what reading the summaries allocated. Anything
// quickSummaryInto would not take is read by decodeSummaryAfter, as a
// walk that keeps nothing reads it.
type summaryReuse struct {
	dims, facets map[string]assessment.Score
	codes        []string
	known        knownText
	profiles     []*assessment.ProfileRef // those met, never changed once made
	prev         assessment.QuestionnaireRef
	// qRaw is the stored questionnaire reference of the summary before,
	// whose reference is prev; empty when that one had none or was not
	// read by hand.
	qRaw []byte
	// withFacets reads the facet scores, which are otherwise skipped.
	withFacets bool
	// keep makes the maps and codes of each summary anew, for a walk
	// that keeps every summary (Listing): only the texts are shared.
	keep bool
	// noIDs leaves the id out, for a walk that has no use for it.
	noIDs bool
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
		u.qRaw = u.qRaw[:0] // prev becomes what encoding/json reads
		var err error
		if s, err = decodeSummaryAfter(k, v, u.prev, u.withFacets); err != nil {
			return s, err
		}
		u.prev = s.Questionnaire
		return s, nil
	}
	if !u.noIDs {
		s.ID = formatID(k)
	}
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

// profileOf is the profile with this id and name: one met before when u
// reuses, else a new one.
func (u *summaryReuse) profileOf(id, name []byte) *assessment.ProfileRef {
	if u == nil {
		return &assessment.ProfileRef{ID: string(id), Name: string(name)}
	}
	for _, p := range u.profiles {
		if p.ID == string(id) && p.Name == string(name) {
			return p
		}
	}
	p := &assessment.ProfileRef{ID: string(id), Name: string(name)}
	if len(u.profiles) < maxKnownProfiles {
		u.profiles = append(u.profiles, p)
	}
	return p
}

// maxKnownProfiles bounds the profiles a walk keeps: a questionnaire has
// a handful, and a list of ten thousand check-ins moves between them.
const maxKnownProfiles = 16
