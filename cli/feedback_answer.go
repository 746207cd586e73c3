package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
	"github.com/leadcheck/leadcheck/tui"
)

// 'leadcheck feedback answer FORM': a team member fills in the form they
// were handed, on the statements screen or line by line, and gets the
// filled-in file to send back. It needs no database of theirs.

func newFeedbackAnswer(env Env, g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "answer FORM",
		Short: "Fill in a feedback form you were sent, one statement at a time",
		Long: `Fill in a feedback form you were sent, one statement at a time, then send
back the file it writes (FORM-answered.yaml beside the form unless -o names
another; an existing file is never replaced). Nothing you answer is kept
anywhere else, and nothing in the file names you.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("name the form to fill in: leadcheck feedback answer FORM")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return answerForm(env, g, args[0], out)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write the filled-in form to (default FORM-answered.yaml)")
	return cmd
}

func answerForm(env Env, g *globals, path, out string) error {
	data, source, err := readLimited(path, nil, assessment.MaxResponseBytes, "a feedback form")
	if err != nil {
		return err
	}
	q, err := loadQuestionnaire(env, g)
	if err != nil {
		return err
	}
	form, err := assessment.ParseForm(source, data, q)
	if err != nil {
		return err
	}
	if out == "" {
		out = strings.TrimSuffix(path, filepath.Ext(path)) + "-answered.yaml"
	}
	// Said before the questions, not after them; WriteFile still refuses
	// a file that appears meanwhile.
	if _, err := os.Lstat(out); err == nil {
		return fmt.Errorf("%s is there already and is kept; name another file with -o", out)
	}
	resp, done, err := askObserver(env, g, observerQuestionnaire(q, data), form)
	if inputEnded(err) {
		return fmt.Errorf("input ended before the form was filled in, so nothing was written; run 'leadcheck feedback answer %s' again, with an answer for every question", path)
	}
	if err != nil || !done {
		if err == nil {
			fmt.Fprintln(plainOut(env), "Left without writing the form.")
		}
		return err
	}
	filled, err := assessment.FillForm(data, resp, q)
	if err == nil {
		err = store.WriteFile(out, filled, store.WriteOptions{Keep: true})
	}
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s is there already and is kept; name another file with -o", out)
	}
	if err != nil {
		return fmt.Errorf("cannot write the filled-in form to %s: %w; name another file with -o", out, err)
	}
	fmt.Fprintf(plainOut(env), "Your answers are in %s. Send that file back to the person who asked; nothing in it names you.\n", out)
	return nil
}

// observerQuestionnaire is q with each statement as the form words it.
func observerQuestionnaire(q *assessment.Questionnaire, form []byte) *assessment.Questionnaire {
	words := assessment.FormStatements(form, q)
	oq := *q
	oq.Items = append([]assessment.Item(nil), q.Items...)
	for i := range oq.Items {
		oq.Items[i].Text = words[oq.Items[i].ID]
	}
	return &oq
}

// askObserver runs the statements screen, or the line-by-line questions
// in the accessible mode; done is false when the observer left.
func askObserver(env Env, g *globals, q *assessment.Questionnaire, form assessment.Form) (assessment.Response, bool, error) {
	if accessible(env, g) {
		return askObserverLines(env, q, form)
	}
	if !env.IsTerminal(env.Stdin) || !env.IsTerminal(env.Stdout) {
		return assessment.Response{}, false, usagef("filling in a form needs an interactive terminal; without one, use --accessible (answers may be piped in), or fill in the file in a text editor")
	}
	th, err := theme(env, g)
	if err != nil {
		return assessment.Response{}, false, err
	}
	return tui.RunObserver(tui.ObserverOptions{Questionnaire: q, Roles: form.Roles, Start: form.Response, Theme: th, Now: env.Now})
}

// askObserverLines asks the role, each statement and the comment, one
// line each, through the prompter every accessible command uses.
func askObserverLines(env Env, q *assessment.Questionnaire, form assessment.Form) (assessment.Response, bool, error) {
	p := newPrompter(env)
	resp := form.Response
	resp.Answers = assessment.Answers{}
	p.say("Feedback form: %d statements about what you saw the person who asked you do. Nothing here names you.", len(q.Items))
	role := string(form.Roles[0])
	if slices.Contains(form.Roles, resp.Role) {
		role = string(resp.Role)
	}
	// The app's own forms, asked line by line, as every accessible step is.
	if err := p.form(tui.ObserverRoleForm(form.Roles, &role)); err != nil {
		return resp, false, err
	}
	resp.Role = assessment.Role(role)
	sc := q.Scale
	p.say("Answer each statement with a number, or press Enter alone to skip it:")
	for x := sc.Min; x <= sc.Max; x++ {
		p.say("  %d  %s", x, sc.Label(x))
	}
	for i, it := range q.Items {
		p.say("")
		p.say("Statement %d of %d", i+1, len(q.Items))
		p.say("%s", it.Text)
		x, ok, err := p.number(fmt.Sprintf("Your answer (%d to %d, Enter to skip): ", sc.Min, sc.Max), sc.Min, sc.Max)
		if err != nil {
			return resp, false, err
		}
		if ok {
			resp.Answers[it.ID] = x
		}
	}
	p.gap()
	comment := resp.Comment
	if err := p.form(tui.ObserverCommentForm(&comment)); err != nil {
		return resp, false, err
	}
	resp.Comment = strings.TrimSpace(comment)
	return resp, true, nil
}
