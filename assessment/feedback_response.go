package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// Response is one observer's filled-in form. It holds what the observer
// wrote and nothing about them: no name, no file name or path, no time of
// arrival and no position among the others, so neither the database nor
// an export can tell who answered or in which order.
//
// Answers follow the check-in's model: a skipped statement is absent,
// "did not come up" is NotApplicable, anything else is a point on the
// scale, keyed by item id.
type Response struct {
	Round         string           `json:"round"`
	Questionnaire QuestionnaireRef `json:"questionnaire"`
	Role          Role             `json:"role"`
	Answers       Answers          `json:"answers"`
	Comment       string           `json:"comment,omitempty"`
}

// MaxCommentLength bounds an observer's comment, in characters: about a
// page, the same room the app gives a reflection. Longer feedback
// deserves a conversation rather than a longer file.
const MaxCommentLength = 2000

// Empty reports whether nothing was filled in: no answer, not even "did
// not come up", and no comment. The blank form reads back as empty.
func (r Response) Empty() bool {
	return len(r.Answers) == 0 && strings.TrimSpace(r.Comment) == ""
}

// Hash identifies a response by its content, so the same filled-in form
// added twice (from a shared folder, say) is recognised and kept once.
// It covers every field in a canonical form: answers by sorted key (JSON
// objects of a Go map are written so) and the comment with its
// whitespace normalised, since an editor that rewraps a line or trims a
// trailing blank has not written a new response.
func (r Response) Hash() string {
	canonical := struct {
		Round         string           `json:"round"`
		Questionnaire QuestionnaireRef `json:"questionnaire"`
		Role          Role             `json:"role"`
		Answers       Answers          `json:"answers"`
		Comment       string           `json:"comment"`
	}{r.Round, r.Questionnaire, r.Role, r.Answers, strings.Join(strings.Fields(r.Comment), " ")}
	if canonical.Answers == nil {
		canonical.Answers = Answers{}
	}
	b, _ := json.Marshal(canonical)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}

// CheckResponse checks a response that arrives without its file (from an
// import, or read back from the database) against its round and the
// round's questionnaire q: the same rules a form read by ParseResponse
// passes, apart from whether the round is still open, which matters only
// when a response is first added.
func CheckResponse(r Response, round Round, q *Questionnaire) error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if r.Round != round.ID {
		add("the response is for round %q, not %s", clip(r.Round, 70), round.ID)
	}
	if r.Questionnaire != round.Questionnaire || RefOf(q) != round.Questionnaire {
		add("the response answers questionnaire %s version %d (%s), but round %s asked with %s version %d (%s)",
			clip(r.Questionnaire.ID, 70), r.Questionnaire.Version, clip(r.Questionnaire.Hash, 70),
			round.ID, round.Questionnaire.ID, round.Questionnaire.Version, round.Questionnaire.Hash)
	}
	if !round.Offers(r.Role) {
		add("role %q is not one round %s offers (%s)", clip(string(r.Role), 40), round.ID, roleList(round.Roles))
	}
	for _, id := range slices.Sorted(maps.Keys(r.Answers)) {
		x := r.Answers[id]
		if _, ok := q.Item(id); !ok {
			add("answers.%s: no statement with this id in questionnaire %s (version %d)", clip(id, 70), q.ID, q.Version)
		} else if x == NotApplicable && q.Scale.NotApplicable == "" || x != NotApplicable && (x < q.Scale.Min || x > q.Scale.Max) {
			add("answers.%s: %d is not an answer; answer %s", id, x, q.scaleHint())
		}
	}
	if n := utf8.RuneCountInString(r.Comment); n > MaxCommentLength {
		add("the comment is %d characters; at most %d are kept", n, MaxCommentLength)
	}
	if r.Empty() {
		add("the response has no answer and no comment")
	}
	return errors.Join(errs...)
}
