package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"

	"github.com/leadcheck/leadcheck/practice"
)

func newTake(env Env, g *globals) *cobra.Command {
	var answers, date string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "take",
		Short: "Take a check-in (in the app, or from an answers file)",
		Long: `Take a check-in. Without flags this opens the app on the first statement.

With --answers FILE (or - for standard input) no terminal is needed. FILE is
YAML or JSON, at most 512 KiB:

  answers:            # statement id -> answer on the scale (1-5 by default)
    trust-1: 4
    objectives-1: 3
  note: A busy month.  # optional
  reflection: ...      # optional
  taken_at: 2026-11-29T09:00:00Z   # optional, RFC 3339; default now
  review:              # optional: how the open commitments went
    - {commitment: 1, progress: done, note: ...}   # not-started, some-progress, done

--date YYYY-MM-DD records a check-in done earlier (on paper, say), in the
app or from a file; dates in the future are refused.

'leadcheck questions show' lists the statement ids. On any error nothing is
saved. When the database cannot be written (no permission, a read-only file
system, a full disk), the check-in is kept in a recovery file instead, to add
with 'leadcheck import FILE' later, and leadcheck exits with status 1.`,
		Example: `  leadcheck take
  leadcheck take --answers answers.yaml
  leadcheck take --date 2026-10-05
  leadcheck take --answers - < answers.yaml`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			on, err := backfillDate(env, date)
			if err != nil {
				return err
			}
			if answers == "" {
				if asJSON {
					return usagef("--json needs --answers: the app shows its result on screen")
				}
				return runApp(cmd, env, g, appStart{take: true, takenAt: on})
			}
			return takeFromFile(env, g, answers, on, asJSON)
		},
	}
	cmd.Flags().StringVar(&answers, "answers", "", "record a check-in from a YAML or JSON answers file (- for stdin)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the saved record as JSON")
	cmd.Flags().StringVar(&date, "date", "", "record a check-in done earlier, on DATE (YYYY-MM-DD)")
	return cmd
}

// backfillDate reads --date: noon of that day, local time, so the date
// reads the same in any time zone near the user's. Zero when not given.
func backfillDate(env Env, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, err := time.ParseInLocation("2006-01-02", s, time.Local)
	if err != nil {
		return time.Time{}, usagef("--date %q is not a date; use YYYY-MM-DD, e.g. 2026-10-05", s)
	}
	now := env.Now()
	if d.After(now) {
		return time.Time{}, usagef("--date %s is in the future; a check-in records what already happened", s)
	}
	if noon := noonOf(d); noon.Before(now) {
		return noon, nil
	}
	return now, nil // today, before noon: the time is now
}

// noonOf is 12:00 on the clock on d's day, in d's zone. Midnight plus
// twelve hours would be 11:00 or 13:00 on a day the clocks change.
func noonOf(d time.Time) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, d.Location())
}

func takeFromFile(env Env, g *globals, path string, on time.Time, asJSON bool) error {
	data, source, err := readInput(env, path)
	if err != nil {
		return err
	}
	q, err := loadQuestionnaire(env, g)
	if err != nil {
		return err
	}
	sheet, err := assessment.ParseAnswers(source, data, q)
	if err != nil {
		return fmt.Errorf("answers not saved; fix these and run again:\n%w", err)
	}
	res := assessment.Evaluate(q, sheet.Answers, nil)
	if err := enoughAnswers(q, res); err != nil {
		return fmt.Errorf("%s: %w; nothing was saved", source, err)
	}
	now := env.Now()
	takenAt := sheet.TakenAt
	switch {
	case !on.IsZero() && !takenAt.IsZero():
		return usagef("%s sets taken_at and --date is given too; give the date once", source)
	case !on.IsZero():
		takenAt = on
	case takenAt.IsZero():
		takenAt = now
	case takenAt.After(now.Add(time.Minute)):
		return fmt.Errorf("%s: taken_at %s is in the future; nothing was saved", source, takenAt.Format(time.RFC3339))
	}
	rec := assessment.NewCheckIn(q, sheet.Answers, res, takenAt, sheet.Note)
	rec.Reflection = sheet.Reflection
	s, err := openStore(env, g)
	if err != nil && !store.Unwritable(err) {
		return err
	}
	// A database that cannot be written still leaves a recovery file. A
	// check-in from a file keeps no draft: one the app left stays.
	svc := serviceOver(env, q, s, err, "")
	if s != nil {
		defer s.Close()
		if rec.Reviews, err = sheetReviews(svc, source, sheet, rec.TakenAt); err != nil {
			return err
		}
	}
	f := svc.Finish(rec)
	// Kept: print without keeping the database locked.
	if s != nil {
		s.Close()
	}
	return printFinished(env, g, q, f, asJSON, svc.DatabasePath())
}

// printFinished prints a check-in just taken, saved or kept in a recovery
// file, and returns the error that says where it is when it is not in
// the database (exit status 1). When not even a recovery file could be
// written, nothing is printed but the error.
func printFinished(env Env, g *globals, q *assessment.Questionnaire, f practice.Finished, asJSON bool, dbPath string) error {
	if !f.Saved() && f.Recovery == "" {
		return f.NotSaved()
	}
	if asJSON {
		if err := writeJSON(env.Stdout, store.EnvelopeOf(f.CheckIn)); err != nil {
			return err
		}
	} else {
		printRecord(env, g, q, true, f.CheckIn, f.Previous)
	}
	if !f.Saved() {
		return f.NotSaved()
	}
	if !asJSON {
		fmt.Fprintf(plainOut(env), "\nSaved as %s in %s.\n", f.CheckIn.ID, dbPath)
	}
	return nil
}

// sheetReviews resolves the file's review: entries against the
// commitments open at takenAt; without entries those stay open.
func sheetReviews(svc *practice.Service, source string, sheet assessment.AnswerSheet, takenAt time.Time) ([]assessment.Review, error) {
	if len(sheet.Reviews) == 0 {
		return nil, nil
	}
	open, err := svc.OpenCommitments(takenAt)
	if err != nil {
		return nil, err
	}
	rvs, err := reviewsFromSheet(source, sheet.Reviews, open)
	if err != nil {
		return nil, fmt.Errorf("answers not saved; fix these and run again:\n%w", err)
	}
	return rvs, nil
}

// enoughAnswers says, per dimension, how many more answers a score needs.
func enoughAnswers(q *assessment.Questionnaire, res assessment.Result) error {
	var short []string
	for _, d := range q.Dimensions {
		c := res.Coverage[d.ID]
		if c.Needed > 0 {
			short = append(short, fmt.Sprintf("%s needs %d more %s (%d of its %s answered; at least %d %s needed)",
				d.Name, c.Needed, plural(c.Needed, "answer", "answers"), c.Answered, count(c.Total, "statement"),
				c.Answered+c.Needed, plural(c.Answered+c.Needed, "is", "are")))
		}
	}
	if len(short) == 0 {
		return nil
	}
	return fmt.Errorf("too few answers to score: %s", strings.Join(short, "; "))
}

// readInput reads an answers file or, for "-", standard input.
func readInput(env Env, path string) ([]byte, string, error) {
	data, source, err := readLimited(path, env.Stdin, assessment.MaxAnswersBytes, "an answers file")
	var ve *assessment.ValidationError
	switch {
	case errors.As(err, &ve):
		return nil, source, fmt.Errorf("answers not saved:\n%w", err)
	case err != nil && path == "-":
		return nil, source, fmt.Errorf("reading answers from standard input: %w", err)
	case err != nil:
		return nil, source, fmt.Errorf("cannot read answers file: %w", err)
	}
	return data, source, nil
}

// writeJSON prints v as indented JSON. Encode writes nothing when it
// fails, so a number JSON cannot hold (NaN, an infinity, reached from a
// damaged database) gives a message, never half a document.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	err := enc.Encode(v)
	var uv *json.UnsupportedValueError
	if errors.As(err, &uv) {
		return fmt.Errorf("cannot write JSON: a stored value (%s) is not a finite number; run 'leadcheck doctor' to find the check-in, then delete it or restore a backup", uv.Str)
	}
	return err
}
