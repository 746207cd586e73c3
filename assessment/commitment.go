package assessment

// Commitment is one thing a leader chose to work on until the next
// check-in: the facet it belongs to, the practice that was suggested, and
// the objective in the leader's own words.
type Commitment struct {
	Facet string `json:"facet"`
	// Item is the statement that prompted the suggestion, if any.
	Item      string `json:"item,omitempty"`
	Practice  string `json:"practice"`
	Objective string `json:"objective"`
}

// Progress is how far a commitment got.
type Progress string

// The three answers of a commitment review.
const (
	NotStarted   Progress = "not-started"
	SomeProgress Progress = "some-progress"
	Done         Progress = "done"
)

// Progresses are the answers of a review, in the order they are offered.
var Progresses = []Progress{NotStarted, SomeProgress, Done}

// Valid reports whether p is one of the three answers.
func (p Progress) Valid() bool { return p == NotStarted || p == SomeProgress || p == Done }

// Words is p as a person says it.
func (p Progress) Words() string {
	switch p {
	case NotStarted:
		return "not started"
	case SomeProgress:
		return "some progress"
	case Done:
		return "done"
	}
	return string(p)
}

// Review is how one commitment of an earlier check-in went. It copies the
// commitment, so it reads on its own even if that check-in is deleted.
type Review struct {
	// CheckIn is the id of the check-in the commitment was made in.
	CheckIn    string     `json:"check_in"`
	Commitment Commitment `json:"commitment"`
	Progress   Progress   `json:"progress"`
	Note       string     `json:"note,omitempty"`
}

// ReviewsByCommitment lines reviews up with c's commitments: at index i
// the review of commitment i, a zero Review where none of reviews is a
// valid one of it. A resumed check-in uses it to show what was already
// answered, in the app and the accessible mode alike.
func (c CheckIn) ReviewsByCommitment(reviews []Review) []Review {
	out := make([]Review, len(c.Commitments))
	for _, rv := range reviews {
		if rv.CheckIn != c.ID || !rv.Progress.Valid() {
			continue
		}
		for i, cm := range c.Commitments {
			if cm == rv.Commitment {
				out[i] = rv
			}
		}
	}
	return out
}

// SavedCommitmentsWords says that n commitments were saved and what the
// next check-in does with them, in the one sentence the app and the
// accessible mode share: "Saved 1 commitment. The next check-in starts by
// asking how it went."
func SavedCommitmentsWords(n int) string {
	they := "they"
	if n == 1 {
		they = "it"
	}
	return "Saved " + Count(n, "commitment", "commitments") + ". The next check-in starts by asking how " + they + " went."
}

// LastCommitmentsHeading heads the n reviews a check-in opened with, on
// the result and in the accessible mode alike: "How your last commitment
// went", "How your last commitments went".
func LastCommitmentsHeading(n int) string {
	if n == 1 {
		return "How your last commitment went"
	}
	return "How your last commitments went"
}
