package cli

import (
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/practice"
	"github.com/leadcheck/leadcheck/tui"
)

// The two ends of a check-in that are about commitments: how last
// period's went, asked first, and what to work on next, offered once the
// check-in is saved. Both ask with the app's forms (ReviewForm,
// FocusPickForm, FocusWriteForm).

// review asks how each of open's commitments went, keeping the draft
// after each answer. A resumed draft's reviews of the same check-in are
// kept, and only the commitments not yet answered are asked.
func (a *accessibleCheckIn) review(open *assessment.CheckIn) error {
	if open == nil || len(open.Commitments) == 0 {
		return nil
	}
	p := a.p
	answers := reviewAnswers(a.d, open)
	p.say("First, your commitments from the check-in on %s.", open.TakenAt.Format("Mon 2 Jan 2006"))
	p.say("For each, type the number of how it went; Enter skips it, and it is asked again next time.")
	p.say("")
	// Each form ends with a blank line of its own.
	for i, c := range open.Commitments {
		p.say("Commitment %d of %d, %s", i+1, len(open.Commitments), oneLine(assessment.CommitmentLine(a.q, c)))
		if answers[i].Progress != "" {
			p.say("Answered before: %s.", reviewWords(answers[i]))
			p.say("")
			continue
		}
		if err := p.form(tui.ReviewForm(&answers[i])); err != nil {
			return err
		}
		if answers[i].Progress != "" {
			a.d.Reviews, a.d.ReviewOf = reviewsOf(open, answers), open.ID
			a.keep(assessment.StepReview)
		}
	}
	return nil
}

// reviewAnswers are the answers d already holds for open's commitments,
// one per commitment; a progress is "" where there is none.
func reviewAnswers(d assessment.Draft, open *assessment.CheckIn) []tui.ReviewAnswer {
	out := make([]tui.ReviewAnswer, len(open.Commitments))
	for i, rv := range open.ReviewsByCommitment(d.Reviews) {
		out[i] = tui.ReviewAnswer{Progress: rv.Progress, Note: rv.Note}
	}
	return out
}

// reviewWords is an answer as said back: "done, with the note: Did it
// twice". Words, not a dot between them, which a screen reader reads out.
func reviewWords(a tui.ReviewAnswer) string {
	if a.Note == "" {
		return a.Progress.Words()
	}
	return a.Progress.Words() + ", with the note: " + safetext.Line(a.Note)
}

// pickLater says how to pick what to work on once a check-in is saved
// without it, as the home screen offers.
const pickLater = "To pick what to work on for it later, open leadcheck and press f on the home screen."

// reviewsOf are the answered commitments as reviews, in their order.
func reviewsOf(open *assessment.CheckIn, answers []tui.ReviewAnswer) []assessment.Review {
	var out []assessment.Review
	for i, c := range open.Commitments {
		if answers[i].Progress != "" {
			out = append(out, assessment.Review{CheckIn: open.ID, Commitment: c, Progress: answers[i].Progress, Note: answers[i].Note})
		}
	}
	return out
}

// focus offers what to work on until the next check-in and saves the
// picks, with their objectives, onto the saved check-in rec. The
// check-in is saved already, so the end of input here only means that no
// commitment is saved.
func focus(p *prompter, svc *practice.Service, rec assessment.CheckIn) error {
	sugs := svc.Suggestions(rec)
	if len(sugs) == 0 {
		return nil
	}
	p.gap()
	p.say("What to work on until the next check-in:")
	for i, sg := range sugs {
		p.say("%d. %s: %s", i+1, oneLine(sg.Facet.Name), sg.Practice)
		p.say("   Why: %s", sg.Why)
	}
	p.say("Type the numbers of what you pick on one line, e.g. 1 3; 0 or Enter picks nothing.")
	var picked []int
	err := p.form(tui.FocusPickForm(sugs, &picked), tui.PicksOnOneLine(len(sugs), assessment.MaxSuggestions))
	switch {
	case inputEnded(err):
		p.say("Input ended before anything was picked; the check-in is saved without commitments. %s", pickLater)
		return nil
	case err != nil:
		return err
	case len(picked) == 0:
		p.say("Nothing picked; the check-in is saved without commitments.")
		return nil
	}
	objectives := make([]string, len(sugs))
	for n, i := range picked {
		p.say("Objective %d of %d, %s", n+1, len(picked), oneLine(sugs[i].Facet.Name))
		p.say("Suggested: %s", sugs[i].Practice)
		p.say("In your own words, what will you have done by the next check-in? Enter keeps the suggestion.")
		err := p.form(tui.FocusWriteForm(sugs, []int{i}, objectives))
		if inputEnded(err) && n == 0 {
			p.say("Input ended before the objectives were written; the check-in is saved without commitments. %s", pickLater)
			return nil
		}
		if inputEnded(err) {
			// Those written were each ended with Enter: they are kept,
			// and only the one cut off is left out.
			p.say("Input ended before the objective for %s was written, so it is left out.", oneLine(sugs[i].Facet.Name))
			picked = picked[:n]
			break
		}
		if err != nil {
			return err
		}
	}
	cs := tui.Commitments(sugs, picked, objectives)
	if err := svc.SetCommitments(rec.ID, cs); err != nil {
		return err
	}
	p.say("%s", assessment.SavedCommitmentsWords(len(cs)))
	return nil
}
