package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/store"
)

type exportOptions struct {
	format, output string
	force          bool
}

func newExport(env Env, g *globals) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export [--format json|csv|md] [-o FILE]",
		Short: "Write every check-in as JSON (to import), CSV (a spreadsheet) or Markdown (a report)",
		Long: `Write every check-in to standard output, or with -o to FILE.

  json  everything, as 'leadcheck import' reads it back: a backup you can
        read, or a way to move your history to another database
  csv   one row per check-in with every score, for a spreadsheet
  md    a report to share with a coach: the latest result, every check-in,
        the trend, your commitments and how they went, notes and reflections

Without --format the format follows FILE's extension (.csv, .md), else json.
FILE is created readable only by you; an existing FILE is kept unless --force
is given. The file appears complete or not at all.`,
		Example: `  leadcheck export -o history.json
  leadcheck export --format csv -o history.csv
  leadcheck export --format md > report.md`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("format") {
				o.format = formatOf(o.output)
			}
			collectLess(env)
			return runExport(env, g, o)
		},
	}
	f := cmd.Flags()
	// No default of its own: without --format the output file's extension
	// decides, which a default of "json" in --help would deny.
	f.StringVar(&o.format, "format", "", "json, csv or md (default: FILE's extension, else json)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"json", "csv", "md"}, cobra.ShellCompDirectiveNoFileComp))
	f.StringVarP(&o.output, "output", "o", "", "write to FILE instead of standard output")
	f.BoolVar(&o.force, "force", false, "replace FILE if it exists")
	return cmd
}

// exportMeter is the progress of an export, or nil when the export is
// printed on the terminal: the meter's redraws would tear the lines
// printed there, and the lines scrolling by show the progress anyway.
func exportMeter(env Env, g *globals, toFile bool) *meter {
	if !toFile && env.IsTerminal(env.Stdout) {
		return nil
	}
	return newMeter(env, g, "Exporting")
}

// formatOf guesses the format from a file name.
func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return "csv"
	case ".md", ".markdown":
		return "md"
	}
	return "json"
}

func runExport(env Env, g *globals, o exportOptions) error {
	if !slices.Contains([]string{"json", "csv", "md"}, o.format) {
		return usagef("--format must be json, csv or md (got %q)", o.format)
	}
	toFile := o.output != "" && o.output != "-"
	if toFile {
		// Refuse before any work is done; writeFile checks again.
		if err := checkTarget(o.output, o.force); err != nil {
			return err
		}
	}
	prog := exportMeter(env, g, toFile)
	prog.run(env.Now)
	defer prog.finish()
	var q *assessment.Questionnaire
	var s *store.Store
	var err error
	load := func() (*assessment.Questionnaire, error) { return loadQuestionnaire(env, g) }
	switch o.format {
	case "json":
		s, err = openStoreToRead(env, g) // the current questionnaire plays no part
	case "md":
		// The report reads the questionnaire while it counts the
		// check-ins (see streamReport).
		s, err = openStoreToRead(env, g)
	default:
		q, s, err = openBothToRead(env, g)
	}
	if err == nil && toFile {
		if err = notTheDatabase(o.output, s.Path()); err != nil {
			s.Close()
		}
	}
	if err != nil {
		if o.format == "md" {
			// Told first, as when the questionnaire was read first.
			if _, qerr := load(); qerr != nil {
				return qerr
			}
		}
		return err
	}
	if o.format == "json" {
		return runExportJSON(env, s, o, toFile, prog)
	}
	var buf chunks // never copied to grow, as a bytes.Buffer of megabytes is
	var n int
	if o.format == "csv" {
		n, err = readCSV(&buf, q, s)
		s.Close()
	} else if !toFile {
		// Straight out as it is read, through a heldOut, so a reader
		// that stops never keeps the database locked.
		prog.finish()
		return printOpen(env, s, func(w io.Writer) error {
			_, err := streamReport(w, s, load)
			return err
		})
	} else {
		n, err = streamReport(&buf, s, load)
		s.Close()
		if err != nil {
			return err
		}
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	prog.finish()
	if !toFile {
		_, err = buf.WriteTo(env.Stdout)
		return err
	}
	err = writeFileFrom(o.output, func(w io.Writer) error {
		_, err := buf.WriteTo(w)
		return err
	}, o.force)
	if err != nil {
		return err
	}
	fmt.Fprintf(plainOut(env), "Exported %s to %s.\n", checkIns(n), o.output)
	return nil
}

// checkIns is "1 check-in" or "12 check-ins".
func checkIns(n int) string { return assessment.Count(n, "check-in", "check-ins") }

// checkTarget says, before an export starts, why it could not be written.
func checkTarget(path string, force bool) error {
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("cannot write %s: there is no directory %s; create it first, or choose another file", path, dir)
	}
	if err := regularTarget(path); err != nil {
		return err
	}
	if _, err := os.Lstat(path); err == nil && !force {
		return fmt.Errorf("%s already exists; use --force to replace it, or choose another file", path)
	}
	return nil
}

// writeFile writes data to path, readable only by its owner, through
// store.WriteFile: a failed export leaves nothing half-written. Without
// force an existing file is never replaced, even one that appeared while
// we wrote; with it, the target is checked again just before it is
// replaced, as it may have changed meanwhile.
func writeFile(path string, data []byte, force bool) error {
	return writeFileFrom(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, force)
}

// writeFileFrom is writeFile for what fill writes, piece by piece (see
// store.WriteFileFrom); an error of fill's own is returned as it is.
func writeFileFrom(path string, fill func(w io.Writer) error, force bool) error {
	if err := checkTarget(path, force); err != nil {
		return err
	}
	stop := stopRemoves()
	defer stop.stop()
	opts := store.WriteOptions{Keep: !force, Temp: stop.temp}
	var changed error // the target, checked again before it is replaced
	if force {
		opts.Check = func() error { changed = regularTarget(path); return changed }
	}
	var filled error
	err := store.WriteFileFrom(path, func(w io.Writer) error { filled = fill(w); return filled }, opts)
	switch {
	case filled != nil && err == filled: // not one of writing the file
		return err
	case changed != nil:
		return changed
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("%s already exists; use --force to replace it, or choose another file", path)
	case err != nil:
		return fmt.Errorf("%w; nothing was written", err)
	}
	return nil
}

// writeCSV writes one row per check-in: id, date, each dimension, the
// balance, each facet, the profile. Columns follow the current
// questionnaire, then any other ids the check-ins have, sorted; a score
// that was not computed is an empty cell.
func writeCSV(w io.Writer, q *assessment.Questionnaire, recs []assessment.CheckIn) error {
	dims, facets := csvColumns(q)
	dims = withOthers(dims, recs, func(r assessment.CheckIn) map[string]assessment.Score { return r.Scores.Dimensions })
	facets = withOthers(facets, recs, func(r assessment.CheckIn) map[string]assessment.Score { return r.Scores.Facets })
	t := newCSVTable(w, dims, facets)
	for _, r := range recs {
		t.row(assessment.SummaryOf(r))
	}
	return t.flush()
}

// withOthers adds to ids those the check-ins score that it lacks, sorted:
// facets of an older questionnaire keep their column.
func withOthers(ids []string, recs []assessment.CheckIn, scores func(assessment.CheckIn) map[string]assessment.Score) []string {
	var others []string
	for _, r := range recs {
		for id := range scores(r) {
			if !slices.Contains(ids, id) && !slices.Contains(others, id) {
				others = append(others, id)
			}
		}
	}
	slices.Sort(others)
	return append(ids, others...)
}

// number is a score to four decimals, without trailing zeros: enough to
// recompute anything (a score moves in steps of at least 1/48 point), and
// free of the float noise (66.66666666666666) that clutters a spreadsheet.
// The JSON export keeps the exact values.
func number(s assessment.Score) string {
	if !s.Valid {
		return ""
	}
	return strconv.FormatFloat(math.Round(s.Value*1e4)/1e4, 'f', -1, 64)
}

// textCell is how every cell of text from outside (an id, a name) goes
// into the CSV. A spreadsheet runs a cell that begins with =, +, -, @, a
// tab or a carriage return as a formula, so such a cell gets a leading
// apostrophe, which spreadsheets show as text and do not display. Numbers
// the program writes itself (a balance of -12.5) do not come through
// here and stay numbers. The text is made safe for a terminal first (the
// file is printed when no -o is given), so no escape sequence can hide a
// leading = from the check.
func textCell(s string) string {
	s = safetext.Line(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// warningNameList names a check-in's data-quality warnings in words,
// joined by sep, or is empty when it has none.
func warningNameList(ws []assessment.Warning, sep string) string {
	return codeList(assessment.WarningNames(assessment.WarningCodes(ws)), sep)
}

// codeList is codes, each made safe, joined by sep.
func codeList(codes []string, sep string) string {
	safe := make([]string, len(codes))
	for i, c := range codes {
		safe[i] = safetext.Line(c)
	}
	return strings.Join(safe, sep)
}
