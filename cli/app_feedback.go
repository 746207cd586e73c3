package cli

import (
	"errors"

	"github.com/leadcheck/leadcheck/practice"
	"github.com/leadcheck/leadcheck/tui"
)

// The app's view of feedback rounds, in its own types (see
// tui.FeedbackPractice).

func (p appPractice) Report(ref string) (tui.FeedbackView, error) {
	r, err := p.Service.Report(ref)
	if errors.Is(err, practice.ErrNoRound) && ref == "" {
		return tui.FeedbackView{}, tui.ErrNoRound
	}
	return tui.FeedbackView(r), err
}

func (p appPractice) OthersOverTime() ([]tui.OthersAt, error) {
	others, err := p.Service.OthersOverTime()
	out := make([]tui.OthersAt, len(others))
	for i, o := range others {
		out[i] = tui.OthersAt(o)
	}
	return out, err
}
