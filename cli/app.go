package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/practice"
	"github.com/leadcheck/leadcheck/tui"
)

// appStart is where the app opens: the home screen, or a check-in,
// possibly back-filled to an earlier date.
type appStart struct {
	take    bool
	takenAt time.Time
}

// runApp opens the interactive app, on the home screen or straight on the
// first statement of a check-in.
func runApp(cmd *cobra.Command, env Env, g *globals, at appStart) error {
	th, err := theme(env, g)
	if err != nil {
		return err
	}
	if accessible(env, g) {
		if at.take {
			return takeAccessible(env, g, at.takenAt)
		}
		return printAccessibleHome(env, g)
	}
	if !env.IsTerminal(env.Stdin) || !env.IsTerminal(env.Stdout) {
		return usagef("leadcheck needs an interactive terminal; without one, take a check-in line by line with 'leadcheck take --accessible' (answers may be piped in), or record one with 'leadcheck take --answers FILE' (see 'leadcheck take --help')")
	}
	q, err := loadQuestionnaire(env, g)
	if err != nil {
		return err
	}
	svc, err := serviceForApp(env, g, q, at.take)
	if err != nil {
		return err
	}
	if _, _, err := svc.Cadence(); err != nil {
		return err
	}
	start := tui.ScreenHome
	if at.take {
		start = tui.ScreenTake
	}
	outcome, err := tui.Run(tui.Options{Questionnaire: q, Practice: appPractice{svc}, Start: start, Now: env.Now,
		Theme: th, TakenAt: at.takenAt, Mouse: g.mouse})
	if err != nil {
		return err
	}
	printOutcome(env, q, outcome)
	return recoveredInApp(svc)
}

// printOutcome leaves one line in the scrollback once the app's screen is
// gone, as gum and glow do: the check-in saved, or kept as a draft, or
// nothing after only looking. It goes to standard error: it is a note on
// the session, not output a script would read, and standard output stays
// for what commands print. The accessible mode says the same in its own
// sentences and never gets here.
func printOutcome(env Env, q *assessment.Questionnaire, o tui.Outcome) {
	if line := o.Line(q); line != "" {
		fmt.Fprintln(env.Stderr, safetext.Line(line))
	}
}

// appPractice hands the use cases to the app's screens, which know them
// by their own interface (tui.Practice) and so never import the database
// layer: Finish reports in the app's type, field for field the same.
type appPractice struct{ *practice.Service }

func (p appPractice) Finish(c assessment.CheckIn) tui.Finished {
	return tui.Finished(p.Service.Finish(c))
}

// recoveredInApp is an error when a check-in of this run went to a
// recovery file instead of the database, so the command says so, and
// where, once the screen is gone, and exits with status 1.
func recoveredInApp(svc *practice.Service) error {
	files := svc.Recovered()
	if len(files) == 0 {
		return nil
	}
	var advice []string
	for _, path := range files {
		advice = append(advice, practice.RecoveryAdvice(path))
	}
	return fmt.Errorf("the check-in was not saved to the database. %s", strings.Join(advice, ". "))
}
