package store

import (
	"encoding/json"

	"github.com/leadcheck/leadcheck/assessment"
)

// doneReviewsOf asks decodeValue for the reviews of a commitment met
// alone: a chart marks a check-in that met one and needs no other, and
// decoding every review of every such check-in was a fifth of a trend.
type doneReviewsOf struct{ dst *[]assessment.Review }

// doneReviews are the reviews in the JSON array value whose progress is
// done, each decoded as json.Unmarshal decodes it; the others are only
// walked. It reports false when value is not an array of objects as
// json.Marshal writes them.
func doneReviews(value []byte) ([]assessment.Review, bool) {
	if string(value) == "null" {
		return nil, true
	}
	if len(value) < 2 || value[0] != '[' {
		return nil, false
	}
	var out []assessment.Review
	i := 1
	for i < len(value) && value[i] != ']' {
		if value[i] == ',' {
			i++
		}
		end := skipValue(value, i)
		if end < 0 {
			return nil, false
		}
		elem, done := value[i:end], false
		walked := eachField(elem, func(name, v, _ []byte) bool {
			if string(name) != "progress" {
				return true
			}
			done = string(v) == `"done"`
			return false
		})
		if !walked {
			return nil, false
		}
		if done {
			var rv assessment.Review
			if json.Unmarshal(elem, &rv) != nil {
				return nil, false
			}
			out = append(out, rv)
		}
		i = end
	}
	return out, i == len(value)-1
}
