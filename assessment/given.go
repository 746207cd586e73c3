package assessment

// given is the answer to each statement of a questionnaire, in the order
// of its Items: scoring and the data-quality checks read every answer
// several times over, and a lookup in the answers map each time was most
// of the time they took.
type given []givenAnswer

// givenAnswer is x, or ok false when the statement was skipped.
type givenAnswer struct {
	x  int
	ok bool
}

// onScale is Answers.OnScale of the statement.
func (g givenAnswer) onScale() (int, bool) { return g.x, g.ok && g.x != NotApplicable }

// given looks up the answer to each statement of q in a, appending them
// to room.
func (q *Questionnaire) given(a Answers, room []givenAnswer) given {
	for _, it := range q.Items {
		x, ok := a[it.ID]
		room = append(room, givenAnswer{x, ok})
	}
	return room
}
