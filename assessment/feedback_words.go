package assessment

import "strconv"

// TeamBalanceWords is the balance as the leader scored it beside the
// balance their team's answers give, in the one sentence the app and the
// report share: "Balance (results − relationships): you +8, your team −3."
// A balance not computed (or, below a round's minimum, not shown) is
// NoScore.
func TeamBalanceWords(self Score, team *Score) string {
	t := NoScore
	if team != nil && team.Valid {
		t = Signed(team.Value)
	}
	s := NoScore
	if self.Valid {
		s = Signed(self.Value)
	}
	return "Balance (results − relationships): you " + s + ", your team " + t + "."
}

// MoreNeededWords says, below a round's minimum, how many more responses
// its report waits for and why, as the app and the report both say it:
// "1 more is needed before your team's scores are shown; ...".
func MoreNeededWords(more int) string {
	verb := "are"
	if more == 1 {
		verb = "is"
	}
	return strconv.Itoa(more) + " more " + verb + " needed before your team's scores are shown; " +
		"until then only the count is shown, so no one's answers can be singled out."
}

// ClosedShortWords says why a round that closed below its minimum shows
// only its count, in the words the app and the report share: asking for
// more forms would be a promise 'feedback add' does not keep, as it
// refuses forms of a closed round.
func ClosedShortWords() string {
	return "The round closed before enough came in, so your team's scores are never shown; " +
		"to hear from them, start a new round with 'leadcheck feedback start'."
}

// TeamScoreText is the team's score with its margin as every table of
// the report writes it: "53 ±32", a score alone when its margin is not
// known, or NoScore. The margin is a MarginText, never "±0".
func TeamScoreText(o *OthersScore) string {
	if o == nil || !o.Score.Valid {
		return NoScore
	}
	if !o.Margin.Valid {
		return ScoreText(o.Score)
	}
	return ScoreText(o.Score) + " " + MarginText(o.Margin.Value)
}
