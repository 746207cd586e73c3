package assessment

// QuestionnaireRef names a questionnaire by id, version and content hash:
// enough to tell whether two sets of answers were given to the same
// statements, without carrying the statements along.
type QuestionnaireRef struct {
	ID      string `json:"id"`
	Version int    `json:"version"`
	Hash    string `json:"hash"`
}

// RefOf is the reference to q.
func RefOf(q *Questionnaire) QuestionnaireRef {
	return QuestionnaireRef{ID: q.ID, Version: q.Version, Hash: q.Hash}
}
